import type { Config } from '../config.js';
import type { TemplateSet } from '../render/templates.js';
import { inWriteOrder } from '../write/load.js';
import type { ReportJob } from './jobs.js';
import { prepareReport } from './render-prepare.js';
import { writeReport, type RenderedReport } from './render-write.js';

export { OVERVIEW_SLUG, briefingSettings, reportJobs, type ReportJob } from './jobs.js';
export { prepareReport, type PreparedReport } from './render-prepare.js';
export { pdfPageCount, writeReport, type RenderedFile, type RenderedReport, type RenderHandOn, type ReportLayout } from './render-write.js';

/** view → template → Markdown → tree → every requested format. Pure apart from reading fonts. */
export async function renderReport(
  job: ReportJob,
  templates: TemplateSet,
  config: Config,
  date: Date,
): Promise<RenderedReport> {
  const prepared = prepareReport(job, templates, config);
  const formats = inWriteOrder(config.formats);
  const { files, diagnostics } = await writeReport(job, prepared, formats, config, date, {}, true);
  return { slug: job.slug, files, diagnostics };
}

