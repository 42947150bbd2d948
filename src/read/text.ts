import { isBlank } from './_clean.js';
import { ReadError, type ReadOptions, type ReadResult } from './_contract.js';
import { decodeText } from './_decode.js';

/**
 * Plain text and Markdown: decoded and normalised, otherwise exactly as written. Lines are
 * neither joined nor split here; repairing broken lines is the segmenter's job.
 */
export async function readText(bytes: Uint8Array, _options: Required<ReadOptions>): Promise<ReadResult> {
  if (bytes.length === 0) {
    throw new ReadError('READ_EMPTY', 'the file is empty; put the article text in it or remove it from the input folder');
  }
  const decoded = decodeText(bytes);
  if (isBlank(decoded.text)) {
    throw new ReadError('READ_EMPTY', 'the file holds only blank lines; put the article text in it or remove it from the input folder');
  }
  return { format: 'txt', encoding: decoded.encoding, text: decoded.text, meta: {}, diagnostics: decoded.diagnostics };
}

/** Markdown goes through the same decoder; its marks are the segmenter's to read. */
export async function readMarkdown(bytes: Uint8Array, options: Required<ReadOptions>): Promise<ReadResult> {
  return { ...(await readText(bytes, options)), format: 'md' };
}
