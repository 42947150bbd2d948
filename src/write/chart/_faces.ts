import type { FontFace, FontSet } from '../fonts.js';
import { splitByCoverage } from '../fonts.js';
import type { Theme } from '../theme.js';

/** The faces a chart draws its text in: the chartLabel face, and the fallback for what it lacks. */
export interface ChartFaces {
  label: FontFace;
  fallback: FontFace;
}

export function chartFaces(theme: Theme, fonts: FontSet): ChartFaces {
  return { label: fonts.face(theme.elements.chartLabel.font, theme), fallback: fonts.face('fallback', theme) };
}

const advanceCache = new WeakMap<FontFace, Map<string, number>>();

/** Advance of one character in em units of its face (no kerning: CJK labels have none worth measuring). */
function advanceEm(face: FontFace, ch: string): number {
  let perFace = advanceCache.get(face);
  if (!perFace) advanceCache.set(face, (perFace = new Map()));
  let em = perFace.get(ch);
  if (em === undefined) {
    const glyph = face.font.glyphForCodePoint(ch.codePointAt(0)!);
    em = glyph.advanceWidth / face.font.unitsPerEm;
    perFace.set(ch, em);
  }
  return em;
}

/** Width in points of `text` at `size`, drawn as the chart draws it (label face, fallback per character). */
export function textWidth(text: string, size: number, faces: ChartFaces): number {
  let em = 0;
  for (const run of splitByCoverage(text, faces.label, faces.fallback).runs) {
    for (const ch of run.text) em += advanceEm(run.face, ch);
  }
  return em * size;
}

/** CSS font-family list naming a face: its file stem first (how pdfmake's font dictionary knows it), then its family name (how resvg knows it). */
export function cssFontFamily(face: FontFace): string {
  const names = [face.stem, face.font.familyName].filter((n, i, all) => n && all.indexOf(n) === i);
  return names.map((n) => `'${n.replace(/'/g, '')}'`).join(',');
}
