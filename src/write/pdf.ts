import type { DocumentTree } from '../render/tree.js';
import type { Writer, WriteContext } from './types.js';
import { type PdfDocument, pdfDocument } from './pdf/document.js';
import { paginate } from './pdf/paginate.js';
import { renderPdf } from './pdf/render.js';

/**
 * The tree as a PDF: our own Chinese line layout on the GB/T 9704 grid and our own page builder,
 * drawn with PDFKit, fonts embedded and subset. Fills ctx.layout.headingPages with the page of
 * each depth-2/3 heading.
 */
export const writePdf: Writer = async (tree, ctx) => {
  const doc = pdfDocument(tree, ctx);
  const bytes = renderPdf(doc);
  if (ctx.layout) ctx.layout.headingPages = headingPages(doc);
  return bytes;
};

/**
 * The pages writePdf tells in ctx.layout.headingPages, from the page builder alone: no page
 * drawn, no font subset, no PDF written (charts are drawn to size them, and kept in ctx.layout).
 */
export function layoutHeadingPages(tree: DocumentTree, ctx: WriteContext): number[] {
  const doc = pdfDocument(tree, ctx);
  paginate(doc.items, doc.state.geo.textHeight);
  return headingPages(doc);
}

/** The page of each depth-2/3 heading, once the pages are built. */
function headingPages(doc: PdfDocument): number[] {
  return doc.headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.page ?? 0);
}
