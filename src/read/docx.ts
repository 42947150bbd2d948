import mammoth from 'mammoth';
import { linesOfElement } from './_blocks.js';
import { ReadError, limitsOf, type ReadMeta, type ReadOptions, type ReadResult } from './_contract.js';
import { isoDateOf } from './_date.js';
import { parseFragment } from './_dom.js';
import { docxHeadingPrefix, HEADING_STYLE_MAP, markHandSetHeadings } from './docx/headings.js';
import { assertNotOle } from './docx/ole.js';
import { assertZipWithinLimit, listZipEntries, readZipEntry, type ZipEntry } from './docx/zip.js';

/**
 * A Word file: headings (Title, Heading styles, hand-set centred titles) as `# ` and `## `,
 * paragraphs one per line, table rows one per line with cells joined by two spaces.
 */
export async function readDocx(bytes: Uint8Array, options: Required<ReadOptions>): Promise<ReadResult> {
  if (bytes.length === 0) throw new ReadError('READ_EMPTY', 'the Word file is empty (0 bytes); save it again from Word or WPS');
  assertNotOle(bytes);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ReadError('READ_CORRUPT', 'the file is not a Word .docx document (it is not a zip package); open it in Word or WPS and save it as .docx');
  }
  const entries = listZipEntries(bytes);
  assertZipWithinLimit(bytes, entries, limitsOf(options).maxDecompressedBytes);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ReadError('READ_CORRUPT', 'the zip file has no Word document inside; give the article as .docx saved from Word or WPS');
  }
  const html = await htmlOfDocx(bytes);
  const body = parseFragment(html);
  // mammoth links each note back to its reference with a ↑ that is not in the document.
  for (const link of Array.from(body.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]'))) link.remove();
  const hasTitle = body.querySelector('h1.title') !== null;
  const lines = linesOfElement(body, docxHeadingPrefix(hasTitle));
  if (lines.length === 0) {
    throw new ReadError('READ_NO_TEXT', 'the Word file has no text paragraphs (only images or empty pages?); paste the article text into it or give a .txt');
  }
  return { format: 'docx', encoding: 'docx', text: lines.join('\n'), meta: coreProperties(bytes, entries), diagnostics: [] };
}

async function htmlOfDocx(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: HEADING_STYLE_MAP,
        transformDocument: markHandSetHeadings,
        // Pictures carry no text; skipping them keeps the HTML small.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
    return result.value;
  } catch (error) {
    throw new ReadError('READ_CORRUPT', 'the Word file is damaged and cannot be opened; open it in Word or WPS and save it again as .docx', null, { cause: error });
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!match) return undefined;
  const text = match[1]!
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
      name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1)))
      : XML_ENTITIES[name] ?? entity)
    .trim();
  return text || undefined;
}

/** Title and creation date from docProps/core.xml, when the author's program filled them in. */
function coreProperties(bytes: Uint8Array, entries: readonly ZipEntry[]): ReadMeta {
  const core = readZipEntry(bytes, entries, 'docProps/core.xml');
  if (!core) return {};
  const xml = new TextDecoder().decode(core);
  const meta: ReadMeta = {};
  const title = xmlText(xml, 'dc:title');
  if (title) meta.title = title;
  const date = isoDateOf(xmlText(xml, 'dcterms:created'));
  if (date) meta.fileDate = date;
  return meta;
}
