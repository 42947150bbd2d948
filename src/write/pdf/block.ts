import type { Content } from 'pdfmake/interfaces.js';
import type { ElementName } from '../theme.js';

/** What one Markdown block becomes: pdfmake pieces, in order, between which a page may break. */
export interface Block {
  pieces: Content[];
  /** A heading: it must not end a page, so it is bound to the start of what follows. */
  keepWithNext?: boolean;
  /** The first piece is a short unbreakable run of lines a heading may be bound to. */
  joinable?: boolean;
  /** `::pagebreak`: the next piece starts a new page. */
  breakBefore?: boolean;
}

/** Where blocks are set: the column width and the element their paragraphs take their look from. */
export interface Frame {
  width: number;
  para: ElementName;
  /** Overrides the element's alignment (`:::center`). */
  align?: 'justify' | 'left' | 'center' | 'right';
  /** Overrides the element's first-line indent, in points. */
  indent?: number;
}

/** Space before the first piece and after the last, as margins on wrapping stacks. */
export function spaced(pieces: Content[], before: number, after: number): Content[] {
  if (pieces.length === 0 || (before <= 0 && after <= 0)) return pieces;
  const out = [...pieces];
  if (out.length === 1) return [{ stack: [out[0]!], margin: [0, before, 0, after] }];
  if (before > 0) out[0] = { stack: [out[0]!], margin: [0, before, 0, 0] };
  if (after > 0) out[out.length - 1] = { stack: [out[out.length - 1]!], margin: [0, 0, 0, after] };
  return out;
}

/** Content indented from both sides of its column. */
export function indented(pieces: Content[], left: number, right: number): Content[] {
  if (left === 0 && right === 0) return pieces;
  return pieces.map((p) => ({ stack: [p], margin: [left, 0, right, 0] }));
}
