import { createRequire } from 'node:module';
import type { InputFormat } from '../model/source.js';
import { DEFAULT_LIMITS, ReadError, type Reader, type ReadOptions, type ReadResult } from './_contract.js';
import { readMarkdown, readText } from './text.js';

export { DEFAULT_LIMITS, ReadError } from './_contract.js';
export type { Reader, ReadLimits, ReadMeta, ReadOptions, ReadResult } from './_contract.js';

/**
 * A reader whose module is loaded on first use: mammoth, linkedom and pdf.js are some 200 modules
 * that every parsing thread compiled at start, for a folder of .txt files as much as for .docx.
 */
function lazily<M>(stem: string, pick: (module: M) => Reader): Reader {
  let reader: Promise<Reader> | null = null;
  return async (bytes, options) => (await (reader ??= load<M>(stem).then(pick)))(bytes, options);
}

/**
 * The module next to this one. From TypeScript source under tsx, worker threads run the modules as
 * CommonJS, where only require() goes through tsx; the compiled build always imports.
 */
async function load<M>(stem: string): Promise<M> {
  if (!import.meta.url.endsWith('.ts')) return (await import(/* @vite-ignore */ `./${stem}.js`)) as M;
  try {
    return (await import(/* @vite-ignore */ `./${stem}.ts`)) as M;
  } catch {
    return createRequire(import.meta.url)(`./${stem}.ts`) as M;
  }
}

/** One reader per input format. */
export const readers: Record<InputFormat, Reader> = {
  txt: readText,
  md: readMarkdown,
  html: lazily<typeof import('./html.js')>('html', (m) => m.readHtml),
  docx: lazily<typeof import('./docx.js')>('docx', (m) => m.readDocx),
  pdf: lazily<typeof import('./pdf.js')>('pdf', (m) => m.readPdf),
};

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/** The input format a file name stands for, by its extension; null for files we do not read. */
export function formatOfPath(path: string): InputFormat | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(path);
  return (match && EXTENSIONS[match[1]!.toLowerCase()]) ?? null;
}

/** Reads one input file. Throws ReadError when the file cannot be used at all. */
export async function readInput(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  // One turn of the event loop per file, so that Ctrl-C (SIGINT) stops a long build between files.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const format = formatOfPath(path);
  if (!format) {
    throw new ReadError('READ_FORMAT', `${path} is not a format jianbao reads; use .txt, .md, .html, .docx or .pdf`);
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxFileBytes) {
    throw new ReadError('READ_TOO_LARGE', `the file is ${sizeOf(bytes.length)}, over the ${sizeOf(limits.maxFileBytes)} limit; split it or raise the limit in the config`);
  }
  try {
    return await readers[format](bytes, { limits });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    // A library failing on a strange file is still that file's problem, not the build's.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError('READ_CORRUPT', `the file could not be read (${reason}); open it and save it again, or give the article as .txt`, null, { cause: error });
  }
}

function sizeOf(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
