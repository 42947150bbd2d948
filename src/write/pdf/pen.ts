import PDFDocument from 'pdfkit';
import type { FontFace } from '../fonts.js';
import { ASCENT, DESCENT } from './fonts.js';
import type { Glyph } from './glyphs.js';
import { deflatedSubset } from './deflate.js';
import { type GlyphSubset, type TrueTypeSubset, trueTypeSubset } from './subset.js';

/** PDFKit's EmbeddedFont: the parts of it the writer uses. */
interface PdfKitFont {
  id: string;
  document: PDFKit.PDFDocument;
  subset: GlyphSubset;
  widths: number[];
  unicode: number[][];
  scale: number;
  ascender: number;
  descender: number;
  embed(): void;
  ref(): unknown;
}
type PdfKitFontClass = new (doc: PDFKit.PDFDocument, font: FontFace['font'], id: string) => PdfKitFont;

/** A face embedded in one document: glyph ids of the face mapped to the subset's, as the hex the content stream shows. */
export interface DocFont {
  face: FontFace;
  pdf: PdfKitFont;
  codes: Map<number, string>;
}

/** What drawing one document needs: the PDFKit document and its fonts. */
export interface Pen {
  doc: PDFKit.PDFDocument;
  /** The current page (1-based) and its height in points. */
  page: number;
  pageHeight: number;
  font(face: FontFace): DocFont;
  /** Outline entries by heading id, so that a heading's children nest under it. */
  outlines: Map<string, PDFKit.PDFOutline>;
}

let fontClass: PdfKitFontClass | null = null;

/** PDFKit does not export its EmbeddedFont class; a scratch document that opens a font once hands it over. */
function embeddedFontClass(face: FontFace): PdfKitFontClass {
  if (!fontClass) {
    const scratch = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    scratch.font(face.bytes);
    fontClass = (scratch as unknown as { _font: { constructor: PdfKitFontClass } })._font.constructor;
  }
  return fontClass;
}

export function createPen(doc: PDFKit.PDFDocument, pageHeight: number): Pen {
  const fonts = new Map<FontFace, DocFont>();
  return {
    doc,
    page: 0,
    pageHeight,
    outlines: new Map(),
    font(face) {
      let f = fonts.get(face);
      if (!f) fonts.set(face, (f = embedFace(doc, face)));
      return f;
    },
  };
}

/**
 * The face as a font of this document, under its file stem (the name chart SVGs give it). The
 * parsed face is shared with every document of the process; only the subset is the document's.
 * Every face reports the same em box (fonts.ts), as PDFKit and the chart renderer read it.
 */
function embedFace(doc: PDFKit.PDFDocument, face: FontFace): DocFont {
  const internals = doc as unknown as { _fontFamilies: Record<string, PdfKitFont>; _fontCount: number };
  const pdf = new (embeddedFontClass(face))(doc, face.font, `F${++internals._fontCount}`);
  pdf.ascender = ASCENT * 1000;
  pdf.descender = -DESCENT * 1000;
  const subset = trueTypeSubset(face);
  if (subset) embedPreDeflated(pdf, subset);
  internals._fontFamilies[face.stem] = pdf;
  return { face, pdf, codes: new Map() };
}

/**
 * The subset written as deflatedSubset() compresses it (glyphs compressed once per process). The
 * font file is the first object PDFKit's embed() creates: it is given its Filter up front, so
 * PDFKit writes the bytes the subset hands over as they are instead of deflating them again.
 */
function embedPreDeflated(pdf: PdfKitFont, subset: TrueTypeSubset): void {
  const embed = pdf.embed.bind(pdf);
  pdf.subset = { includeGlyph: subset.includeGlyph, encode: () => deflatedSubset(subset) };
  pdf.embed = () => {
    const doc = pdf.document as unknown as { ref: (data?: object) => unknown };
    const ref = doc.ref;
    doc.ref = (data?: object) => {
      doc.ref = ref;
      return ref.call(doc, { ...data, Filter: 'FlateDecode' });
    };
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  };
}

/** The glyph's code in the document's subset (4 hex digits), recording its width and characters for the PDF. */
export function glyphCode(font: DocFont, glyph: Glyph): string {
  let code = font.codes.get(glyph.id);
  if (code === undefined) {
    const id = font.pdf.subset.includeGlyph(glyph.id);
    font.pdf.widths[id] ??= glyph.advance * font.pdf.scale;
    font.pdf.unicode[id] ??= glyph.codePoints;
    code = id.toString(16).padStart(4, '0');
    font.codes.set(glyph.id, code);
  }
  return code;
}
