import type { Article, Briefing, SourceRef } from '../model/index.js';
import { formatDate, truncateText } from './format.js';
import { shortTitle } from './_text.js';
import type { ArticleView } from './view-schema.js';

/**
 * 信息摘编: which articles the digest shows and in what order, and how each entry names its source.
 */

/** By date (undated last), then in the order the district lists them. */
export function digestOrder(articles: Article[]): Article[] {
  return articles
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const dx = x.a.date;
      const dy = y.a.date;
      if (dx !== dy) return dx === null ? 1 : dy === null ? -1 : dx < dy ? -1 : 1;
      return x.i - y.i;
    })
    .map(({ a }) => a);
}

// Counted once per model, not once per district (see articlesById in view.ts).
const perFileCache = new WeakMap<Article[], { sources: Briefing['sources']; counts: Map<string, number> }>();

/** How many articles each input file holds: a file of several needs its line range to find one. */
export function articlesPerFile(briefing: Briefing): Map<string, number> {
  const hit = perFileCache.get(briefing.articles);
  if (hit && hit.sources === briefing.sources) return hit.counts;
  const counts = new Map<string, number>();
  for (const s of briefing.sources) counts.set(s.path, s.articleIds.length);
  for (const a of briefing.articles) {
    for (const ref of [a.source, ...a.copies]) if (!counts.has(ref.path)) counts.set(ref.path, 1);
  }
  perFileCache.set(briefing.articles, { sources: briefing.sources, counts });
  return counts;
}

function fileRef(ref: SourceRef, perFile: ReadonlyMap<string, number>): string {
  if ((perFile.get(ref.path) ?? 1) <= 1) return ref.path;
  return `${ref.path} ${ref.startLine === ref.endLine ? `第${ref.startLine}行` : `第${ref.startLine}—${ref.endLine}行`}`;
}

/** 天津北方网　2023年4月21日（000_x.txt）: outlet and date first, the files it came from, muted, last. */
function sourceText(a: Article, date: string | null, files: string[]): string {
  const head = [a.outlet, date].filter((p): p is string => !!p).join('　');
  const list = files.join('、');
  return head ? `${head}（${list}）` : list;
}

/** One digest entry: what the article is, where it came from, and its summary. */
export function articleView(a: Article, number: number, district: string | null, perFile: ReadonlyMap<string, number>): ArticleView {
  const date = a.date ? formatDate(a.date) : null;
  const { startLine, endLine } = a.source;
  const files = [a.source, ...a.copies].map((ref) => fileRef(ref, perFile));
  const source = sourceText(a, date, files);
  return {
    number,
    id: a.id,
    title: a.title,
    shortTitle: shortTitle(a.title),
    kicker: a.kicker,
    subtitle: a.subtitle,
    lead: a.lead,
    outlet: a.outlet,
    date,
    dateIso: a.date,
    sourceFile: a.source.path,
    files,
    lines: startLine === endLine ? `第${startLine}行` : `第${startLine}—${endLine}行`,
    source,
    meta: `来源：${source}`,
    bylines: a.bylines.map((b) => b.text).join('　'),
    summary: a.summary.length > 0 ? a.summary : fallbackSummary(a),
    district,
  };
}

/** An article the summariser left empty still says something: its lead or first text paragraph. */
function fallbackSummary(a: Article): string[] {
  const text = a.lead ?? a.paragraphs.find((p) => p.kind === 'text')?.text;
  return text ? [truncateText(text, 120)] : [];
}

/** The line under a digest cut at `shown` entries: how many more there are and where to find them. */
export function digestMoreView(total: number, shown: number): { count: number; text: string } | null {
  const count = total - shown;
  if (count <= 0) return null;
  return { count, text: `另有${count}篇信息未列入本期摘编，其标题、摘要和出处见本期 briefing.json。` };
}
