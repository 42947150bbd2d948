import type { Article, Briefing, District } from '../model/index.js';
import { articlesPerFile, articleView, digestOrder } from './_digest.js';
import { figureRows } from './_figure-rows.js';
import { figureLabel, formatFigureValue, largestMoney } from './_figures.js';
import { endblockView, fullDistrictName, mastheadView, periodView } from './_view-parts.js';
import { formatPercent } from './format.js';
import type { ChartSpec } from './tree.js';
import type { BriefingSettings } from './view.js';
import type { OverviewView } from './view-schema.js';

/** The overview's view: the districts side by side, ranked, with their headline figures. */

const HEADLINE_FIGURES = 2;

// A file name as a link target: Chinese stays readable; what Markdown or URLs would misread is encoded.
function hrefOf(file: string): string {
  return file.replace(/[\s()<>%#?\\"']/gu, (c) => encodeURIComponent(c));
}

function districtRow(district: District, byId: Map<string, Article>, total: number): OverviewView['districts'][number] {
  const headline = figureRows(district.figures, HEADLINE_FIGURES, district.name).map((r) => ({ label: r.label, value: r.value }));
  const top = largestMoney(district.figures);
  const topAmount = top ? { label: figureLabel(top), value: formatFigureValue(top), raw: top.value } : null;
  const articleCount = district.articleIds.filter((id) => byId.has(id)).length;
  const files = { pdf: `${district.slug}.pdf`, docx: `${district.slug}.docx`, html: `${district.slug}.html` };
  return {
    rank: 0,
    name: district.name,
    fullName: fullDistrictName(district),
    slug: district.slug,
    articleCount,
    headline,
    headlineText: headline.map((h) => h.label + h.value).join('；'),
    topAmount,
    topAmountText: topAmount ? topAmount.label + topAmount.value : '—',
    share: total > 0 ? formatPercent(articleCount / total, { digits: 1, trim: true }) : '—',
    files,
    hrefs: { pdf: hrefOf(files.pdf), docx: hrefOf(files.docx), html: hrefOf(files.html) },
  };
}

/** Everything the overview template shows: the districts side by side. */
export function buildOverviewView(briefing: Briefing, settings: BriefingSettings): OverviewView {
  const byId = new Map(briefing.articles.map((a) => [a.id, a]));
  const assigned = briefing.districts.reduce((n, d) => n + d.articleIds.filter((id) => byId.has(id)).length, 0);
  const rows = briefing.districts.map((d) => districtRow(d, byId, assigned));
  // Two districts of one name (鼓楼区 in several cities) are told apart by their city.
  const named = new Map<string, number>();
  for (const r of rows) named.set(r.name, (named.get(r.name) ?? 0) + 1);
  for (const r of rows) if (named.get(r.name)! > 1) r.name = r.fullName;
  const ranking = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.articleCount - a.r.articleCount || (b.r.topAmount?.raw ?? 0) - (a.r.topAmount?.raw ?? 0) || a.i - b.i)
    .map(({ r }, i) => ({ ...r, rank: i + 1 }));
  const rankOf = new Map(ranking.map((r) => [r.slug, r.rank]));
  const districts = rows.map((r) => ({ ...r, rank: rankOf.get(r.slug) ?? 0 }));
  const perFile = articlesPerFile(briefing);
  const unassigned = digestOrder(briefing.unassignedArticleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined)).map(
    (a, i) => articleView(a, i + 1, null, perFile),
  );

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
