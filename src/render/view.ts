import type { Article, Briefing, District } from '../model/index.js';
import { articlesPerFile, articleView, digestMoreView, digestOrder } from './_digest.js';
import { figureRows } from './_figure-rows.js';
import { changeChart, formatFigureValue, moneyChart } from './_figures.js';
import {
  endblockView,
  keyPointViews,
  mastheadView,
  periodView,
  personViews,
  placeView,
  projectViews,
} from './_view-parts.js';
import { chineseNumeral } from './format.js';
import { shortTitle } from './_text.js';
import type { ChartSpec } from './tree.js';
import type { DistrictView } from './view-schema.js';

export { districtViewSchema, overviewViewSchema, chartSpecSchema } from './view-schema.js';
export type { DistrictView, OverviewView, ArticleView, FigureView } from './view-schema.js';
export { buildOverviewView } from './_overview.js';

/** What the office sets once (config) and the briefing shows: masthead, 按语, 报尾, limits. */
export interface BriefingSettings {
  /** 区域观察简报 */
  name: string;
  /** 编印单位 */
  unit: string;
  issue: number;
  date: Date;
  /** 按语 */
  note: string | null;
  recipients: { 报: string[]; 送: string[]; 发: string[] };
  copies: number | null;
  maxFigures: number;
  maxKeyPoints: number;
  /** 信息摘编 shows at most this many articles; 30 unless given. */
  maxDigest?: number;
  /** A 目录 follows the title when a district has more articles than this; 8 unless given. */
  tocThreshold?: number;
}

const DEFAULT_MAX_DIGEST = 30;
const DEFAULT_TOC_THRESHOLD = 8;
const MAX_KEYWORDS = 12;
// Officials quoted: more than a page of quotes is more than a leader reads.
const MAX_PEOPLE = 8;
const MAX_THEMES = 6;

// Indexed once per model, not once per district: a national edition has thousands of districts.
const indexes = new WeakMap<Article[], Map<string, Article>>();

function articlesById(briefing: Briefing): Map<string, Article> {
  let index = indexes.get(briefing.articles);
  if (!index || index.size !== briefing.articles.length) indexes.set(briefing.articles, (index = new Map(briefing.articles.map((a) => [a.id, a]))));
  return index;
}

/** Everything the district template shows, formatted for Chinese readers. */
export function buildDistrictView(briefing: Briefing, district: District, settings: BriefingSettings): DistrictView {
  const byId = articlesById(briefing);
  const articles = district.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  const titles = (ids: string[]): string => [...new Set(ids.map((id) => byId.get(id)?.title ?? id))].join('、');
  const perFile = articlesPerFile(briefing);
  const digest = digestOrder(articles).slice(0, Math.max(0, settings.maxDigest ?? DEFAULT_MAX_DIGEST));
  const numberOf = new Map(digest.map((a, i) => [a.id, i + 1]));

  const rows = figureRows(district.figures, settings.maxFigures, district.name);
  const figures = rows.map(({ figure: f, label, value, change, context }) => {
    const number = numberOf.get(f.articleId) ?? null;
    const title = byId.get(f.articleId)?.title ?? '';
    return {
      label,
      value,
      change: change ? formatFigureValue(change) : null,
      context,
      text: f.text,
      kind: f.kind,
      raw: f.value,
      unit: f.unit,
      basis: f.basis ?? null,
      qualifier: f.qualifier ?? null,
      outlook: f.outlook ?? null,
      sentence: f.sentence,
      articleId: f.articleId,
      articleNumber: number,
      source: (number === null ? '' : h2numeral(number)) + shortTitle(title),
      articleTitle: title,
    };
  });
  // Bars are named as the table names its rows, so two bars never share a name.
  // A goal or a forecast drawn beside results would read as one: the table lists them, labelled.
  const charted = rows
    .filter((r) => !r.figure.outlook)
    .flatMap((r) => [{ ...r.figure, label: r.label }, ...(r.change && !r.change.outlook ? [{ ...r.change, label: r.label }] : [])]);
  const keywords = [...district.keywords].sort((a, b) => b.weight - a.weight).slice(0, MAX_KEYWORDS);
  const themes = [...district.themes].sort((a, b) => b.score - a.score).slice(0, MAX_THEMES);
  const figureChart = moneyChart(charted, `${district.name}重点数据`) ?? changeChart(charted, `${district.name}主要指标增幅`);
  const chart = figureChart ?? themeChart(themes, `${district.name}工作主题分布`);
  const projects = projectViews(district, titles);

  return {
    kind: 'district',
    masthead: mastheadView(settings),
    district: district.name,
    place: placeView(district),
    title: `${district.name}工作动态`,
    period: periodView(briefing),
    note: settings.note?.trim() || null,
    articleCount: articles.length,
    toc: articles.length > (settings.tocThreshold ?? DEFAULT_TOC_THRESHOLD),
    keyPoints: keyPointViews(district, articles, settings.maxKeyPoints),
    figures,
    figureSources: articles.length > 1,
    projects,
    projectColumns: {
      status: projects.some((p) => p.statusCode !== null),
      investment: projects.some((p) => p.investmentValue !== null),
    },
    projectNames: projects.map((p) => p.name).join('、'),
    people: personViews(district, titles, articles).slice(0, MAX_PEOPLE),
    articles: digest.map((a, i) => articleView(a, i + 1, district.name, perFile)),
    digestMore: digestMoreView(articles.length, digest.length),
    keywords,
    keywordText: keywords.map((k) => k.word).join('、'),
    themes,
    themeText: themes.map((t) => t.name).join('、'),
    chart,
    chartOf: figureChart ? 'figures' : chart ? 'themes' : null,
    endblock: endblockView(settings),
    generatedAt: briefing.generatedAt,
  };
}

/** （二）: the digest's numbering, so a table cell points at its entry. */
function h2numeral(n: number): string {
  return `（${chineseNumeral(n)}）`;
}

/** Themes by score, when there are enough of them and their scores differ enough to say something. */
function themeChart(themes: { name: string; score: number }[], title: string, min = 3): ChartSpec | null {
  const scored = themes.filter((t) => t.score > 0);
  if (scored.length < min) return null;
  const scores = scored.map((t) => t.score);
  if (Math.max(...scores) < 1.5 * Math.min(...scores)) return null;
  return {
    type: 'hbar',
    title,
    unit: '分',
    categories: scored.map((t) => t.name),
    series: [{ name: '主题得分', values: scored.map((t) => Math.round(t.score * 100) / 100) }],
  };
}
