import type { LeafDirective } from 'mdast-util-directive';
import { PT_PER_MM } from '../theme.js';
import { drawRule } from './draw.js';
import { type Item, item, keptTogether, spaced } from './flow.js';
import { textLines } from './paragraph.js';
import { spansOf, type PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf } from './styles.js';

/**
 * 报头: the briefing's name centred in red, 第N期 under it, the compiling unit on the left and
 * the date on the right (each one character in from the edge), then a red rule across the page.
 */
export function mastheadBlock(state: PdfState, node: LeafDirective, width: number): Item[] {
  const attr = node.attributes ?? {};
  const name = blockStyle(state, 'mastheadName');
  const issue = blockStyle(state, 'mastheadIssue');
  const meta = blockStyle(state, 'mastheadMeta');
  const centred = (text: string, style: BlockStyle): Item[] =>
    text.trim() ? spaced(textLines(spansOf(state, text.trim(), lookOf(style)), style, width, { align: 'center', firstIndent: 0 }), style.spaceBefore, style.spaceAfter) : [];
  const items = [...centred(attr.name ?? '', name), ...centred(attr.issue ?? '', issue)];
  const unit = (attr.unit ?? '').trim();
  const date = (attr.date ?? '').trim();
  if (unit || date) items.push({ ...metaLine(state, unit, date, meta, width), spaceAfter: meta.spaceAfter });
  const rule = state.theme.rules.outer * PT_PER_MM;
  const color = state.theme.colors.rule;
  items.push(item(rule, (pen, x, y) => drawRule(pen, x, y + rule / 2, x + width, y + rule / 2, rule, color), { spaceBefore: 2, spaceAfter: state.geo.linePitch / 2 }));
  return keptTogether(items);
}

/** The compiling unit at the left and the date at the right, one character in from either edge, on one line. */
function metaLine(state: PdfState, unit: string, date: string, meta: BlockStyle, width: number): Item {
  const inset = meta.size + meta.spacing;
  const half = (width - 2 * inset) / 2;
  const side = (text: string, align: 'left' | 'right') => (text ? textLines(spansOf(state, text, lookOf(meta)), meta, half, { align, firstIndent: 0 }) : []);
  const left = side(unit, 'left');
  const right = side(date, 'right');
  const lines = Math.max(left.length, right.length);
  return item(lines * meta.pitch, (pen, x, y) => {
    left.forEach((l, i) => l.draw(pen, x + inset, y + i * meta.pitch, 1));
    right.forEach((l, i) => l.draw(pen, x + inset + half, y + i * meta.pitch, 1));
  });
}
