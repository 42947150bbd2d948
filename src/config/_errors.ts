import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { locateSetting, type Position } from './_locate.js';
import { closestMatch } from './suggest.js';

/** Config keys whose command-line flag has another name. */
const FLAG_OF: Record<string, string> = { formats: 'format', districts: 'district' };

interface Context {
  /** The config file read, or null. */
  file: string | null;
  text: string;
  /** The settings given as flags (or library options). */
  overrides: Record<string, unknown>;
  schema: z.ZodType;
}

interface Problem {
  /** Where it was set: the config file, or a flag. */
  origin: string;
  position?: Position;
  text: string;
}

/** Every problem of the settings as one ConfigError, located at the first; each names its key and where it was set. */
export function configError(issues: z.core.$ZodIssue[], ctx: Context): ConfigError {
  const problems = issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...(issue.path as (string | number)[]), key];
        const known = knownKeys(ctx.schema, issue.path);
        const guess = closestMatch(key, known);
        return {
          ...originOf(path, ctx, 'key'),
          text: `unknown key "${dotted(path)}"${guess ? ` (did you mean "${guess}"?)` : ''}; known keys: ${known.join(', ')}`,
        };
      });
    }
    const path = issue.path as (string | number)[];
    const origin = originOf(path, ctx, 'value');
    // A flag names its key already: --shard: K/N…, but "briefing.name": … in a file.
    const named = path.length > (origin.position || origin.origin === ctx.file ? 0 : 1);
    return [{ ...origin, text: `${named ? `"${dotted(path)}": ` : ''}${issue.message}` }];
  });
  problems.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0));
  const [first, ...rest] = problems as [Problem, ...Problem[]];
  const locate = (p: Problem) => [p.origin, p.position?.line, p.position?.column].filter((x) => x !== undefined).join(':');
  const more = rest.map((p) => `\n  ${locate(p)}: ${p.text}`).join('');
  if (first.origin !== ctx.file) return new ConfigError(`invalid setting ${first.origin}: ${first.text}${more}`);
  return new ConfigError(`invalid configuration: ${first.text}${more}`, { file: first.origin, ...first.position });
}

function originOf(path: (string | number)[], ctx: Context, at: 'key' | 'value') {
  if (hasPath(ctx.overrides, path) || !ctx.file) {
    const key = String(path[0] ?? '');
    return { origin: key ? `--${FLAG_OF[key] ?? key}` : 'options' };
  }
  return { origin: ctx.file, position: locateSetting(ctx.text, path, at) };
}

/** True when the object sets this path, or the nearest object on it sets its first missing key. */
function hasPath(o: unknown, path: (string | number)[]): boolean {
  if (path.length === 0 || !isObject(o) || !(String(path[0]) in o)) return false;
  const inner = o[String(path[0])];
  return path.length === 1 || !isObject(inner) || hasPath(inner, path.slice(1)) || !(String(path[1]) in inner);
}

/** The keys an object of the schema accepts at a path, for "did you mean". */
function knownKeys(root: z.ZodType, path: PropertyKey[]): string[] {
  let schema: unknown = root;
  for (const segment of [...path, null]) {
    // Step through .default(), .nullable() and .optional() wrappers to the object inside.
    let def = (schema as { _zod?: { def: { type: string; innerType?: unknown; shape?: Record<string, unknown> } } })?._zod?.def;
    while (def && def.innerType && def.type !== 'object') {
      schema = def.innerType;
      def = (schema as { _zod: { def: typeof def } })._zod.def;
    }
    if (!def?.shape) return [];
    if (segment === null) return Object.keys(def.shape);
    schema = def.shape[String(segment)];
  }
  return [];
}

function dotted(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
