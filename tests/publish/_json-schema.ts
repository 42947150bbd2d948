/**
 * A JSON Schema check for the keywords zod's generator writes, and only those: enough to read the
 * shipped schema the way a third-party validator would, without a validator dependency.
 * `UNSUPPORTED` lists keywords a schema uses that this check would silently ignore.
 */

type Schema = { [key: string]: unknown };

export const KEYWORDS = new Set([
  '$schema', '$defs', '$ref', 'title', 'description',
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf',
]);

/** Keywords used anywhere in the schema that this check does not implement. */
export function unsupportedKeywords(schema: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, names = false): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n));
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (!names && !KEYWORDS.has(k)) found.add(k);
      // The keys of properties and $defs are names, not keywords.
      walk(v, !names && (k === 'properties' || k === '$defs'));
    }
  };
  walk(schema);
  return [...found];
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Where `value` breaks `schema`, as "path: reason" lines; empty when it is valid. */
export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const check = (schema: Schema, v: unknown, path: string): boolean => {
    const before = errors.length;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace(/^#\/\$defs\//, '');
      const target = (root.$defs as Record<string, Schema> | undefined)?.[name];
      if (!target) errors.push(`${path}: unresolved $ref ${schema.$ref}`);
      else check(target, v, path);
    }
    if (schema.type !== undefined) {
      const types = ([] as string[]).concat(schema.type as string | string[]);
      const t = typeOf(v);
      if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) errors.push(`${path}: ${t}, not ${types.join('|')}`);
    }
    if (schema.const !== undefined && v !== schema.const) errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
    if (Array.isArray(schema.anyOf)) {
      const saved = errors.length;
      const ok = schema.anyOf.some((s) => {
        const ok1 = check(s as Schema, v, path);
        errors.length = saved;
        return ok1;
      });
      if (!ok) errors.push(`${path}: matches no anyOf branch`);
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in obj)) errors.push(`${path}.${key}: missing`);
      for (const [key, val] of Object.entries(obj)) {
        if (props[key]) check(props[key], val, `${path}.${key}`);
        else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not in the schema`);
      }
    }
    if (Array.isArray(v) && schema.items) v.forEach((item, i) => check(schema.items as Schema, item, `${path}[${i}]`));
    return errors.length === before;
  };
  check(root, value, '$');
  return errors;
}
