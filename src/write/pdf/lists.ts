import type { List, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Block, type Frame, indented } from './block.js';
import { blocksOf } from './blocks.js';
import { phrasingSpans } from './inline.js';
import { textWidth } from './measure.js';
import { spansBlock } from './paragraph.js';
import { spansOf, type PdfState } from './state.js';
import type { Span } from './spans.js';
import { type BlockStyle, blockStyle, LATIN_GAP_EM, lookOf } from './styles.js';

/**
 * Lists as Chinese documents set them: the marker (1. 2. … from the list's start, or ·) where a
 * paragraph's first line would begin, two characters in, and the item's other lines hanging
 * under its text. A nested list starts under its parent item's text.
 */
export function listBlocks(state: PdfState, node: List, frame: Frame, start?: number): Block[] {
  const style = listStyle(state, frame);
  const charWidth = style.size + style.spacing;
  const markerStart = start ?? 2 * charWidth;
  return node.children.flatMap((item, i) => {
    // "1." meets Chinese text with the quarter-em gap the line layout puts there; Latin text needs a space.
    const latinNext = node.ordered && /^[\x21-\x7e]/.test(toString(item).trimStart());
    const marker = node.ordered ? `${(node.start ?? 1) + i}.${latinNext ? ' ' : ''}` : '·';
    const markerSpans = spansOf(state, marker, lookOf(style));
    const gap = node.ordered && !latinNext ? LATIN_GAP_EM * style.size : 0;
    const markerWidth = markerSpans.reduce((w, s) => w + textWidth(s.face, s.text, s.size) + style.spacing * [...s.text].length, gap);
    return itemBlocks(state, item, frame, markerSpans, markerStart, markerStart + markerWidth);
  });
}

/** List items in body text take the listItem look; inside a note or quote, the note's or quote's. */
function listStyle(state: PdfState, frame: Frame): BlockStyle {
  return blockStyle(state, frame.para === 'body' ? 'listItem' : frame.para);
}

function itemBlocks(state: PdfState, item: ListItem, frame: Frame, marker: Span[], markerStart: number, textStart: number): Block[] {
  const style = listStyle(state, frame);
  const blocks: Block[] = [];
  item.children.forEach((child, i) => {
    if (child.type === 'paragraph') {
      const spans = [...(i === 0 ? marker : []), ...phrasingSpans(state, child.children, lookOf(style))];
      const firstIndent = i === 0 ? markerStart : textStart;
      blocks.push(spansBlock(spans, style, frame.width, { firstIndent, restIndent: textStart }));
    } else if (child.type === 'list') {
      blocks.push(...listBlocks(state, child, frame, textStart));
    } else {
      const inner = blocksOf(state, [child], { ...frame, width: frame.width - textStart });
      blocks.push(...inner.map((b) => ({ ...b, pieces: indented(b.pieces, textStart, 0) })));
    }
  });
  if (item.children.length === 0) blocks.push(spansBlock(marker, style, frame.width, { firstIndent: markerStart }));
  return blocks;
}
