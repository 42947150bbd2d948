import type { Config, OutputFormat } from '../config.js';
import type { Diagnostic, StageDiagnostic } from '../model/diagnostic.js';
import { parseMarkdown } from '../render/markdown.js';
import { renderTemplate, type TemplateSet } from '../render/templates.js';
import { FontSet } from '../write/fonts.js';
import { WRITE_ORDER, writers } from '../write/index.js';
import { resolveTheme, type ThemeOverride } from '../write/theme.js';
import type { WriteContext } from '../write/types.js';
import type { ReportJob } from './jobs.js';

export { OVERVIEW_SLUG, briefingSettings, reportJobs, type ReportJob } from './jobs.js';

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

/** view → template → Markdown → tree → every requested format. Pure apart from reading fonts. */
export async function renderReport(
  job: ReportJob,
  templates: TemplateSet,
  config: Config,
  date: Date,
): Promise<RenderedReport> {
  const diagnostics: Diagnostic[] = [];
  let started = performance.now();
  const { markdown, frontMatter } = renderTemplate(templates, job.template, job.view as never);
  const theme = resolveTheme(config.theme, (frontMatter as { theme?: ThemeOverride }).theme);
  const ctx: WriteContext = {
    theme,
    fonts: new FontSet(config.fonts ? [config.fonts] : []),
    meta: { title: job.title, author: config.briefing.unit, subject: config.briefing.name, date },
    assetDirs: [config.input, ...(config.templates ? [config.templates] : [])],
    layout: {},
    report: (d: StageDiagnostic) => diagnostics.push({ ...d, source: d.source ?? `${job.slug} (${job.template})` }),
  };
  const files: RenderedReport['files'] = [];
  for (const format of WRITE_ORDER) {
    if (!config.formats.includes(format)) continue;
    // Each writer gets its own tree: writers may annotate nodes while laying out.
    const bytes = await writers[format](parseMarkdown(markdown), ctx);
    const ms = performance.now() - started;
    files.push(format === 'pdf' ? { format, bytes, ms, pages: pdfPageCount(bytes) } : { format, bytes, ms });
    started = performance.now();
  }
  return { slug: job.slug, files, diagnostics };
}

/** Pages of a PDF as pdfmake writes it: one `/Type /Page` dictionary per page, in plain text. */
export function pdfPageCount(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
