import type { OutputFormat } from '../config.js';
import type { Writer } from './types.js';

/**
 * Each writer loaded on first use: a rendering thread that only ever writes PDFs never loads docx,
 * harfbuzz or resvg, and the reverse, which saves each thread a second of module loading and some
 * hundred megabytes (see build/reports.ts). write/index.ts is the same registry, loaded eagerly.
 */
/** PDF comes first: it lays out pages, and DOCX reuses its page numbers. */
export const WRITE_ORDER: readonly OutputFormat[] = ['pdf', 'docx', 'html'];

const loaders: Record<OutputFormat, () => Promise<Writer>> = {
  pdf: async () => (await import('./pdf.js')).writePdf,
  docx: async () => (await import('./docx.js')).writeDocx,
  html: async () => (await import('./html.js')).writeHtml,
};

const loaded = new Map<OutputFormat, Writer>();

export async function loadWriter(format: OutputFormat): Promise<Writer> {
  let writer = loaded.get(format);
  if (!writer) loaded.set(format, (writer = await loaders[format]()));
  return writer;
}
