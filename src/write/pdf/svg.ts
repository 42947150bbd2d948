import { createRequire } from 'node:module';
import type { FontFace } from '../fonts.js';
import type { Pen } from './pen.js';
import { drawSimpleSvg } from './svg-simple.js';

interface SvgOptions {
  width: number;
  height: number;
  assumePt: boolean;
  fontCallback: (family: string) => string;
  warningCallback: (message: string) => void;
  imageCallback: (href: string) => string;
}
type SvgToPdf = (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options: SvgOptions) => void;

const require = createRequire(import.meta.url);
/** The general SVG renderer pdfmake ships (svg-to-pdfkit, with pdfmake's fixes), for what the simple painter declines. */
const svgToPdf = (require('pdfmake/js/3rd-party/svg-to-pdfkit.js') as { default: SvgToPdf }).default;

/**
 * An SVG (a chart) drawn as vector graphics in a box `w` × `h` at (x, y). Its text is set in the
 * document's own fonts: each font-family list resolves to the first family `faceOf` knows (the
 * chart SVGs name faces by file stem), else to `fallback`.
 */
export function drawSvg(pen: Pen, svg: string, x: number, y: number, w: number, h: number, faceOf: (family: string) => FontFace | null, fallback: FontFace): void {
  const faces = new Map<string, FontFace>();
  const faceOfList = (families: string): FontFace => {
    let face = faces.get(families);
    if (!face) {
      face = fallback;
      for (const name of families.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''))) {
        const found = faceOf(name);
        if (found) {
          face = found;
          break;
        }
      }
      faces.set(families, face);
    }
    return face;
  };
  if (!drawSimpleSvg(pen, svg, x, y, w, h, faceOfList)) drawGeneralSvg(pen, svg, x, y, w, h, faceOfList);
}

/** Any SVG, through svg-to-pdfkit: its texts in the faces `faceOf` gives their font-family lists. */
export function drawGeneralSvg(pen: Pen, svg: string, x: number, y: number, w: number, h: number, faceOf: (families: string) => FontFace): void {
  const fontCallback = (families: string) => {
    const face = faceOf(families);
    pen.font(face);
    return face.stem;
  };
  // No <image> in an SVG is ever opened: PDFKit would read any path or data it names.
  svgToPdf(pen.doc, svg, x, y, { width: w, height: h, assumePt: true, fontCallback, warningCallback: () => {}, imageCallback: () => '' });
}
