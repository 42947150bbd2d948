import { OVERVIEW_SLUG } from '../build/jobs.js';
import { ConfigSchema } from '../config.js';
import type { Briefing } from '../model/briefing.js';
import { formatDate, formatIssue, formatPeriod } from '../render/format.js';
import { buildDistrictView, buildOverviewView, type BriefingSettings } from '../render/view.js';
import { esc, fileHref, type PublishedReport } from './_links.js';
import { districtCard, overviewSection } from './_sections.js';
import { INDEX_STYLE } from './_style.js';

export type { PublishedReport } from './_links.js';

export interface IndexPageOptions {
  /** The briefing's name (区域观察简报), as configured. */
  name?: string;
  /** 编印单位 */
  unit?: string;
  /** Key points in each district's preview. */
  maxKeyPoints?: number;
  /** Figures shown on each district's card. */
  headlineFigures?: number;
  /** The model file beside the page (briefing.json) to link for people who reuse the data, or null. */
  modelFile?: string | null;
}

const CONFIG_DEFAULTS = ConfigSchema.parse({}).briefing;
const DEFAULTS: Required<IndexPageOptions> = {
  name: CONFIG_DEFAULTS.name,
  unit: CONFIG_DEFAULTS.unit,
  maxKeyPoints: CONFIG_DEFAULTS.maxKeyPoints,
  headlineFigures: 3,
  modelFile: null,
};

/**
 * The published index page (output/index.html) as one standalone HTML file: every district's
 * briefing with links to its files, its article count, headline figures and a preview of its first
 * page, and the overview. Pure: the same briefing and reports give the same bytes.
 */
export function writeIndexPage(briefing: Briefing, reports: PublishedReport[], options: IndexPageOptions = {}): string {
  const o: Required<IndexPageOptions> = { ...DEFAULTS, ...definedOnly(options) };
  const settings: BriefingSettings = {
    name: o.name,
    unit: o.unit,
    issue: briefing.issue,
    date: new Date(briefing.generatedAt),
    note: null,
    recipients: { 报: [], 送: [], 发: [] },
    copies: null,
    maxFigures: o.headlineFigures,
    maxKeyPoints: o.maxKeyPoints,
  };
  const bySlug = new Map(reports.map((r) => [r.slug, r]));
  const overview = buildOverviewView(briefing, settings);
  // Each district's view sees only its own articles: the view indexes the articles it is given, once per district.
  const byId = new Map(briefing.articles.map((a) => [a.id, a]));
  const cards = briefing.districts.map((d) => {
    const articles = d.articleIds.map((id) => byId.get(id)).filter((a) => a !== undefined);
    const view = buildDistrictView({ ...briefing, articles }, d, settings);
    return districtCard(view, bySlug.get(d.slug), o.headlineFigures);
  });

  const issue = formatIssue(briefing.issue);
  const period = formatPeriod(briefing.period.since, briefing.period.until);
  const generator = `${briefing.generator.name} ${briefing.generator.version}`;
  const body = [
    '<header class="top">',
    `<h1>${esc(o.name)}</h1>`,
    `<p>${esc(o.unit)} · ${issue} · ${esc(formatDate(briefing.generatedAt))}</p>`,
    period ? `<p>信息时段：${esc(period)}</p>` : '',
    '</header>',
    '<main>',
    overviewSection(overview, bySlug.get(OVERVIEW_SLUG), bySlug),
    cards.length ? `<section aria-labelledby="districts">\n<h2 id="districts">各区县简报</h2>\n<ul class="cards">\n${cards.join('\n')}\n</ul>\n</section>` : '',
    '</main>',
    '<footer>',
    `<p>本页由 ${esc(generator)} 生成。PDF 适合阅读和打印，Word 文件可以编辑后再报送。${
      o.modelFile ? `全部数据见 <a href="${esc(fileHref(o.modelFile))}" type="application/json">${esc(o.modelFile)}</a>。` : ''
    }</p>`,
    '</footer>',
  ].filter(Boolean);

  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${o.name} ${issue}`)}</title>`,
    `<meta name="generator" content="${esc(generator)}">`,
    `<style>\n${INDEX_STYLE}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// An option given as undefined keeps its default, so there is no difference between undefined and absent.
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
