import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';
import type { AlignType, Table as MdTable, TableCell as MdCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { phrasing } from './inline.js';
import { frameParagraph, frameOf, pageBreakCarrier } from './para.js';
import type { DocxState, Frame } from './state.js';
import { STYLE } from './styles.js';
import { eighths, pitchTwips, textEms, twips, wordColor } from './units.js';

/** Cell padding in ems of the table text: as the PDF writer pads its cells. */
const PAD_X = 0.4;
const PAD_Y = 0.3;

/** Cell padding in points, left and right. */
const padX = (state: DocxState): number => PAD_X * state.theme.elements.table.size;

/**
 * A GFM table as Word does tables in reports: thin borders, the header row repeated on every page,
 * rows that never split across pages, and column widths from the length of their content. A page may
 * not leave the header with fewer than two rows under it, nor carry the last row over alone.
 */
export function tableBlocks(node: MdTable, frame: Frame, state: DocxState): FileChild[] {
  const out: FileChild[] = [...pageBreakCarrier(state)];
  const columns = Math.max(...node.children.map((r) => r.children.length));
  const available = state.geometry.textWidth - frame.indentLeft / 20;
  const widths = columnWidths(node, columns, available, state);
  const border = { style: BorderStyle.SINGLE, size: eighths(0.5), color: wordColor(state.theme.colors.text) };
  const last = node.children.length - 1;
  const rows = node.children.map((row, r) => {
    const header = r === 0;
    const cellFrame = frameOf(state, header ? 'tableHeader' : 'table');
    // Word keeps a row on the page of the next one when its paragraphs keep with next.
    const keepNext = (r <= 1 || r === last - 1) && r < last ? true : undefined;
    return new TableRow({
      tableHeader: header || undefined,
      cantSplit: true,
      children: Array.from({ length: columns }, (_, c) => {
        const cell: MdCell | undefined = row.children[c];
        const align = header ? undefined : alignOf(node.align?.[c]);
        const runs = cell ? phrasing(cell.children, cellFrame, state) : [];
        return new TableCell({
          width: { size: twips(widths[c]!), type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          shading: header ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined,
          children: [frameParagraph(state, { ...cellFrame, noIndent: true, align }, runs, { keepNext })],
        });
      }),
    });
  });
  const pad = { x: twips(padX(state)), y: twips(PAD_Y * state.theme.elements.table.size) };
  out.push(
    new Table({
      rows,
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, b) => a + twips(b), 0), type: WidthType.DXA },
      columnWidths: widths.map(twips),
      indent: frame.indentLeft ? { size: frame.indentLeft, type: WidthType.DXA } : undefined,
      margins: { left: pad.x, right: pad.x, top: pad.y, bottom: pad.y, marginUnitType: WidthType.DXA },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    }),
    // Word has no space after a table; half a line of empty paragraph keeps the next heading off its rule.
    new Paragraph({ style: STYLE.body, spacing: { line: pitchTwips(state.geometry.linePitch / 2), lineRule: LineRuleType.EXACT } }),
  );
  return out;
}

function alignOf(a: AlignType | undefined): 'left' | 'center' | 'right' | undefined {
  return a === 'left' || a === 'center' || a === 'right' ? a : undefined;
}

/** The widest piece a line cannot be broken in: a Latin word or number, or one Chinese character. */
function longestUnbreakable(text: string): number {
  return Math.max(1, ...text.split(/[\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/u).map(textEms));
}

/**
 * Column widths in points that add up to `available`. Columns whose natural width is within a fair share
 * keep it (short numbers and labels never wrap); the others share the rest by their natural widths, never
 * below their minimum. When everything fits, all columns grow in proportion to fill the line.
 */
export function columnWidths(node: MdTable, columns: number, available: number, state: DocxState): number[] {
  const size = state.theme.elements.table.size;
  const headerSize = state.theme.elements.tableHeader.size;
  const pad = padX(state);
  const natural = new Array<number>(columns).fill(0);
  const minimum = new Array<number>(columns).fill(0);
  node.children.forEach((row, r) =>
    row.children.forEach((cell, c) => {
      const text = toString(cell);
      const s = r === 0 ? headerSize : size;
      natural[c] = Math.max(natural[c]!, textEms(text) * s + 2 * pad + 1);
      minimum[c] = Math.max(minimum[c]!, Math.min(longestUnbreakable(text), 4) * s + 2 * pad + 1, 2 * s + 2 * pad);
    }),
  );
  const widths = [...natural];
  let open = natural.map((_, c) => c);
  let room = available;
  for (;;) {
    const share = room / open.length;
    const fits = open.filter((c) => natural[c]! <= share);
    if (fits.length === 0 || fits.length === open.length) break;
    for (const c of fits) room -= natural[c]!;
    open = open.filter((c) => natural[c]! > share);
  }
  const openNatural = open.reduce((a, c) => a + natural[c]!, 0);
  for (const c of open) widths[c] = Math.max(minimum[c]!, (room * natural[c]!) / openNatural);
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w * available) / total);
}
