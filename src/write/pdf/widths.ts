import { canBreakBetween, charClass, needsLatinGap } from './chars.js';
import { advanceEm } from './measure.js';
import { drawSize, type Span } from './spans.js';

export interface Extent {
  /** Width of the widest piece that cannot be broken (a word, a figure, a character with its punctuation). */
  min: number;
  /** Width of the whole text on one line. */
  max: number;
}

/** How narrow and how wide some text can be set, at a given character spacing and Latin gap (em). */
export function spanExtents(spans: Span[], spacing: number, latinGapEm: number): Extent {
  let max = 0;
  let min = 0;
  let unit = 0;
  let prev = -1;
  for (const span of spans) {
    const size = drawSize(span);
    for (const ch of span.text) {
      const cp = ch.codePointAt(0)!;
      const gap = prev >= 0 && needsLatinGap(prev, cp) ? latinGapEm * size : 0;
      const w = advanceEm(span.face, cp) * size + spacing + gap;
      const cls = charClass(cp);
      if (cls === 'newline' || cls === 'space' || (prev >= 0 && canBreakBetween(prev, cp))) unit = 0;
      if (cls !== 'newline') {
        max += w;
        if (cls !== 'space') unit += w;
      }
      min = Math.max(min, unit);
      prev = cls === 'space' || cls === 'newline' ? -1 : cp;
    }
  }
  // The last character has no spacing after it; a hair more keeps rounding from wrapping the line.
  return { min: min - spacing + 0.01, max: max - spacing + 0.01 };
}

/**
 * Column widths filling `avail`. If every column fits on one line, the spare room is shared in
 * proportion. Otherwise short columns (figures, dates, names) that fit within an even share keep
 * their one-line width, so 90.2% is never broken to make a long text column a little wider; the
 * long columns share the rest, each from its narrowest width in proportion to how much it would
 * like to grow (a browser's automatic table layout).
 */
export function columnWidths(extents: Extent[], avail: number): number[] {
  const mins = extents.map((e) => Math.max(e.min, 1));
  const maxs = extents.map((e, i) => Math.max(e.max, mins[i]!));
  const sumMax = maxs.reduce((a, b) => a + b, 0);
  if (sumMax <= avail) return maxs.map((m) => m + ((avail - sumMax) * m) / sumMax);
  const widths: (number | null)[] = maxs.map(() => null);
  let room = avail;
  for (let settled = true; settled; ) {
    settled = false;
    const open = widths.flatMap((w, i) => (w === null ? [i] : []));
    for (const i of open) {
      if (maxs[i]! <= room / open.length) {
        widths[i] = maxs[i]!;
        room -= maxs[i]!;
        settled = true;
      }
    }
  }
  const open = widths.flatMap((w, i) => (w === null ? [i] : []));
  const sumMin = open.reduce((a, i) => a + mins[i]!, 0);
  const want = open.reduce((a, i) => a + maxs[i]! - mins[i]!, 0);
  for (const i of open) {
    widths[i] = sumMin >= room ? (room * mins[i]!) / sumMin : mins[i]! + ((room - sumMin) * (maxs[i]! - mins[i]!)) / want;
  }
  return widths as number[];
}
