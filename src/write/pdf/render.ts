import PDFDocument from 'pdfkit';
import type { PdfDocument } from './document.js';
import { pageFurniture } from './page.js';
import { paginate } from './paginate.js';
import { createPen } from './pen.js';

/**
 * The PDF's bytes: pages built from the document's items, then each page drawn with PDFKit,
 * which writes the objects, fonts (subset per document) and outline. Synchronous from start to
 * end, so documents written concurrently never share state.
 */
export function renderPdf(document: PdfDocument): Uint8Array {
  const { state, items } = document;
  const { geo, ctx } = state;
  const pages = paginate(items, geo.textHeight);
  const { meta } = ctx;
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.3',
    lang: 'zh-CN',
    font: null as unknown as string,
    info: {
      Title: meta.title,
      Author: meta.author ?? '',
      Subject: meta.subject ?? '',
      Keywords: (meta.keywords ?? []).join('; '),
      Creator: 'jianbao',
      Producer: 'jianbao (PDFKit)',
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  });
  const chunks = collectOutput(doc);
  const pen = createPen(doc, geo.height);
  const furniture = pageFurniture(state);
  pages.forEach((placements, i) => {
    doc.addPage({ size: [geo.width, geo.height], margin: 0 });
    pen.page = i + 1;
    for (const p of placements) p.item.draw(pen, geo.margins.left, geo.margins.top + p.y, p.scale);
    furniture(pen, i + 1);
  });
  doc.end();
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * The document's bytes as PDFKit writes them. PDFKit is a readable stream that pushes every
 * piece of every object on its own, thousands per document; taking the pieces as they are written
 * skips the stream's events. PDFKit writes synchronously, so end() has written everything.
 */
function collectOutput(doc: PDFKit.PDFDocument): Buffer[] {
  // The header the constructor wrote waits in the stream's buffer.
  const head = doc.read() as Buffer | null;
  const chunks: Buffer[] = head ? [head] : [];
  const internals = doc as unknown as { _write(data: string | Buffer): void; _offset: number };
  internals._write = (data) => {
    const chunk = Buffer.isBuffer(data) ? data : Buffer.from(`${data}\n`, 'binary');
    chunks.push(chunk);
    internals._offset += chunk.length;
  };
  return chunks;
}
