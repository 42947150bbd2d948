/**
 * The text of JSON.stringify(value, null, indent), character for character, in pieces of about
 * one element or property each. briefing.json and the parse cache of a year's articles run to
 * hundreds of megabytes as one string (twice that while it is encoded), and past V8's limit on a
 * string's length (about 512 million characters) JSON.stringify throws; in pieces, the writer
 * holds one article at a time.
 */
export function* jsonText(value: unknown, indent = 0): Generator<string> {
  const json = asJson(value, '');
  if (!omitted(json)) yield* pieces(json, indent, 0);
}

/** A JSON file as jianbao writes one for people to read: indented by 2, with a final newline. */
export function* jsonFileText(value: unknown): Generator<string> {
  yield* jsonText(value, 2);
  yield '\n';
}

/** Arrays and objects this many levels deep are written whole: an article, a district, a cached file. */
const SPLIT_DEPTH = 2;

function* pieces(value: unknown, indent: number, depth: number): Generator<string> {
  if (depth >= SPLIT_DEPTH || !splittable(value)) {
    yield whole(value, indent, depth);
    return;
  }
  const inner = '\n' + ' '.repeat(indent * (depth + 1));
  const outer = '\n' + ' '.repeat(indent * depth);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const [comma, colon] = indent ? [',' + inner, ': '] : [',', ':'];
  // Each member as JSON sees it (after its toJSON). What JSON leaves out stands as null in an
  // array; in an object the property goes.
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v, i) => {
        const json = asJson(v, String(i));
        return [null, omitted(json) ? null : json];
      })
    : Object.entries(value).flatMap(([k, v]) => {
        const json = asJson(v, k);
        return omitted(json) ? [] : [[k, json]];
      });
  if (entries.length === 0) {
    yield open + close;
    return;
  }
  yield indent ? open + inner : open;
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    let head = i > 0 ? comma : '';
    if (key !== null) head += JSON.stringify(key) + colon;
    if (head) yield head;
    yield* pieces(v, indent, depth + 1);
  }
  yield indent ? outer + close : close;
}

/** An array or object, which JSON.stringify writes member by member. */
function splittable(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** The value JSON.stringify writes for `value` under `key`: what its toJSON returns, if it has one (a Date's string). */
function asJson(value: unknown, key: string): unknown {
  const toJSON = typeof value === 'object' && value !== null ? (value as { toJSON?: unknown }).toJSON : undefined;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** JSON.stringify of a value `depth` levels in: its inner lines indented as they are in the whole. */
function whole(value: unknown, indent: number, depth: number): string {
  const text = JSON.stringify(value, null, indent);
  // A newline in JSON text is always layout: inside strings it is written \n.
  return indent && depth > 0 ? text.replaceAll('\n', '\n' + ' '.repeat(indent * depth)) : text;
}
