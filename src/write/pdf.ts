import type { Writer } from './types.js';
import { pdfDocument } from './pdf/document.js';
import { renderPdf } from './pdf/render.js';

/**
 * The tree as a PDF: our own Chinese line layout on the GB/T 9704 grid and our own page builder,
 * drawn with PDFKit, fonts embedded and subset. Fills ctx.layout.headingPages with the page of
 * each depth-2/3 heading.
 */
export const writePdf: Writer = async (tree, ctx) => {
  const doc = pdfDocument(tree, ctx);
  const bytes = renderPdf(doc);
  if (ctx.layout) {
    ctx.layout.headingPages = doc.headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.page ?? 0);
  }
  return bytes;
};
