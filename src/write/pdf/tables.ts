import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { PT_PER_MM } from '../theme.js';
import { drawRule } from './draw.js';
import { type Item, item, spaced } from './flow.js';
import { phrasingSpans } from './inline.js';
import { textLines } from './paragraph.js';
import type { PdfState } from './state.js';
import { type BlockStyle, blockStyle, LATIN_GAP_EM, lookOf } from './styles.js';
import { columnWidths, spanExtents } from './widths.js';

type Align = 'left' | 'center' | 'right';

/** Figures (12.5, 7.66亿元, 27.86%, -3) line up on the right. */
const NUMERIC = /^[-+−]?[\d,，.]+\s*[%‰]?[\p{Script=Han}]{0,3}$/u;

/**
 * A GFM table: header row in the tableHeader style, repeated at the top of every page it spans;
 * rows never split across pages; thin rules; column widths from content (as a browser's auto
 * layout does) stretched to the full text width.
 */
export function tableBlock(state: PdfState, node: Table, width: number): Item[] {
  const head = blockStyle(state, 'tableHeader');
  const body = blockStyle(state, 'table');
  const rule = state.theme.rules.inner * PT_PER_MM * 0.6;
  const padX = body.size * 0.4;
  const columns = Math.max(...node.children.map((r) => r.children.length));
  const cells = node.children.map((row, r) =>
    Array.from({ length: columns }, (_, c) => {
      const style = r === 0 ? head : body;
      const cell = row.children[c];
      return { style, spans: cell ? phrasingSpans(state, cell.children, lookOf(style)) : [], cell };
    }),
  );
  const plain: Align = body.align === 'justify' ? 'left' : body.align;
  const headAlign: Align = head.align === 'justify' ? 'center' : head.align;
  const aligns = Array.from({ length: columns }, (_, c) => columnAlign(node, c) ?? plain);
  const offsets = columns * 2 * padX + (columns + 1) * rule;
  const extents = Array.from({ length: columns }, (_, c) => {
    const per = cells.map((row) => spanExtents(row[c]!.spans, row[c]!.style.spacing, LATIN_GAP_EM));
    return { min: Math.max(...per.map((e) => e.min)), max: Math.max(...per.map((e) => e.max)) };
  });
  const widths = columnWidths(extents, width - offsets);
  const color = state.theme.colors.text;
  const rows = cells.map((row, r) => {
    const style = r === 0 ? head : body;
    const lines = row.map(({ spans }, c) => textLines(spans, style, widths[c]!, { firstIndent: 0, restIndent: 0, align: r === 0 ? headAlign : aligns[c]! }));
    return rowItem(lines, widths, { rule, padX, padTop: padTop(style), padBottom: padBottom(style), pitch: style.pitch, color });
  });
  const [header, ...rest] = rows;
  if (!header) return [];
  // The header stays with the first row, and is drawn again above every row that starts a page;
  // the last two rows stay together, so no row is left alone under a repeated header.
  const items = [{ ...header, keepWithNext: rest.length > 0 }, ...rest.map((row, i) => ({ ...row, header, keepWithNext: rest.length >= 3 && i === rest.length - 2 }))];
  return spaced(items, body.spaceBefore, (body.spaceAfter || body.pitch / 2) + rule);
}

interface RowLook {
  rule: number;
  padX: number;
  padTop: number;
  padBottom: number;
  pitch: number;
  color: string;
}

/** One row: its cells' lines, the rules above and below it and between its cells. Rows never break across pages. */
function rowItem(cells: Item[][], widths: number[], look: RowLook): Item {
  const { rule, padX, pitch } = look;
  const content = Math.max(0, ...cells.map((lines) => lines.length * pitch));
  const height = rule + look.padTop + content + look.padBottom;
  const lefts: number[] = [];
  let at = rule;
  for (const w of widths) {
    lefts.push(at + padX);
    at += w + 2 * padX + rule;
  }
  const total = at;
  return item(height, (pen, x, y) => {
    const top = y + rule / 2;
    const bottom = y + height + rule / 2;
    drawRule(pen, x, top, x + total, top, rule, look.color);
    drawRule(pen, x, bottom, x + total, bottom, rule, look.color);
    let vx = x + rule / 2;
    drawRule(pen, vx, top, vx, bottom, rule, look.color);
    widths.forEach((w) => {
      vx += w + 2 * padX + rule;
      drawRule(pen, vx, top, vx, bottom, rule, look.color);
    });
    cells.forEach((lines, c) => lines.forEach((line, i) => line.draw(pen, x + lefts[c]!, y + rule + look.padTop + i * pitch, 1)));
  });
}

/** A line's glyphs sit at the top of its pitch; the cell's padding puts half the leading back on top. */
function padTop(style: BlockStyle): number {
  return style.size * 0.3 + (style.pitch - style.size) / 2;
}

function padBottom(style: BlockStyle): number {
  return Math.max(0, style.size * 0.3 - (style.pitch - style.size) / 2);
}

/** The column's GFM alignment; unaligned columns of figures go right, others (null) follow the theme. */
function columnAlign(node: Table, c: number): Align | null {
  const given = node.align?.[c];
  if (given) return given;
  const values = node.children.slice(1).map((row) => (row.children[c] ? toString(row.children[c] as TableCell).trim() : ''));
  const filled = values.filter((v) => v !== '');
  return filled.length > 0 && filled.every((v) => NUMERIC.test(v)) ? 'right' : null;
}
