import type { OutputFormat } from '../config.js';
import { writeDocx } from './docx.js';
import { writeHtml } from './html.js';
import { writePdf } from './pdf.js';
import type { Writer } from './types.js';

/** One line per output format. PDF comes first: it lays out pages, and DOCX reuses its page numbers. */
export const writers: Record<OutputFormat, Writer> = {
  pdf: writePdf,
  docx: writeDocx,
  html: writeHtml,
};

export const WRITE_ORDER: readonly OutputFormat[] = ['pdf', 'docx', 'html'];
