import type { FontFace } from '../fonts.js';

/** pdfmake draws superscripts at this fraction of the size (TextInlines.measure). */
export const SUP_SCALE = 0.58;

/** A run of text in one face, size and colour: the unit the line layout works on. */
export interface Span {
  text: string;
  face: FontFace;
  /** pdfmake's fontSize; a superscript is drawn at SUP_SCALE of it. */
  size: number;
  color: string;
  sup?: boolean;
  decoration?: 'lineThrough' | 'underline';
}

/** The size the glyphs are actually drawn at. */
export function drawSize(span: Span): number {
  return span.sup ? span.size * SUP_SCALE : span.size;
}

/** Whether two spans can share one pdfmake inline (same face, size, colour and decoration). */
export function sameLook(a: Span, b: Span): boolean {
  return a.face === b.face && a.size === b.size && a.color === b.color && !!a.sup === !!b.sup && a.decoration === b.decoration;
}
