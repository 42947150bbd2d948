import { createRequire } from 'node:module';

interface EmbeddedFont {
  font: unknown;
  constructor: new (doc: PdfKitDocument, font: unknown, id: string) => EmbeddedFont;
}
interface PdfKitDocument {
  _font: EmbeddedFont;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  fontSize(size: number): unknown;
}
type FontMethod = (this: PdfKitDocument, src: unknown, family?: unknown, size?: number) => PdfKitDocument;

/** The first document's parse of each key's font, and PDFKit's EmbeddedFont class to wrap it for the next documents. */
const parsed = new Map<string, { font: unknown; make: EmbeddedFont['constructor'] }>();
let installed = false;

/**
 * Teaches pdfmake's PDFKit document our font keys. PDFKit parses a font anew for every document
 * and opens font names given to it by SVG text (chart labels) from disk; here each key's font is
 * parsed once per process, shared by every document (each still gets its own subset), and the
 * same embedded font serves the text and the charts of a document.
 */
export function installFontLoader(bytesOf: (key: string) => Buffer | undefined): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const PdfmakeDocument = (require('pdfmake/js/PDFDocument.js') as { default: { prototype: { font: FontMethod } } }).default;
  const original = PdfmakeDocument.prototype.font;
  PdfmakeDocument.prototype.font = function (src, family, size) {
    const bytes = typeof src === 'string' ? bytesOf(src) : undefined;
    if (typeof src !== 'string' || !bytes) return original.call(this, src, family, size);
    if (typeof family === 'number') size = family;
    let font = this._fontFamilies[src];
    if (!font) {
      const known = parsed.get(src);
      if (known) {
        font = new known.make(this, known.font, `F${++this._fontCount}`);
        this._fontFamilies[src] = font;
      } else {
        original.call(this, bytes);
        font = this._font;
        this._fontFamilies[src] = font;
        parsed.set(src, { font: font.font, make: font.constructor });
      }
    }
    this._font = font;
    if (size != null) this.fontSize(size);
    return this;
  };
}
