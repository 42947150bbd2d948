import type { FontFace } from '../fonts.js';
import { glyphOf, textAdvanceEm } from './glyphs.js';

const advances = new WeakMap<FontFace, Map<number, number>>();

/** Advance of one code point in em (no kerning: Chinese faces have none between ideographs). */
export function advanceEm(face: FontFace, cp: number): number {
  let perFace = advances.get(face);
  if (!perFace) advances.set(face, (perFace = new Map()));
  let em = perFace.get(cp);
  if (em === undefined) {
    em = glyphOf(face, cp).advance / face.font.unitsPerEm;
    perFace.set(cp, em);
  }
  return em;
}

/**
 * Width in points of text drawn in one face at one size, with no character spacing: Latin runs
 * shaped (kerning) exactly as the text is drawn (glyphs.ts), everything else by its advance.
 */
export function textWidth(face: FontFace, text: string, size: number): number {
  return textAdvanceEm(face, text) * size;
}
