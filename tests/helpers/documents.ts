import { execFileSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';

/** The text of every page of a PDF, as pdf.js extracts it (what a reader's copy-paste gives). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** PDF text with line ends removed: sentences broken across lines read whole again. */
export async function pdfFlatText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join('').replace(/\s+/g, '');
}

/** The files of a DOCX (zip), by name. */
export function docxEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The visible text of word/document.xml (w:t runs), without markup. */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(docxEntries(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

export function hasCommand(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
