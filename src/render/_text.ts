import { truncateText } from './format.js';

/**
 * Shortening Chinese text the way an editor would: whole sentences for quotes, a clause around a
 * figure when two figures share a label, a short form of a title for table cells.
 */

const SENTENCE = /[^。！？!?…]*(?:[。！？!?]+|…+|$)[”’」』）)】》]*/gu;
const CLAUSE_BREAK = /[，。；！？,;!?：:]/u;
const TITLE_BREAK = /\s+|[：:，,]|——/u;
const TRAILING_PUNCT = /[\s、，。；：,.;:“‘「『（(《【]+$/u;

const length = (s: string): number => Array.from(s).length;

/** The sentences of a text, each with its closing marks (。” stays together). */
export function sentencesOf(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * As many whole sentences from the start as fit in `max` characters; a first sentence longer than
 * that is cut at a clause end (……), since a quote must say something.
 */
export function leadingSentences(text: string, max: number): string {
  const t = text.trim();
  if (length(t) <= max) return t;
  let out = '';
  for (const s of sentencesOf(t)) {
    if (length(out + s) > max) break;
    out += s;
  }
  return out || truncateText(t, max);
}

/** “…” around a quote; quotation marks inside it become ‘…’, as Chinese nests them. */
export function quoted(text: string): string {
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/**
 * The clause of `sentence` that holds `needle` (between commas, stops or colons), at most `max`
 * characters, cut with … on the side away from the needle. The sentence's start when not found.
 */
export function clauseAround(sentence: string, needle: string, max = 24): string {
  const chars = Array.from(sentence);
  const at = needle ? sentence.indexOf(needle) : -1;
  if (at < 0) return truncateText(sentence, max);
  const from = length(sentence.slice(0, at));
  const to = from + length(needle);
  let start = from;
  while (start > 0 && !CLAUSE_BREAK.test(chars[start - 1]!)) start--;
  let end = to;
  while (end < chars.length && !CLAUSE_BREAK.test(chars[end]!)) end++;
  if (end - start <= max) return balanced(chars.slice(start, end).join(''));
  // The needle with a few characters after it (the noun it counts) and the rest of the room before it.
  let tail = Math.min(end, to + 6);
  const head = Math.max(start, tail - (max - 1));
  tail = Math.min(end, head + (max - 1));
  return (head > start ? '…' : '') + balanced(chars.slice(head, tail).join('')) + (tail < end ? '…' : '');
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['（', '）'],
];

/** A piece cut out of a sentence without the quotation marks and brackets whose partner stayed outside. */
function balanced(piece: string): string {
  let out = piece;
  for (const [open, close] of PAIRS) {
    const opens = out.split(open).length - 1;
    const closes = out.split(close).length - 1;
    if (opens > closes && out.startsWith(open)) out = out.slice(open.length);
    else if (closes > opens && out.endsWith(close)) out = out.slice(0, -close.length);
  }
  return out;
}

/** Text cut before an opening mark whose partner was cut off: 经济发展“加 → 经济发展. */
function withoutDanglingOpen(text: string): string {
  let out = text;
  for (const [open, close] of PAIRS) {
    const last = out.lastIndexOf(open);
    if (last >= 0 && out.indexOf(close, last) < 0) out = out.slice(0, last);
  }
  return out;
}

/**
 * A title short enough for a table cell: the whole title when it fits, else its first part (up to a
 * space, colon or comma) when that fits, else its start with ….
 */
export function shortTitle(title: string, max = 12): string {
  // A leading dateline (10月17日) names no article.
  const undated = title.trim().replace(/^\d{1,2}月\d{1,2}日[\s，,]*/u, '');
  const t = length(undated) >= 4 ? undated : title.trim();
  if (length(t) <= max) return t;
  const first = t.split(TITLE_BREAK)[0]!.trim();
  if (length(first) >= 3 && length(first) <= max) return first;
  let cut = withoutDanglingOpen(Array.from(t).slice(0, max).join(''));
  // At a pause (、，：or a space) when one keeps at least half the room, rather than mid-word.
  const pause = Math.max(...['、', '，', '：', ' ', '　'].map((m) => cut.lastIndexOf(m)));
  if (cut === Array.from(t).slice(0, max).join('') && pause >= max / 2) cut = cut.slice(0, pause);
  return cut.replace(TRAILING_PUNCT, '') + '…';
}
