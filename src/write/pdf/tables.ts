import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Content, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import { PT_PER_MM } from '../theme.js';
import type { Block } from './block.js';
import { phrasingSpans } from './inline.js';
import { textLines } from './paragraph.js';
import type { Span } from './spans.js';
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
export function tableBlock(state: PdfState, node: Table, width: number): Block {
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
  const pdfBody: PdfCell[][] = cells.map((row, r) =>
    row.map(({ style, spans }, c) => cellContent(spans, style, widths[c]!, r === 0 ? headAlign : aligns[c]!)),
  );
  const layout = {
    hLineWidth: () => rule,
    vLineWidth: () => rule,
    hLineColor: () => state.theme.colors.text,
    vLineColor: () => state.theme.colors.text,
    paddingLeft: () => padX,
    paddingRight: () => padX,
    paddingTop: (row: number) => padTop(row === 0 ? head : body),
    paddingBottom: (row: number) => padBottom(row === 0 ? head : body),
  };
  const table: Content = {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: pdfBody },
    layout,
    margin: [0, body.spaceBefore, 0, body.spaceAfter || body.pitch / 2],
  };
  return { pieces: [table] };
}

function cellContent(spans: Span[], style: BlockStyle, width: number, align: Align): PdfCell {
  const lines = textLines(spans, style, width, { firstIndent: 0, restIndent: 0, align });
  return lines.length === 0 ? { text: '' } : { stack: lines };
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
