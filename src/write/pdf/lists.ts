import type { List, ListItem } from 'mdast';
import type { Frame } from './block.js';
import { blocksOf } from './blocks.js';
import { type Item, shifted } from './flow.js';
import { phrasingSpans } from './inline.js';
import { textWidth } from './measure.js';
import { spansBlock } from './paragraph.js';
import { spansOf, type PdfState } from './state.js';
import { type Span, withGapAfter } from './spans.js';
import { type BlockStyle, blockStyle, LATIN_GAP_EM, lookOf } from './styles.js';

/**
 * Lists as Chinese documents set them: the marker (1. 2. … from the list's start, or ·) where a
 * paragraph's first line would begin, two characters in, and the item's other lines hanging
 * under its text. A nested list starts under its parent item's text.
 */
export function listBlocks(state: PdfState, node: List, frame: Frame, start?: number): Item[] {
  const style = listStyle(state, frame);
  const charWidth = style.size + style.spacing;
  const markerStart = start ?? 2 * charWidth;
  return node.children.flatMap((item, i) => {
    // The marker stands a quarter em from the item's text, whether Chinese or Latin follows.
    const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '·';
    const markerSpans = withGapAfter(spansOf(state, marker, lookOf(style)));
    const gap = LATIN_GAP_EM * style.size;
    const markerWidth = markerSpans.reduce((w, s) => w + textWidth(s.face, s.text, s.size) + style.spacing * [...s.text].length, gap);
    return itemBlocks(state, item, frame, markerSpans, markerStart, markerStart + markerWidth);
  });
}

/** List items in body text take the listItem look; inside a note or quote, the note's or quote's. */
function listStyle(state: PdfState, frame: Frame): BlockStyle {
  return blockStyle(state, frame.para === 'body' ? 'listItem' : frame.para);
}

function itemBlocks(state: PdfState, item: ListItem, frame: Frame, marker: Span[], markerStart: number, textStart: number): Item[] {
  const style = listStyle(state, frame);
  const blocks: Item[] = [];
  item.children.forEach((child, i) => {
    if (child.type === 'paragraph') {
      const spans = [...(i === 0 ? marker : []), ...phrasingSpans(state, child.children, lookOf(style))];
      const firstIndent = i === 0 ? markerStart : textStart;
      blocks.push(...spansBlock(spans, style, frame.width, { firstIndent, restIndent: textStart }));
    } else if (child.type === 'list') {
      blocks.push(...listBlocks(state, child, frame, textStart));
    } else {
      blocks.push(...shifted(blocksOf(state, [child], { ...frame, width: frame.width - textStart }), textStart));
    }
  });
  if (item.children.length === 0) blocks.push(...spansBlock(marker, style, frame.width, { firstIndent: markerStart }));
  return blocks;
}
