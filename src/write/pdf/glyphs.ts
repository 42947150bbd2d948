import type { FontFace } from '../fonts.js';
import { charClass } from './chars.js';

/** One glyph as drawn: its id in the face, the characters it stands for, its advances in font units. */
export interface Glyph {
  id: number;
  codePoints: number[];
  /** The glyph's own advance (what the PDF's width array says). */
  advance: number;
  /** The advance it is set with (kerning included). */
  xAdvance: number;
}

/**
 * Glyphs of a face, shared by every document a process writes. Chinese characters and marks map one
 * to one onto glyphs (cmap only: Chinese faces have no kerning or ligatures between them); runs
 * of Latin letters and digits are shaped by fontkit for their kerning, without ligatures so that
 * a line has as many glyphs as characters for its character spacing.
 */
const byCodePoint = new WeakMap<FontFace, Map<number, Glyph>>();
const byLatinRun = new WeakMap<FontFace, Map<string, Glyph[]>>();

/** Latin runs are few and repeat (years, figures, units); the cache is dropped wholesale if a corpus is unusually varied. */
const MAX_LATIN_RUNS = 20_000;
const NO_LIGATURES = { liga: false, clig: false, dlig: false, rlig: false, calt: false };

export function glyphOf(face: FontFace, cp: number): Glyph {
  let perFace = byCodePoint.get(face);
  if (!perFace) byCodePoint.set(face, (perFace = new Map()));
  let glyph = perFace.get(cp);
  if (!glyph) {
    const g = face.font.glyphForCodePoint(cp);
    glyph = { id: g.id, codePoints: [cp], advance: g.advanceWidth, xAdvance: g.advanceWidth };
    perFace.set(cp, glyph);
  }
  return glyph;
}

/**
 * A run of Latin text shaped as drawn: shaped in pieces that each end after a space, so a word's
 * kerning never depends on the word before it and pieces repeat across documents.
 */
export function latinGlyphs(face: FontFace, run: string): Glyph[] {
  let perFace = byLatinRun.get(face);
  if (!perFace) byLatinRun.set(face, (perFace = new Map()));
  let glyphs = perFace.get(run);
  if (!glyphs) {
    glyphs = [];
    for (const piece of run.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? []) glyphs.push(...shapedPiece(face, piece));
    if (perFace.size >= MAX_LATIN_RUNS) perFace.clear();
    perFace.set(run, glyphs);
  }
  return glyphs;
}

function shapedPiece(face: FontFace, piece: string): Glyph[] {
  const shaped = face.font.layout(piece, NO_LIGATURES as unknown as string[]);
  return shaped.glyphs.map((g, i) => ({
    id: g.id,
    codePoints: [...g.codePoints],
    advance: g.advanceWidth,
    xAdvance: shaped.positions[i]!.xAdvance,
  }));
}

/**
 * Visits the glyphs that draw `text` in a face, in order, each with the index of the character
 * it ends (-1 inside a shaped run): Chinese characters and marks one by one, Latin runs shaped
 * whole but cut after every index in `cuts` (where a gap will stand). Measuring and drawing both
 * go through here, so what is measured is what is drawn.
 */
export function forEachGlyph(face: FontFace, text: string, cuts: ReadonlySet<number> | undefined, visit: (glyph: Glyph, last: number) => void): void {
  let run = '';
  let index = 0;
  const flush = () => {
    if (!run) return;
    const glyphs = latinGlyphs(face, run);
    for (let k = 0; k < glyphs.length; k++) visit(glyphs[k]!, k === glyphs.length - 1 ? index - 1 : -1);
    run = '';
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const cls = charClass(cp);
    if (cls === 'latin' || cls === 'space') {
      run += ch;
      index++;
      if (cuts?.has(index - 1)) flush();
      continue;
    }
    flush();
    visit(glyphOf(face, cp), index);
    index++;
  }
  flush();
}

/** Advance of `text` in em, as forEachGlyph() sets it. */
export function textAdvanceEm(face: FontFace, text: string, cuts?: ReadonlySet<number>): number {
  let units = 0;
  forEachGlyph(face, text, cuts, (g) => (units += g.xAdvance));
  return units / face.font.unitsPerEm;
}
