import type { LeafDirective } from 'mdast-util-directive';
import { drawInlines } from './draw.js';
import { type Item, item, keptTogether } from './flow.js';
import type { SetInline } from './justify.js';
import { lineItem } from './lines.js';
import { advanceEm, textWidth } from './measure.js';
import { setLines, textLines } from './paragraph.js';
import { spansOf, type HeadingRecord, type PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf } from './styles.js';

/** Heading depths a table of contents lists: the 一、 and （一） levels. */
const TOC_DEPTHS = [2, 3];
const LEADER = '…';

/**
 * 目录: the headings that follow, the （一） level two characters in, each with dot leaders
 * running to its page number and linked to the heading. The pages are known before anything is
 * drawn (the page builder runs first), so the numbers are the pages the headings land on.
 */
export function tocBlock(state: PdfState, node: LeafDirective, width: number): Item[] {
  const titleStyle = { ...blockStyle(state, 'h1'), align: 'center' as const, indent: 0 };
  const style = blockStyle(state, 'toc');
  const title = (node.attributes?.title ?? '目录').trim();
  const numberWidth = 3 * advanceEm(style.face, 0x30) * style.size + style.size;
  const rows = tocEntries(state, node).map((h) => tocRow(state, h, width, width - numberWidth, style));
  const heading = title ? textLines(spansOf(state, title, lookOf(titleStyle)), titleStyle, width) : [];
  if (heading.length > 0) heading[heading.length - 1]!.spaceAfter = titleStyle.pitch / 2;
  const items = [...keptTogether(heading), ...rows];
  if (rows.length > 0) {
    if (heading.length > 0) items[heading.length - 1] = { ...items[heading.length - 1]!, keepWithNext: true };
    items[items.length - 1] = { ...items[items.length - 1]!, spaceAfter: style.pitch };
  }
  return items;
}

/** The headings of depth 2–3 after this directive. */
function tocEntries(state: PdfState, node: LeafDirective): HeadingRecord[] {
  const all = [...state.headings.values()];
  const from = state.tocStarts.get(node) ?? 0;
  return all.slice(from).filter((h) => TOC_DEPTHS.includes(h.depth));
}

/** One entry: its lines, dot leaders after the last one, the page number at the right edge. */
function tocRow(state: PdfState, h: HeadingRecord, width: number, textWidthAvail: number, style: BlockStyle): Item {
  const indent = h.depth > TOC_DEPTHS[0]! ? 2 * (style.size + style.spacing) : 0;
  const set = setLines(spansOf(state, h.text, lookOf(style)), style, textWidthAvail, { firstIndent: indent, restIndent: indent, align: 'left' });
  const lines = set.map((l) => lineItem(l, style.pitch, textWidthAvail, 'left'));
  const last = set[set.length - 1];
  const leaders = last ? leaderInline(state, style, textWidthAvail - last.indent - last.width) : null;
  const height = Math.max(1, lines.length) * style.pitch;
  return item(height, (pen, x, y) => {
    lines.forEach((line, i) => line.draw(pen, x, y + i * style.pitch, 1));
    const lastTop = y + (lines.length - 1) * style.pitch;
    if (leaders && last) drawInlines(pen, [leaders], x + last.indent + last.width, lastTop);
    const number = setLines(spansOf(state, String(h.page ?? ''), lookOf(style)), style, width, { firstIndent: 0, align: 'right' });
    for (const line of number) lineItem(line, style.pitch, width, 'right').draw(pen, x, lastTop, 1);
    pen.doc.goTo(x, y, width, height, h.id);
  });
}

/** Dot leaders filling `room` exactly: as many ellipses as fit, spaced out to reach the right edge. */
function leaderInline(state: PdfState, style: BlockStyle, room: number): SetInline | null {
  const face = style.face.has(LEADER.codePointAt(0)!) ? style.face : state.fallback;
  const w = textWidth(face, LEADER, style.size);
  const count = Math.floor(room / w);
  if (count < 2) return null;
  const spacing = (room - count * w) / (count - 1);
  return { span: { face, size: style.size, color: style.color, text: '' }, text: LEADER.repeat(count), spacing, gaps: [], width: room };
}
