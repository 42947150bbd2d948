import { bandsOf, fragmentsOf, medianSize, splitAtStrips, type Box } from './boxes.js';
import { cutBeforeColumns, flowsAcross, guttersOf } from './gutters.js';
import type { Run } from './items.js';
import { joinText } from './join.js';

/** One visual line in reading order, with the column (block) it was read from. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  /** The size most of its characters are set in. */
  size: number;
  /** Lines read from the same column region share a block. */
  block: number;
  /** 1-based page number (set by the reader; 0 until then). */
  page: number;
  /** Page furniture (a page number): kept, but not allowed to break a paragraph. */
  aside?: boolean;
  /** A table row or cells side by side: a line of its own, never joined with another. */
  whole?: boolean;
}

// Each cut removes at least one band; past this depth a region is read band by band.
const MAX_DEPTH = 400;

/**
 * The page's lines in reading order, by recursive cuts: columns (vertical white strips) are
 * read left to right; a headline or banner bridging column gaps is cut off from the columns
 * above or below it; what is left is one column, read top to bottom.
 */
export function linesOfRuns(runs: readonly Run[]): Line[] {
  if (runs.length === 0) return [];
  const lines: Line[] = [];
  let blocks = 0;
  const visit = (boxes: Box[], block: number, depth: number): void => {
    const bands = bandsOf(boxes);
    const size = medianSize(boxes);
    if (bands.length === 1) {
      // Far apart on one baseline: cells of a table row stay one line; differently sized
      // pieces (two headlines side by side) become lines of their own.
      const pieces = splitAtStrips(boxes, 1.0 * size);
      const sizes = pieces.map(medianSize);
      if (pieces.length === 1 || Math.max(...sizes) <= Math.min(...sizes) * 1.1) {
        lines.push(pieces.length > 1 ? { ...lineOf(boxes, block, '  '), whole: true } : lineOf(boxes, block));
      } else {
        for (const piece of pieces) lines.push(lineOf(piece, ++blocks));
      }
      return;
    }
    if (depth === 0 && isPageHeader(bands, size)) {
      lines.push({ ...lineOf(bands[0]!, block, '  '), whole: true });
      visit(bands.slice(1).flat(), ++blocks, depth + 1);
      return;
    }
    const columns = splitAtStrips(boxes, 0.6 * size);
    const cut = depth < MAX_DEPTH ? cutBeforeColumns(boxes, bands, size) : null;
    // Text above a headline that bridges columns is read before it, unless a column runs on
    // past the headline's top (an article set in an L around the headline's article).
    const acrossFirst = cut !== null && cut.beforeSpanning && !columns.some((column) => flowsAcross(column, bands[cut.index]!, size));
    if (columns.length > 1 && !acrossFirst) {
      if (isTable(columns, bands, size)) {
        for (const band of bands) lines.push({ ...lineOf(band, block, '  '), whole: true });
        return;
      }
      for (const column of columns) visit(column, ++blocks, depth + 1);
      return;
    }
    if (cut !== null) {
      visit(bands.slice(0, cut.index).flat(), block, depth + 1);
      visit(bands.slice(cut.index).flat(), block, depth + 1);
      return;
    }
    for (const band of bands) visit(band, block, depth + 1);
  };
  visit(fragmentsOf(runs), blocks, 0);
  return lines;
}

/**
 * A newspaper page's header row (2026年11月12日 星期四 … 滨城时报 … 第3版): pieces spread over the
 * width at the very top, in smaller type than the page's text, with a gap under them. It is
 * one line read first, not a piece at the head of each column it happens to stand over.
 */
function isPageHeader(bands: readonly Box[][], size: number): boolean {
  if (bands.length < 3) return false;
  const [head, next] = [bands[0]!, bands[1]!];
  const gap = Math.min(...next.map((b) => b.top)) - Math.max(...head.map((b) => b.bottom));
  return medianSize(head) < size * 0.95 && gap >= size * 0.6 && splitAtStrips(head, size).length >= 2;
}

/**
 * Columns that are the columns of a table, read row by row: most rows have cells in several
 * columns, and the columns are not running text (full lines, equal widths).
 */
function isTable(columns: readonly Box[][], bands: readonly Box[][], size: number): boolean {
  if (bands.length < 3) return false;
  // Headlines, or columns with columns of their own inside, are articles laid out side by side.
  if (columns.some((column) => column.some((box) => box.size > size * 1.15) || guttersOf(column, size).length > 0)) return false;
  const columnOf = new Map<Box, number>();
  columns.forEach((column, i) => column.forEach((box) => columnOf.set(box, i)));
  const rows = bands.filter((band) => new Set(band.map((box) => columnOf.get(box))).size >= 2).length;
  if (rows < bands.length * 0.7) return false;
  const widths = columns.map((column) => Math.max(...column.map((b) => b.x1)) - Math.min(...column.map((b) => b.x0)));
  const isText = (column: readonly Box[], width: number) => {
    const right = Math.max(...column.map((b) => b.x1));
    return width >= 8 * size && column.filter((b) => right - b.x1 <= size).length >= column.length * 0.6;
  };
  if (columns.every((column, i) => isText(column, widths[i]!))) return false;
  return Math.max(...widths) > Math.min(...widths) * 1.3;
}

/** The boxes of one band as a line, left to right; `cellGap` joins pieces a column gap apart. */
function lineOf(band: readonly Box[], block: number, cellGap: string | null = null): Line {
  const sorted = [...band].sort((p, q) => p.x0 - q.x0);
  let text = '';
  let prev: Box | null = null;
  const chars = new Map<number, number>();
  for (const box of sorted) {
    const gap = prev ? (box.x0 - prev.x1) / box.size : 0;
    text = !prev ? box.text : cellGap !== null && gap >= 1 ? `${text.trimEnd()}${cellGap}${box.text.trimStart()}` : joinText(text, box.text, gap);
    chars.set(box.size, (chars.get(box.size) ?? 0) + box.text.length);
    prev = box;
  }
  const size = [...chars].sort((p, q) => q[1] - p[1])[0]![0];
  const baseline = sorted.find((b) => b.size === size)!.baseline;
  // Leading ideographic spaces are a typed first-line indent: paragraphs need to see them.
  return { text: text.replace(/^[ \t]+/, '').trimEnd(), x0: sorted[0]!.x0, x1: Math.max(...sorted.map((b) => b.x1)), baseline, size, block, page: 0 };
}
