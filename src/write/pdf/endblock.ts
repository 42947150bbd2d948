import type { Paragraph } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Content, ContentColumns, ContentStack } from 'pdfmake/interfaces.js';
import { PT_PER_MM } from '../theme.js';
import { phrasingSpans } from './inline.js';
import { setLines } from './paragraph.js';
import { blankLine, lineNode } from './lines.js';
import type { Span } from './spans.js';
import { spansOf, type PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf } from './styles.js';

/**
 * 报尾 at the foot of the last page, between two outer rules: one row per recipient line
 * (报：… / 送：… / 发：…) one character in from each side, thin rules between rows, and
 * （共印N份） at the right of the last row. pdfmake cannot push a block to the bottom of a page,
 * so the writer reserves the block's height where the text ends (an invisible line that moves to
 * a new page if the room is not there) and draws the block at the foot of that page.
 */
export function endblockPieces(state: PdfState, node: ContainerDirective, width: number): Content[] {
  const base = blockStyle(state, 'endblock');
  // A row is one grid line tall with its text centred in it.
  const style: BlockStyle = { ...base, pitch: (base.pitch + base.size) / 2, indent: 0 };
  const padTop = (base.pitch - base.size) / 2;
  const inset = base.size + base.spacing;
  const inner = width - 2 * inset;
  const copies = (node.attributes?.copies ?? '').trim();
  const rows = node.children
    .filter((c): c is Paragraph => c.type === 'paragraph')
    .map((p) => phrasingSpans(state, p.children, lookOf(style)));
  const copiesSpans = copies ? spansOf(state, `（共印${copies}份）`, lookOf(style)) : null;
  if (copiesSpans && rows.length === 0) rows.push([]);

  const outer = state.theme.rules.outer * PT_PER_MM;
  const thin = state.theme.rules.inner * PT_PER_MM;
  const ink = state.theme.colors.text;
  const stack: Content[] = [rule(width, outer, ink)];
  let height = outer;
  rows.forEach((spans, i) => {
    const lastRow = i === rows.length - 1;
    const row = lastRow && copiesSpans ? rowWithCopies(spans, copiesSpans, style, inner) : rowLines(spans, style, inner, 'left');
    stack.push({ ...row.content, margin: [inset, padTop, inset, 0] } as Content);
    height += padTop + row.lines * style.pitch;
    const w = lastRow ? outer : thin;
    stack.push(rule(width, w, ink));
    height += w;
  });
  const bottom = state.geo.margins.top + state.geo.textHeight;
  const reserve: Content = blankLine(height);
  return [reserve, { stack, absolutePosition: { x: state.geo.margins.left, y: bottom - height } }];
}

function rowLines(spans: Span[], style: BlockStyle, width: number, align: 'left' | 'right'): { content: ContentStack; lines: number } {
  const lines = setLines(spans, style, width, { align, firstIndent: 0 }).map((l) => lineNode(l, style.pitch, align));
  return { content: { stack: lines.length > 0 ? lines : [blankLine(style.pitch)] }, lines: Math.max(1, lines.length) };
}

/** The last row: recipients on the left, （共印N份） on the right of its last line. */
function rowWithCopies(spans: Span[], copies: Span[], style: BlockStyle, width: number): { content: ContentStack | ContentColumns; lines: number } {
  const right = setLines(copies, style, width, { align: 'left', firstIndent: 0 });
  const copiesWidth = Math.max(...right.map((l) => l.width));
  const left = rowLines(spans, style, width - copiesWidth - style.size, 'left');
  const pad = Array.from({ length: left.lines - 1 }, () => blankLine(style.pitch));
  return {
    content: {
      columns: [
        { width: '*', ...left.content },
        { width: copiesWidth + 0.5, stack: [...pad, ...right.map((l) => lineNode(l, style.pitch, 'left'))] },
      ],
      columnGap: 0,
    },
    lines: left.lines,
  };
}

/** A rule as tall as it is thick (pdfmake counts a line's height to its centre only). */
function rule(width: number, lineWidth: number, color: string): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: lineWidth / 2, x2: width, y2: lineWidth / 2, lineWidth, lineColor: color }], margin: [0, 0, 0, lineWidth / 2] };
}

