import { type ChartFaces, textWidth } from './_faces.js';

/** Characters a line may not start with (closing marks), or end with (opening marks): 禁则. */
const NO_LINE_START = /^[，。、；：？！）》」』】〕”’·…—%,.;:?!)\]}]/u;
const NO_LINE_END = /[（《「『【〔“‘([{]$/u;

/** Breakable pieces: a run of Latin letters and digits stays whole, anything else is one character. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,%+\-_/]*|[\s\S]/gu) ?? [];
}

/**
 * `text` broken into lines of about equal width, none wider than `maxWidth` where a break allows
 * it: 社会消费品 / 零售总额 rather than 社会消费品零售总 / 额. Lines are joined with "\n".
 */
export function wrapLabel(text: string, size: number, maxWidth: number, faces: ChartFaces): string {
  const pieces = tokens(text);
  const widths = pieces.map((p) => textWidth(p, size, faces));
  const total = widths.reduce((a, b) => a + b, 0);
  // A hair of tolerance: two 10.5 pt characters still fit a 20.9 pt slot.
  const limit = maxWidth * 1.01;
  if (total <= limit || pieces.length < 2) return text;
  for (let n = Math.ceil(total / limit); n <= pieces.length; n++) {
    const lines = balancedLines(pieces, widths, total / n, n);
    if (lines.every((l) => textWidth(l, size, faces) <= limit)) return lines.map((l) => l.trim()).join('\n');
  }
  return pieces.join('\n');
}

function balancedLines(pieces: string[], widths: number[], target: number, n: number): string[] {
  // cum[j]: width of the first j pieces; a break at j ends a line after piece j - 1.
  const cum = [0];
  for (const w of widths) cum.push(cum[cum.length - 1]! + w);
  const lines: string[] = [];
  let start = 0;
  for (let k = 1; k < n; k++) {
    let at = start + 1;
    // On a tie the earlier line takes more: 和平 / 区 rather than 和 / 平区.
    for (let j = start + 1; j < pieces.length; j++) {
      if (Math.abs(cum[j]! - k * target) <= Math.abs(cum[at]! - k * target)) at = j;
    }
    if (NO_LINE_START.test(pieces[at]!) && at + 1 < pieces.length) at += 1;
    if (NO_LINE_END.test(pieces[at - 1]!) && at - 1 > start) at -= 1;
    if (at >= pieces.length) break;
    lines.push(pieces.slice(start, at).join(''));
    start = at;
  }
  lines.push(pieces.slice(start).join(''));
  return lines;
}
