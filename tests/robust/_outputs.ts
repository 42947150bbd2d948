import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Temporary files anywhere under the output folder. */
export function tempFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

/** The report and model files a reader would open (no hidden or temporary files) → sha256. */
export function outputHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (!name.startsWith('.') && /\.(pdf|docx|json|html)$/.test(name)) out[name] = sha256(readFileSync(join(dir, name)));
  }
  return out;
}

/**
 * Why the output folder is not as a reader and the next build need it, or [] when it is: every
 * PDF opens in pdf.js and has pages, every DOCX unzips with its document, briefing.json parses,
 * and every file the manifest lists has the hash it records.
 */
export async function outputProblems(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.'))) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    try {
      if (name.endsWith('.pdf')) {
        const doc = await pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, stopAtErrors: true }).promise;
        if (doc.numPages < 1) problems.push(`${name}: no pages`);
        await (await doc.getPage(doc.numPages)).getTextContent();
        await doc.destroy();
      } else if (name.endsWith('.docx')) {
        if (!unzipSync(bytes)['word/document.xml']) problems.push(`${name}: no word/document.xml`);
      } else if (name.endsWith('.json')) {
        JSON.parse(new TextDecoder().decode(bytes));
      }
    } catch (e) {
      problems.push(`${name}: ${(e as Error).message}`);
    }
  }
  const manifestFile = join(dir, '.jianbao-manifest.json');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { reports: Record<string, { files: Record<string, string> }> };
    for (const { files } of Object.values(manifest.reports)) {
      for (const [name, hash] of Object.entries(files)) {
        const path = join(dir, name);
        if (!existsSync(path)) problems.push(`manifest lists ${name}, which is missing`);
        else if (sha256(readFileSync(path)) !== hash) problems.push(`manifest's hash of ${name} does not match the file`);
      }
    }
  }
  return problems;
}
