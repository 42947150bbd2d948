import type { Config } from '../config.js';
import { parseMarkdown } from '../render/markdown.js';
import { renderTemplate, type TemplateSet } from '../render/templates.js';
import type { DocumentTree } from '../render/tree.js';
import { resolveTheme, type Theme, type ThemeOverride } from '../write/theme.js';
import type { ReportJob } from './jobs.js';

// Apart from render.ts so that the main thread can prepare reports without loading fonts or writers.

/** What a report's writers share: its tree (parsed once) and the theme its front matter sets. */
export interface PreparedReport {
  tree: DocumentTree;
  theme: Theme;
  /** Milliseconds the template and the Markdown parse took. */
  ms: number;
}

/** The report's template rendered and its Markdown parsed. */
export function prepareReport(job: ReportJob, templates: TemplateSet, config: Config): PreparedReport {
  const started = performance.now();
  const { markdown, frontMatter } = renderTemplate(templates, job.template, job.view as never);
  const theme = resolveTheme(config.theme, (frontMatter as { theme?: ThemeOverride }).theme);
  return { tree: parseMarkdown(markdown), theme, ms: performance.now() - started };
}

