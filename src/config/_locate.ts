import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where a setting is written in a config file (JSON is read as YAML, which it is a subset of):
 * the key itself when `at` is 'key' (an unknown key), else its value (a wrong value).
 * Falls back to the nearest enclosing key the path reaches.
 */
export function locateSetting(text: string, path: readonly (string | number)[], at: 'key' | 'value'): Position | undefined {
  const counter = new LineCounter();
  let node: unknown;
  try {
    node = parseDocument(text, { lineCounter: counter }).contents;
  } catch {
    return undefined;
  }
  let offset: number | undefined;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (last && at === 'key') || !pair.value ? startOf(pair.key) : startOf(pair.value);
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!item) break;
      offset = startOf(item);
      node = item;
    } else break;
  }
  if (offset === undefined) return undefined;
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

function startOf(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

/** 1-based line and column of a character offset (JSON.parse reports positions). */
export function positionOfOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
