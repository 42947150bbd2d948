import type { Article, Briefing, District } from '../model/index.js';
import { formatDate, formatIssue, formatMoney, formatPeriod, isoDate, truncateText } from './format.js';
import type { ArticleView, EndblockView, MastheadView } from './view-schema.js';
import type { DistrictView } from './view-schema.js';
import type { BriefingSettings } from './view.js';

/** 报头 fields from the settings. */
export function mastheadView(settings: BriefingSettings): MastheadView {
  return {
    name: settings.name,
    issue: formatIssue(settings.issue),
    issueNumber: settings.issue,
    unit: settings.unit,
    date: formatDate(settings.date),
    dateIso: isoDate(settings.date),
  };
}

/** 报尾 lines: only the recipient groups that have names. */
export function endblockView(settings: BriefingSettings): EndblockView {
  const lines = (['报', '送', '发'] as const)
    .map((label) => ({ label, list: settings.recipients[label].filter((n) => n.trim() !== '') }))
    .filter((l) => l.list.length > 0)
    .map((l) => ({ label: l.label, names: l.list.join('、'), list: l.list }));
  const copies = settings.copies ?? null;
  return { lines, copies, copiesText: copies == null ? null : `（共印${copies}份）` };
}

export function periodView(briefing: Briefing): DistrictView['period'] {
  const { since, until } = briefing.period;
  return { since, until, text: formatPeriod(since, until) };
}

/** 天津市北辰区: the district with its city (or province), without saying the same name twice. */
export function fullDistrictName(d: Pick<District, 'name' | 'city' | 'province'>): string {
  const parent = d.city ?? d.province;
  return !parent || d.name.startsWith(parent) || parent === d.name ? d.name : parent + d.name;
}

export function placeView(d: District): DistrictView['place'] {
  return { name: d.name, fullName: fullDistrictName(d), city: d.city, province: d.province, code: d.code, slug: d.slug };
}

/** One digest entry: what the article is, where it came from, and its summary. */
export function articleView(a: Article, number: number, district: string | null): ArticleView {
  const date = a.date ? formatDate(a.date) : null;
  const { startLine, endLine } = a.source;
  const summary = a.summary.length > 0 ? a.summary : fallbackSummary(a);
  return {
    number,
    id: a.id,
    title: a.title,
    kicker: a.kicker,
    subtitle: a.subtitle,
    lead: a.lead,
    outlet: a.outlet,
    date,
    dateIso: a.date,
    sourceFile: a.source.path,
    lines: startLine === endLine ? `第${startLine}行` : `第${startLine}—${endLine}行`,
    meta: [a.outlet, date, a.source.path].filter((p): p is string => !!p).join(' · '),
    bylines: a.bylines.map((b) => b.text).join('　'),
    summary,
    district,
  };
}

/** An article the summariser left empty still says something: its lead or first text paragraph. */
function fallbackSummary(a: Article): string[] {
  const text = a.lead ?? a.paragraphs.find((p) => p.kind === 'text')?.text;
  return text ? [truncateText(text, 120)] : [];
}

const STATUS_NAMES: Record<string, string> = {
  planned: '谋划',
  signed: '签约',
  starting: '开工',
  building: '在建',
  completed: '竣工',
  operating: '运营',
};

type Titles = (ids: string[]) => string;

export function projectViews(d: District, titles: Titles): DistrictView['projects'] {
  const withOrder = d.projects.map((p, i) => ({ p, i }));
  // Largest investment first; projects without a stated amount keep their order, after them.
  withOrder.sort((a, b) => (b.p.investment ?? -1) - (a.p.investment ?? -1) || a.i - b.i);
  return withOrder.map(({ p }) => ({
    name: p.name,
    status: p.status ? STATUS_NAMES[p.status]! : '—',
    statusCode: p.status,
    investment: p.investment != null ? formatMoney(p.investment, 'auto', { trim: true }) : '—',
    investmentValue: p.investment ?? null,
    source: titles(p.articleIds),
  }));
}

/** A quote wrapped whole in “…” loses the marks: templates set quotes apart themselves. */
function unwrapQuote(q: string): string {
  const t = q.trim();
  if (t.startsWith('“') && t.endsWith('”') && t.slice(1, -1).indexOf('“') < 0) return t.slice(1, -1);
  return t;
}

/** Officials who said something, one quote each (the first), shortened at a sentence end. */
export function personViews(d: District, titles: Titles, maxQuote = 60): DistrictView['people'] {
  return d.people
    .map((p) => ({ p, quote: p.quotes.map(unwrapQuote).find((q) => q !== '') }))
    .filter((x): x is { p: (typeof d.people)[number]; quote: string } => x.quote !== undefined)
    .map(({ p, quote }) => ({
      name: p.name,
      titles: p.titles.join('、'),
      titleList: p.titles,
      quote: truncateText(quote, maxQuote),
      quoteFull: quote,
      source: titles(p.articleIds),
    }));
}

/** The district's key points, each traced to the article that says it. */
export function keyPointViews(d: District, articles: Article[], max: number): DistrictView['keyPoints'] {
  const points = d.summary.length > 0 ? d.summary : articles.flatMap((a) => a.summary.slice(0, 1));
  return points.slice(0, Math.max(0, max)).map((text) => {
    const needle = text.trim();
    const from =
      articles.find((a) => a.summary.some((s) => s.trim() === needle)) ??
      articles.find((a) => a.lead?.includes(needle) || a.paragraphs.some((p) => p.text.includes(needle)));
    return { text, articleId: from?.id ?? null, articleTitle: from?.title ?? null };
  });
}
