import type { OutputFormat } from '../config.js';
import type { Writer } from './types.js';

/** PDF comes first: it lays out pages, and DOCX reuses its page numbers. */
const WRITE_ORDER: readonly OutputFormat[] = ['pdf', 'docx', 'html'];

/** The formats asked for, in the order they are written. */
export function inWriteOrder(formats: readonly OutputFormat[]): OutputFormat[] {
  return WRITE_ORDER.filter((f) => formats.includes(f));
}

/**
 * The writers, one line per output format, each loaded on first use: a rendering thread that only
 * ever writes PDFs never loads docx, harfbuzz or resvg, and the reverse, which saves each thread a
 * second of module loading and some hundred megabytes (see build/reports.ts).
 */
const loaders: Record<OutputFormat, () => Promise<Writer>> = {
  pdf: async () => (await import('./pdf.js')).writePdf,
  docx: async () => (await import('./docx.js')).writeDocx,
  html: async () => (await import('./html.js')).writeHtml,
};

/** The writer of a format (the module system keeps each module once loaded). */
export function loadWriter(format: OutputFormat): Promise<Writer> {
  return loaders[format]();
}
