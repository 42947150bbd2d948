import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReadError, limitsOf, warning, type ReadMeta, type ReadOptions, type ReadResult } from './_contract.js';
import { validDate } from './_date.js';
import { runsOfItems, type PdfTextItem, type Run } from './pdf/items.js';
import { linesOfRuns, type Line } from './pdf/layout.js';
import { paragraphsOf } from './pdf/paragraphs.js';
import { withDoorRadical } from './pdf/unicode.js';
import { detectScript } from '../analyse/script.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

// Loaded on first use: most builds read no PDF, and the library is large.
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

let assets: { cMapUrl: string; standardFontDataUrl: string } | null = null;

/** The package's own CMaps and standard fonts, read from disk: pdfjs never goes to the network. (Resolved once, not per PDF.) */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  if (assets) return assets;
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return (assets = { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' });
}

/**
 * A PDF with a text layer: lines read column by column (newspaper pages), rejoined into
 * paragraphs, headings by font size. Scanned pages without text are refused, not guessed.
 */
export async function readPdf(bytes: Uint8Array, options: Required<ReadOptions>): Promise<ReadResult> {
  if (bytes.length === 0) throw new ReadError('READ_EMPTY', 'the PDF file is empty (0 bytes); download or export it again');
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) {
    throw new ReadError('READ_CORRUPT', 'the file is not a PDF (it lacks the %PDF header); export it again as PDF or give it its real extension');
  }
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    // pdfjs takes ownership of the buffer it is given, and refuses Node Buffers: hand it a plain copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
    ...pdfjsAssets(),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openError(error);
  }
  try {
    const limit = limitsOf(options).maxPdfPages;
    if (doc.numPages > limit) {
      throw new ReadError('READ_TOO_MANY_PAGES', `the PDF has ${doc.numPages} pages, over the ${limit}-page limit; split it or raise the limit in the config`);
    }
    const lines: Line[] = [];
    const damaged: number[] = [];
    const blank: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await linesOfPage(doc, n).catch(() => null);
      if (page === null) damaged.push(n);
      else if (page.length === 0) blank.push(n);
      else lines.push(...page);
    }
    const paragraphs = paragraphsOf(lines);
    if (paragraphs.length === 0) {
      if (damaged.length > 0) throw new ReadError('READ_CORRUPT', 'the PDF is damaged and its text cannot be read; open it and save or print it again as PDF');
      throw new ReadError('READ_NO_TEXT', 'the PDF has no text layer (it is probably scanned images); run it through OCR or give the article as text');
    }
    const diagnostics = [
      ...(isCutShort(bytes) ? [warning('READ_TRUNCATED', 'the PDF file seems cut short (it has no end marker); text from missing pages cannot be read, check that the download finished')] : []),
      ...damaged.map((n) => warning('READ_CORRUPT', `page ${n} of the PDF is damaged and was skipped; its text is missing`)),
      ...blank.map((n) => warning('READ_NO_TEXT', `page ${n} of the PDF has no text layer (a scanned image?); its content is missing unless it was only pictures`)),
    ];
    const joined = paragraphs.join('\n');
    const text = withDoorRadical(joined, () => detectScript(joined.replaceAll('\u2F3E', '')) === 'zh-Hant');
    return { format: 'pdf', encoding: 'pdf', text, meta: await metaOf(doc), diagnostics };
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('READ_CORRUPT', 'the PDF is damaged and its text cannot be read; open it and save or print it again as PDF', null, { cause: error });
  } finally {
    await doc.destroy();
  }
}

/** A complete PDF ends with %%EOF (possibly followed by a little whitespace or junk). */
function isCutShort(bytes: Uint8Array): boolean {
  return !new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF');
}

function openError(error: unknown): ReadError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new ReadError('READ_ENCRYPTED', 'the PDF is protected by a password; open it, save a copy without the password, and use that', null, { cause: error });
  }
  return new ReadError('READ_CORRUPT', 'the PDF is damaged and cannot be opened; download or export it again', null, { cause: error });
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

