const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]/u;
const LATIN_END = /[A-Za-z0-9\u00c0-\u024f%)\]”’.,;:!?]$/;
const LATIN_START = /^[A-Za-z0-9\u00c0-\u024f(\[“‘]/;

/**
 * Joins two pieces of one visual line, or two lines of one paragraph: Chinese needs no space;
 * Latin words and numbers keep one. `gap` (in font sizes) tells a real space from a line break
 * (gap null) or from glyphs that merely sit apart.
 */
export function joinText(left: string, right: string, gap: number | null): string {
  const a = left.replace(/\s+$/, '');
  const b = right.replace(/^\s+/, '');
  if (!a || !b) return a + b;
  const last = a.slice(-1);
  const first = b[0]!;
  // A visible gap next to Chinese text is a space typed in the source (来源：X 发布时间：Y).
  if (WIDE.test(last) || WIDE.test(first)) return gap !== null && gap > 0.25 ? `${a} ${b}` : a + b;
  if (gap === null) {
    // A word broken by a hyphen at the line end, or a number broken after its separator.
    if (last === '-' || (/[\d][.,]$/.test(a) && /^\d/.test(b))) return a + b;
    return LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b;
  }
  return gap > 0.2 ? `${a} ${b}` : a + b;
}
