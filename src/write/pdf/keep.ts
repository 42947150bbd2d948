import type { Content } from 'pdfmake/interfaces.js';
import type { Block } from './block.js';

/**
 * The document's pieces in order. Headings are bound, in one unbreakable group, to the first
 * lines of the paragraph that follows them (so no heading ends a page); `::pagebreak` makes the
 * next piece start a page.
 */
export function assemblePieces(blocks: Block[]): Content[] {
  const out: Content[] = [];
  let pending: Content[] = [];
  let breakNext = false;
  const emit = (piece: Content) => {
    out.push(breakNext ? { stack: [piece], pageBreak: 'before' } : piece);
    breakNext = false;
  };
  const flush = () => {
    pending.forEach(emit);
    pending = [];
  };
  for (const block of blocks) {
    if (block.breakBefore) {
      flush();
      // A break at the very start, or two in a row, would leave an empty page.
      breakNext = out.length > 0;
      continue;
    }
    if (block.pieces.length === 0) continue;
    if (block.keepWithNext) {
      pending.push(...block.pieces);
      continue;
    }
    if (pending.length > 0 && block.joinable) {
      emit({ stack: [...pending, block.pieces[0]!], unbreakable: true });
      pending = [];
      block.pieces.slice(1).forEach(emit);
      continue;
    }
    flush();
    block.pieces.forEach(emit);
  }
  flush();
  return out;
}
