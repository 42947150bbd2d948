import type { OutputFormat } from '../config.js';
import { writeDocx } from './docx.js';
import { writeHtml } from './html.js';
import { writePdf } from './pdf.js';
import type { Writer } from './types.js';

export { WRITE_ORDER } from './load.js';

/** One line per output format, loaded eagerly (load.ts loads them one by one, on first use). */
export const writers: Record<OutputFormat, Writer> = {
  pdf: writePdf,
  docx: writeDocx,
  html: writeHtml,
};