// "3", "- 3 -", "— 3 —", "第3页", "3/12", "Page 3 of 12" at the top or bottom of a page.
const PAGE_NUMBER = /^(?:[-—–_~·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4})?[-—–_~·\s]*|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|第\s*\d{1,4}\s*页\s*[,，]?\s*共\s*\d{1,4}\s*页)$/i;

// What a browser prints around a web page, when its headers and footers are on: the time and the
// page's title at the top (11/23/26, 5:52 AM  …, 2026/11/23 05:52  …), its address and the page count
// at the bottom. None of it is the page's.
const BROWSER_PRINT = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?|\d{4}\/\d{1,2}\/\d{1,2}\s+\d{1,2}:\d{2}|(?:https?|file):\/\/\S+)/i;

/**
 * The runs without a browser's header and footer lines (see BROWSER_PRINT), taken off before the
 * layout is read: spanning the page's width, they would hide its column gaps, and the columns of a
 * two-column article would be read across, line by line.
 */
function withoutBrowserPrint(runs: Run[], inMargin: (run: Pick<Run, 'baseline'>) => boolean): Run[] {
  // The margins' rows: runs near one baseline (the title beside the time sits a little lower).
  const rows: Run[][] = [];
  for (const run of runs.filter((r) => inMargin(r)).sort((a, b) => a.baseline - b.baseline)) {
    const row = rows.at(-1);
    if (row && run.baseline - row[0]!.baseline <= Math.max(row[0]!.size, run.size) * 0.8) row.push(run);
    else rows.push([run]);
  }
  // (Runs joined without spaces: a ligature splits "file://" into "fi" and "le://".)
  const printed = rows.filter((row) => BROWSER_PRINT.test([...row].sort((a, b) => a.x0 - b.x0).map((r) => r.text).join('').trim()));
  if (!printed.length) return runs;
  const dropped = new Set(printed.flat());
  return runs.filter((r) => !dropped.has(r));
}

// Blocks are numbered per page; the offset keeps pages apart so paragraphs see a page turn.
const BLOCKS_PER_PAGE = 100_000;

async function linesOfPage(doc: PdfDocument, n: number): Promise<Line[]> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const vertical = new Set(Object.entries(content.styles).filter(([, style]) => style.vertical).map(([name]) => name));
    const { runs, apart } = runsOfItems(content.items as PdfTextItem[], viewport.transform, vertical);
    const margin = viewport.height * 0.1;
    const inMargin = (line: Pick<Line, 'baseline'>) => line.baseline < margin || line.baseline > viewport.height - margin;
    const lines = linesOfRuns(withoutBrowserPrint(runs, inMargin)).map((line) => ({
      ...line,
      block: n * BLOCKS_PER_PAGE + line.block,
      page: n,
      aside: PAGE_NUMBER.test(line.text) && inMargin(line),
    }));
    // Angled or vertical text (stamps, side captions) cannot join the flow; it still counts.
    apart.forEach((text, i) => lines.push({ text, x0: 0, x1: 0, baseline: i, size: 0, block: n * BLOCKS_PER_PAGE + BLOCKS_PER_PAGE - 1 - i, page: n, aside: false }));
    return lines;
  } finally {
    page.cleanup();
  }
}

/** Title and creation date from the document information, when they are real. */
async function metaOf(doc: PdfDocument): Promise<ReadMeta> {
  const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
  const meta: ReadMeta = {};
  const title = typeof info.Title === 'string' ? info.Title.replace(/^Microsoft Word - /, '').replace(/\.(docx?|wps|pdf)$/i, '').trim() : '';
  if (title && !/^(untitled|无标题)$/i.test(title)) meta.title = title;
  const created = typeof info.CreationDate === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(info.CreationDate) : null;
  const date = created ? validDate(Number(created[1]), Number(created[2]), Number(created[3])) : undefined;
  if (date) meta.fileDate = date;
  return meta;
}
