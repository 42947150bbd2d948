import type { Box } from './boxes.js';

/**
 * When a few boxes (a headline, a banner) bridge what is otherwise a column gap, the region is
 * cut between them and the columns: the band index where the lower part starts, or null.
 * Bands with text on one side of the gap only (a paragraph's last line, a byline) stay with
 * what they follow, so a headline keeps its tail and a column keeps its end.
 */
export function cutBeforeColumns(boxes: readonly Box[], bands: readonly Box[][], size: number): { index: number; beforeSpanning: boolean } | null {
  const gutters = guttersOf(boxes, size);
  if (gutters.length === 0) return null;
  const kinds = bands.map((band) => bandKind(band, gutters));
  const firstSpanning = kinds.indexOf('spanning');
  if (firstSpanning < 0) return null;
  const index = firstSpanning === 0 ? kinds.indexOf('columns') : firstSpanning;
  return index > 0 ? { index, beforeSpanning: firstSpanning > 0 } : null;
}

/** Whether body text in this column runs on, at its usual line pitch, past the top of `band`. */
export function flowsAcross(column: readonly Box[], band: readonly Box[], size: number): boolean {
  const top = Math.min(...band.map((b) => b.top));
  const isBody = (b: Box) => b.size <= size * 1.15;
  const above = column.filter((b) => b.bottom <= top + 0.01).sort((p, q) => q.baseline - p.baseline)[0];
  const below = column.filter((b) => b.top > top - 0.01 && b.bottom > top).sort((p, q) => p.baseline - q.baseline)[0];
  if (!above || !below || !isBody(above) || !isBody(below)) return false;
  return below.baseline - above.baseline <= 1.6 * Math.max(above.size, below.size);
}

/** Whether a band bridges a column gap, has text on both sides of one, or neither. */
function bandKind(band: readonly Box[], gutters: ReadonlyArray<[number, number]>): 'spanning' | 'columns' | 'one-sided' {
  if (band.some((box) => gutters.some(([g0, g1]) => box.x0 < g1 - 1 && box.x1 > g0 + 1))) return 'spanning';
  const twoSided = gutters.some(([g0, g1]) => band.some((box) => box.x1 <= g0 + 1) && band.some((box) => box.x0 >= g1 - 1));
  return twoSided ? 'columns' : 'one-sided';
}

/** x-ranges crossed by only a few boxes while the text on both sides is dense: hidden column gaps. */
export function guttersOf(boxes: readonly Box[], size: number): Array<[number, number]> {
  const x0 = Math.min(...boxes.map((b) => b.x0));
  const x1 = Math.max(...boxes.map((b) => b.x1));
  const step = Math.max(0.5, (x1 - x0) / 2000);
  const bins = Math.ceil((x1 - x0) / step) + 1;
  const cover = new Int32Array(bins + 1);
  for (const box of boxes) {
    cover[Math.floor((box.x0 - x0) / step)]! += 1;
    cover[Math.ceil((box.x1 - x0) / step)]! -= 1;
  }
  for (let i = 1; i <= bins; i++) cover[i]! += cover[i - 1]!;
  const window = Math.ceil((3 * size) / step);
  const minWidth = Math.ceil((0.6 * size) / step);
  const gutters: Array<[number, number]> = [];
  // Try the emptiest strips first; a strip crossed by a few lines is a gutter when the text
  // on both sides of it is at least four times as dense.
  for (let level = 0; level <= 8; level++) {
    for (let i = 0; i < bins; ) {
      if (cover[i]! > level) {
        i++;
        continue;
      }
      let j = i;
      while (j < bins && cover[j]! <= level) j++;
      const sides = Math.min(maxOf(cover, i - window, i), maxOf(cover, j, j + window));
      const known = gutters.some(([g0, g1]) => x0 + i * step < g1 && x0 + j * step > g0);
      if (!known && j - i >= minWidth && sides >= 2 && sides > level && level <= Math.max(1, Math.ceil(0.25 * sides))) {
        gutters.push([x0 + i * step, x0 + j * step]);
      }
      i = j;
    }
  }
  return gutters;
}

function maxOf(values: Int32Array, from: number, to: number): number {
  let max = 0;
  for (let k = Math.max(0, from); k < Math.min(values.length, to); k++) max = Math.max(max, values[k]!);
  return max;
}

