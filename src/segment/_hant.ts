import { Locale } from 'opencc-js';
import type { DictGroup } from 'opencc-js';

type CharTable = Map<string, string>;

// OpenCC's dictionaries read as letter-to-letter tables (phrases left out). Reading them takes
// milliseconds where building converters takes seconds, and only single letters are needed here.
function charTable(groups: readonly DictGroup[] | undefined): CharTable {
  const table: CharTable = new Map();
  for (const group of groups ?? []) {
    for (const dict of group) {
      const pairs = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
      for (const [from, to] of pairs) if (from && to && [...from].length === 1 && [...to].length === 1) table.set(from, to);
    }
  }
  return table;
}

let tables: { generic: CharTable; taiwan: CharTable; hongKong: CharTable } | null = null;

/** A letter's traditional forms: OpenCC's standard form and its Taiwan and Hong Kong variants. */
function traditionalOf(c: string): string[] {
  tables ??= { generic: charTable(Locale.from.cn), taiwan: charTable(Locale.to.tw), hongKong: charTable(Locale.to.hk) };
  const t = tables.generic.get(c);
  if (!t) return [];
  return [t, tables.taiwan.get(t) ?? t, tables.hongKong.get(t) ?? t];
}

/**
 * A RegExp written in simplified Chinese that also matches traditional text:
 * each Han letter becomes a class of its forms (记者 → [记記]者), inside or outside brackets.
 */
export function hantRegExp(source: string, flags = 'u'): RegExp {
  const chars = [...source];
  let out = '';
  let inClass = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\\') {
      out += c + (chars[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    const forms = [...new Set([c, ...traditionalOf(c)])].join('');
    out += forms.length === 1 || inClass ? forms : `[${forms}]`;
  }
  return new RegExp(out, flags);
}

/** The words and their traditional forms (generic, Taiwan, Hong Kong), without duplicates. */
export function withTraditional(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (let form = 0; form < 3; form++) out.add([...w].map((c) => traditionalOf(c)[form] ?? c).join(''));
  }
  return [...out];
}
