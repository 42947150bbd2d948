import type { TFontDictionary } from 'pdfmake/interfaces.js';
import type { FontFace } from '../fonts.js';
import { installFontLoader } from './pdfkit-fonts.js';

/**
 * Every face shares one ascent and descent (the ideographic em box: 0.88 em above the baseline,
 * 0.12 below, no line gap). pdfmake sets a line's baseline by its tallest face's ascent and its
 * height by each face's own metrics, so with the faces' native metrics (Fandol 1.0 em, Noto 1.45)
 * a line holding one 黑体 word or one fallback character would sink and grow off the grid.
 */
export const ASCENT = 0.88;
const DESCENT = 0.12;

/** Font names pdfmake hands to PDFKit: not paths, keys of `fontBytes`. */
export const FONT_KEY_PREFIX = 'jianbao-font:';

const fontBytes = new Map<string, Buffer>();
const keyByFile = new Map<string, string>();

/** The face's bytes with its hhea metrics set to the shared em box, kept once per process under a key. */
function fontKey(face: FontFace): string {
  let key = keyByFile.get(face.file);
  if (key) return key;
  const bytes = Buffer.from(face.bytes);
  const hhea = (face.font as unknown as { directory: { tables: Record<string, { offset: number } | undefined> } }).directory.tables.hhea;
  if (hhea) {
    const upm = face.font.unitsPerEm;
    bytes.writeInt16BE(Math.round(ASCENT * upm), hhea.offset + 4);
    bytes.writeInt16BE(-Math.round(DESCENT * upm), hhea.offset + 6);
    bytes.writeInt16BE(0, hhea.offset + 8);
  }
  key = `${FONT_KEY_PREFIX}${keyByFile.size}:${face.stem}`;
  fontBytes.set(key, bytes);
  keyByFile.set(face.file, key);
  return key;
}

/**
 * pdfmake's font dictionary for these faces, each under its file stem (how the chart SVGs name
 * them too). CJK faces have no bold or italic of their own: every style maps to the one file, and
 * the writer picks 黑体 or 楷体 faces explicitly instead.
 */
export function fontDictionary(faces: Iterable<FontFace>): TFontDictionary {
  installFontLoader((key) => fontBytes.get(key));
  const dict: TFontDictionary = {};
  for (const face of faces) {
    const key = fontKey(face);
    dict[face.stem] = { normal: key, bold: key, italics: key, bolditalics: key };
  }
  return dict;
}
