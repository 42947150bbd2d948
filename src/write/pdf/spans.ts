import type { FontFace } from '../fonts.js';

/** Superscripts are drawn at this fraction of their span's size (the usual 58 per cent). */
export const SUP_SCALE = 0.58;

/** A run of text in one face, size and colour: the unit the line layout works on. */
export interface Span {
  text: string;
  face: FontFace;
  /** Font size in points; a superscript is drawn at SUP_SCALE of it. */
  size: number;
  color: string;
  sup?: boolean;
  decoration?: 'lineThrough' | 'underline';
  /** A quarter-em gap follows the span's last character, whatever comes next (a list or footnote number). */
  gapAfter?: boolean;
}

/** The size the glyphs are actually drawn at. */
export function drawSize(span: Span): number {
  return span.sup ? span.size * SUP_SCALE : span.size;
}

/** Whether two spans can be drawn as one text run (same face, size, colour and decoration). */
export function sameLook(a: Span, b: Span): boolean {
  return a.face === b.face && a.size === b.size && a.color === b.color && !!a.sup === !!b.sup && a.decoration === b.decoration;
}

/** The spans with a quarter-em gap after their last character (a list or footnote number before its text). */
export function withGapAfter(spans: Span[]): Span[] {
  return spans.map((s, i) => (i === spans.length - 1 ? { ...s, gapAfter: true } : s));
}
