import type { Article, Briefing, District } from '../model/index.js';
import { changeChart, figureLabel, formatFigureValue, moneyChart, rankFigures, totalMoney } from './_figures.js';
import {
  articleView,
  endblockView,
  fullDistrictName,
  keyPointViews,
  mastheadView,
  periodView,
  personViews,
  placeView,
  projectViews,
} from './_view-parts.js';
import { formatMoney } from './format.js';
import type { ChartSpec } from './tree.js';
import type { DistrictView, OverviewView } from './view-schema.js';

export { districtViewSchema, overviewViewSchema, chartSpecSchema } from './view-schema.js';
export type { DistrictView, OverviewView, ArticleView, FigureView } from './view-schema.js';

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
}

const MAX_KEYWORDS = 12;
const MAX_THEMES = 6;
const HEADLINE_FIGURES = 2;

function articlesById(briefing: Briefing): Map<string, Article> {
  return new Map(briefing.articles.map((a) => [a.id, a]));
}

/** Everything the district template shows, formatted for Chinese readers. */
export function buildDistrictView(briefing: Briefing, district: District, settings: BriefingSettings): DistrictView {
  const byId = articlesById(briefing);
  const articles = district.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  const titleOf = (id: string): string => byId.get(id)?.title ?? id;
  const titles = (ids: string[]): string => [...new Set(ids.map(titleOf))].join('、');

  const ranked = rankFigures(district.figures).slice(0, Math.max(0, settings.maxFigures));
  const figures = ranked.map((f) => ({
    label: figureLabel(f),
    value: formatFigureValue(f),
    text: f.text,
    kind: f.kind,
    raw: f.value,
    unit: f.unit,
    basis: f.basis ?? null,
    qualifier: f.qualifier ?? null,
    sentence: f.sentence,
    articleId: f.articleId,
    source: titleOf(f.articleId),
  }));
  const keywords = [...district.keywords].sort((a, b) => b.weight - a.weight).slice(0, MAX_KEYWORDS);
  const themes = [...district.themes].sort((a, b) => b.score - a.score).slice(0, MAX_THEMES);
  const figureChart = moneyChart(ranked, `${district.name}重点数据`) ?? changeChart(ranked, `${district.name}主要指标增幅`);
  const chart = figureChart ?? themeChart(themes, `${district.name}工作主题分布`);

  return {
    kind: 'district',
    masthead: mastheadView(settings),
    district: district.name,
    place: placeView(district),
    title: `${district.name}工作动态`,
    period: periodView(briefing),
    note: settings.note?.trim() || null,
    articleCount: articles.length,
    keyPoints: keyPointViews(district, articles, settings.maxKeyPoints),
    figures,
    projects: projectViews(district, titles),
    people: personViews(district, titles),
    articles: articles.map((a, i) => articleView(a, i + 1, district.name)),
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

// A file name as a link target: Chinese stays readable; what Markdown or URLs would misread is encoded.
function hrefOf(file: string): string {
  return file.replace(/[\s()<>%#?\\"']/gu, (c) => encodeURIComponent(c));
}

function districtRow(district: District, byId: Map<string, Article>): OverviewView['districts'][number] {
  const ranked = rankFigures(district.figures);
  const headline = ranked.slice(0, HEADLINE_FIGURES).map((f) => ({ label: figureLabel(f), value: formatFigureValue(f) }));
  const money = totalMoney(district.figures);
  const files = { pdf: `${district.slug}.pdf`, docx: `${district.slug}.docx`, html: `${district.slug}.html` };
  return {
    rank: 0,
    name: district.name,
    fullName: fullDistrictName(district),
    slug: district.slug,
    articleCount: district.articleIds.filter((id) => byId.has(id)).length,
    headline,
    headlineText: headline.map((h) => h.label + h.value).join('；'),
    totalMoney: money > 0 ? formatMoney(money, 'auto', { trim: true }) : '—',
    totalMoneyValue: money,
    files,
    hrefs: { pdf: hrefOf(files.pdf), docx: hrefOf(files.docx), html: hrefOf(files.html) },
  };
}

/** Everything the overview template shows: the districts side by side. */
export function buildOverviewView(briefing: Briefing, settings: BriefingSettings): OverviewView {
  const byId = articlesById(briefing);
  const rows = briefing.districts.map((d) => districtRow(d, byId));
  // Two districts of one name (鼓楼区 in several cities) are told apart by their city.
  const names = rows.map((r) => r.name);
  for (const r of rows) if (names.filter((n) => n === r.name).length > 1) r.name = r.fullName;
  const ranking = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.articleCount - a.r.articleCount || b.r.totalMoneyValue - a.r.totalMoneyValue || a.i - b.i)
    .map(({ r }, i) => ({ ...r, rank: i + 1 }));
  const rankOf = new Map(ranking.map((r) => [r.slug, r.rank]));
  const districts = rows.map((r) => ({ ...r, rank: rankOf.get(r.slug) ?? 0 }));
  const unassigned = briefing.unassignedArticleIds
    .map((id) => byId.get(id))
    .filter((a): a is Article => a !== undefined)
    .map((a, i) => articleView(a, i + 1, null));

  return {
    kind: 'overview',
    masthead: mastheadView(settings),
    title: '各区工作动态综述',
    period: periodView(briefing),
    note: settings.note?.trim() || null,
    districtCount: districts.length,
    articleCount: briefing.articles.length,
    unassignedCount: unassigned.length,
    unassigned,
    districts,
    ranking,
    chart: districts.length >= 2 ? countChart(ranking) : null,
    endblock: endblockView(settings),
    generatedAt: briefing.generatedAt,
  };
}

function countChart(ranking: OverviewView['ranking']): ChartSpec {
  return {
    // Many districts read better as horizontal bars: their names need the room.
    type: ranking.length > 6 ? 'hbar' : 'bar',
    title: '各区信息数量',
    unit: '篇',
    categories: ranking.map((r) => r.name),
    series: [{ name: '信息数量', values: ranking.map((r) => r.articleCount) }],
  };
}
