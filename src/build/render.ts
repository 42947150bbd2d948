import type { Config, OutputFormat } from '../config.js';
import type { Briefing, District } from '../model/briefing.js';
import type { Diagnostic, StageDiagnostic } from '../model/diagnostic.js';
import { parseMarkdown } from '../render/markdown.js';
import { renderTemplate, type TemplateSet } from '../render/templates.js';
import { buildDistrictView, buildOverviewView, type BriefingSettings } from '../render/view.js';
import { FontSet } from '../write/fonts.js';
import { WRITE_ORDER, writers } from '../write/index.js';
import { resolveTheme, type ThemeOverride } from '../write/theme.js';
import type { WriteContext } from '../write/types.js';

/** One report to write: a district's briefing or the overview. */
export interface ReportJob {
  /** File name stem in the output folder. */
  slug: string;
  template: 'district' | 'overview';
  title: string;
  view: unknown;
}

export interface RenderedReport {
  slug: string;
  files: { format: OutputFormat; bytes: Uint8Array }[];
  diagnostics: Diagnostic[];
}

export const OVERVIEW_SLUG = '综述';

export function briefingSettings(config: Config, briefing: Briefing): BriefingSettings {
  const b = config.briefing;
  return {
    name: b.name,
    unit: b.unit,
    issue: briefing.issue,
    date: new Date(briefing.generatedAt),
    note: b.note,
    recipients: b.recipients,
    copies: b.copies,
    maxFigures: b.maxFigures,
    maxKeyPoints: b.maxKeyPoints,
  };
}

/** The reports of this build: the selected districts, then the overview. */
export function reportJobs(briefing: Briefing, districts: District[], config: Config): ReportJob[] {
  const settings = briefingSettings(config, briefing);
  const jobs: ReportJob[] = districts.map((d) => ({
    slug: d.slug,
    template: 'district',
    title: `${d.name}${config.briefing.name}`,
    view: buildDistrictView(briefing, d, settings),
  }));
  if (config.overview && briefing.districts.length > 0) {
    jobs.push({ slug: OVERVIEW_SLUG, template: 'overview', title: `${config.briefing.name}·综述`, view: buildOverviewView(briefing, settings) });
  }
  return jobs;
}

/** view → template → Markdown → tree → every requested format. Pure apart from reading fonts. */
export async function renderReport(
  job: ReportJob,
  templates: TemplateSet,
  config: Config,
  date: Date,
): Promise<RenderedReport> {
  const diagnostics: Diagnostic[] = [];
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
    files.push({ format, bytes: await writers[format](parseMarkdown(markdown), ctx) });
  }
  return { slug: job.slug, files, diagnostics };
}
