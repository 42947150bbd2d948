import type { LeafDirective } from 'mdast-util-directive';
import type { Content } from 'pdfmake/interfaces.js';
import { PT_PER_MM } from '../theme.js';
import type { Block } from './block.js';
import { textLines } from './paragraph.js';
import { spansOf, type PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf } from './styles.js';

/**
 * 报头: the briefing's name centred in red, 第N期 under it, the compiling unit on the left and
 * the date on the right (each one character in from the edge), then a red rule across the page.
 */
export function mastheadBlock(state: PdfState, node: LeafDirective, width: number): Block {
  const attr = node.attributes ?? {};
  const name = blockStyle(state, 'mastheadName');
  const issue = blockStyle(state, 'mastheadIssue');
  const meta = blockStyle(state, 'mastheadMeta');
  const pieces: Content[] = [];
  const centred = (text: string, style: BlockStyle) =>
    text.trim() ? [{ stack: textLines(spansOf(state, text.trim(), lookOf(style)), style, width, { align: 'center', firstIndent: 0 }), margin: [0, style.spaceBefore, 0, style.spaceAfter] } as Content] : [];
  pieces.push(...centred(attr.name ?? '', name), ...centred(attr.issue ?? '', issue));
  const inset = meta.size + meta.spacing;
  const half = (width - 2 * inset) / 2;
  const side = (text: string, align: 'left' | 'right') =>
    text.trim() ? { width: half, stack: textLines(spansOf(state, text.trim(), lookOf(meta)), meta, half, { align, firstIndent: 0 }) } : { width: half, text: '' };
  if ((attr.unit ?? '').trim() || (attr.date ?? '').trim()) {
    pieces.push({ columns: [side(attr.unit ?? '', 'left'), side(attr.date ?? '', 'right')], columnGap: 0, margin: [inset, 0, inset, meta.spaceAfter] });
  }
  const rule = state.theme.rules.outer * PT_PER_MM;
  pieces.push({
    canvas: [{ type: 'line', x1: 0, y1: rule / 2, x2: width, y2: rule / 2, lineWidth: rule, lineColor: state.theme.colors.rule }],
    margin: [0, 2, 0, state.geo.linePitch / 2],
  });
  return { pieces: [{ stack: pieces, unbreakable: true }] };
}
