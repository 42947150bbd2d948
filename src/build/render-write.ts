import type { Config, OutputFormat } from '../config.js';
import { templateDirsOf } from '../config/template-dirs.js';
import type { Diagnostic, StageDiagnostic } from '../model/diagnostic.js';
import { FontSet } from '../write/fonts.js';
import { loadWriter } from '../write/load.js';
import type { WriteContext } from '../write/types.js';
import type { ReportJob } from './jobs.js';
import type { PreparedReport } from './render-prepare.js';

// Apart from render.ts, which also prepares: a thread that is handed prepared reports loads the
// writers only, not the templates, the Markdown parser or the config reader.

export interface RenderedFile {
  format: OutputFormat;
  bytes: Uint8Array;
  /** Time the writer took (the template and Markdown steps are in the first format's time). */
  ms: number;
  /** Pages, for a PDF. */
  pages?: number;
}

export interface RenderedReport {
  slug: string;
  files: RenderedFile[];
  diagnostics: Diagnostic[];
}

/** Layout facts one writer hands the next (the PDF's heading pages, for the DOCX table of contents). */
export type ReportLayout = NonNullable<WriteContext['layout']>;

/** What a thread writing some of a report's formats is given: the tree, and what earlier writers learnt. */
export interface RenderHandOn {
  prepared: PreparedReport;
  layout: ReportLayout;
}

/**
 * The report in `formats`, in that order, each writer seeing what the ones before it learnt
 * (`layout`, filled in here). The first format's time includes preparing the report. Writers may
 * annotate nodes while laying out: each gets a copy of the tree, but for the last one when `spend`
 * says the tree is not needed afterwards (a copy of a 20-page briefing's tree is some 8 ms).
 */
export async function writeReport(
  job: ReportJob,
  prepared: PreparedReport,
  formats: readonly OutputFormat[],
  config: Config,
  date: Date,
  layout: ReportLayout,
  spend = false,
): Promise<{ files: RenderedFile[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const ctx: WriteContext = {
    theme: prepared.theme,
    fonts: new FontSet(config.fonts ? [config.fonts] : []),
    meta: { title: job.title, author: config.briefing.unit, subject: config.briefing.name, date },
    assetDirs: [config.input, ...templateDirsOf(config)],
    layout,
    report: (d: StageDiagnostic) => diagnostics.push({ ...d, source: d.source ?? `${job.slug} (${job.template})` }),
  };
  const files: RenderedFile[] = [];
  let carried = prepared.ms;
  for (const [i, format] of formats.entries()) {
    const started = performance.now();
    const write = await loadWriter(format);
    const bytes = await write(spend && i === formats.length - 1 ? prepared.tree : structuredClone(prepared.tree), ctx);
    const ms = carried + performance.now() - started;
    carried = 0;
    files.push(format === 'pdf' ? { format, bytes, ms, pages: pdfPageCount(bytes) } : { format, bytes, ms });
  }
  return { files, diagnostics };
}

/** Pages of a PDF as pdfmake writes it: one `/Type /Page` dictionary per page, in plain text. */
export function pdfPageCount(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
