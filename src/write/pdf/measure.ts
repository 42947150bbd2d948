import type { FontFace } from '../fonts.js';
import { charClass } from './chars.js';

const advances = new WeakMap<FontFace, Map<number, number>>();
const latinWidths = new WeakMap<FontFace, Map<string, number>>();

/** Advance of one code point in em (no kerning: Chinese faces have none between ideographs). */
export function advanceEm(face: FontFace, cp: number): number {
  let perFace = advances.get(face);
  if (!perFace) advances.set(face, (perFace = new Map()));
  let em = perFace.get(cp);
  if (em === undefined) {
    em = face.font.glyphForCodePoint(cp).advanceWidth / face.font.unitsPerEm;
    perFace.set(cp, em);
  }
  return em;
}

/**
 * Width in em of a Latin chunk shaped as PDFKit shapes it when drawing (kerning applied, and
 * shaped in pieces that each end after a space, as PDFKit's layout cache splits them), so that
 * what we measure is what pdfmake measures and draws.
 */
function latinEm(face: FontFace, chunk: string): number {
  let perFace = latinWidths.get(face);
  if (!perFace) latinWidths.set(face, (perFace = new Map()));
  let em = perFace.get(chunk);
  if (em === undefined) {
    em = 0;
    for (const piece of chunk.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? []) {
      em += face.font.layout(piece).advanceWidth / face.font.unitsPerEm;
    }
    perFace.set(chunk, em);
  }
  return em;
}

/** Width in points of text drawn in one face at one size, with no character spacing. */
export function textWidth(face: FontFace, text: string, size: number): number {
  let em = 0;
  let latin = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const cls = charClass(cp);
    if (cls === 'latin' || cls === 'space') {
      latin += ch;
      continue;
    }
    if (latin) em += latinEm(face, latin);
    latin = '';
    em += advanceEm(face, cp);
  }
  if (latin) em += latinEm(face, latin);
  return em * size;
}
