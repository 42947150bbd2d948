import type { Article, DistrictRef, Keyword, Organization, Theme } from './model/article.js';
import type { Briefing, District } from './model/briefing.js';
import { SCHEMA_VERSION } from './model/briefing.js';
import type { Diagnostic } from './model/diagnostic.js';
import type { Source } from './model/source.js';

export interface AssembleOptions {
  version: string;
  generatedAt: string;
  issue: number;
  period: { since: string | null; until: string | null };
  /** True when a county name exists only once in the country, so the name alone is a safe file name. */
  isUniqueCountyName: (name: string) => boolean;
  /** How many key points a district's summary keeps. */
  maxKeyPoints: number;
}

/** Article[] → Briefing: group by district and aggregate each district's facts. */
export function assembleBriefing(
  sources: Source[],
  articles: Article[],
  diagnostics: Diagnostic[],
  options: AssembleOptions,
): Briefing {
  const groups = new Map<string, { ref: DistrictRef; articles: Article[] }>();
  const unassigned: string[] = [];
  for (const a of articles) {
    if (!a.district) {
      unassigned.push(a.id);
      continue;
    }
    const g = groups.get(a.district.code);
    if (g) g.articles.push(a);
    else groups.set(a.district.code, { ref: a.district, articles: [a] });
  }
  const districts = [...groups.values()]
    .map((g) => aggregateDistrict(g.ref, g.articles, options))
    .sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || a.code.localeCompare(b.code));
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'jianbao', version: options.version },
    generatedAt: options.generatedAt,
    period: options.period,
    issue: options.issue,
    sources,
    articles,
    districts,
    unassignedArticleIds: unassigned,
    diagnostics,
  };
}

function levelOrder(level: District['level']): number {
  return level === 'county' ? 0 : level === 'city' ? 1 : 2;
}

export function districtSlug(ref: Pick<DistrictRef, 'name' | 'city' | 'province' | 'level'>, unique: boolean): string {
  return safeFileStem(ref.level !== 'county' || unique ? ref.name : `${ref.city ?? ref.province}-${ref.name}`);
}

/**
 * A name usable as a file name on Linux, macOS and Windows that cannot leave the output folder:
 * no separators, reserved or control characters, no leading dot (`..`), at most 150 bytes.
 */
export function safeFileStem(name: string): string {
  let stem = name.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  while (Buffer.byteLength(stem) > 150) stem = [...stem].slice(0, -1).join('');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem)) stem = `_${stem}`;
  return stem || '_';
}

function aggregateDistrict(ref: DistrictRef, articles: Article[], options: AssembleOptions): District {
  return {
    name: ref.name,
    code: ref.code,
    city: ref.city,
    province: ref.province,
    level: ref.level,
    slug: districtSlug(ref, options.isUniqueCountyName(ref.name)),
    articleIds: articles.map((a) => a.id),
    figures: articles.flatMap((a) => a.figures.map((f) => ({ ...f, articleId: a.id }))),
    projects: mergeProjects(articles),
    people: mergePeople(articles),
    organizations: uniqueBy(
      articles.flatMap((a) => a.organizations),
      (o: Organization) => o.name,
    ),
    keywords: mergeWeighted(articles.map((a) => a.keywords.map((k) => ({ key: k.word, weight: k.weight })))).map(
      (x): Keyword => ({ word: x.key, weight: x.weight }),
    ),
    themes: mergeWeighted(articles.map((a) => a.themes.map((t) => ({ key: t.name, weight: t.score })))).map(
      (x): Theme => ({ name: x.key, score: x.weight }),
    ),
    summary: keyPoints(articles, options.maxKeyPoints),
  };
}

/** One project per name; the most advanced status and any stated investment win. */
function mergeProjects(articles: Article[]): District['projects'] {
  const order = ['planned', 'signed', 'starting', 'building', 'completed', 'operating'];
  const byName = new Map<string, District['projects'][number]>();
  for (const a of articles) {
    for (const p of a.projects) {
      const key = p.name.replace(/项目$/, '');
      const prev = byName.get(key);
      if (!prev) {
        byName.set(key, { ...p, articleIds: [a.id] });
        continue;
      }
      if (p.status && order.indexOf(p.status) > order.indexOf(prev.status ?? '')) prev.status = p.status;
      prev.investment ??= p.investment ?? null;
      if (p.name.length > prev.name.length) prev.name = p.name;
      // Articles come one after another: only the last id can be this one's (a scan would be quadratic).
      if (prev.articleIds[prev.articleIds.length - 1] !== a.id) prev.articleIds.push(a.id);
    }
  }
  return [...byName.values()];
}

function mergePeople(articles: Article[]): District['people'] {
  const byName = new Map<string, District['people'][number]>();
  for (const a of articles) {
    for (const p of a.people) {
      const prev = byName.get(p.name);
      if (!prev) {
        byName.set(p.name, { ...p, titles: [...p.titles], quotes: [...p.quotes], articleIds: [a.id] });
        continue;
      }
      for (const t of p.titles) if (!prev.titles.includes(t)) prev.titles.push(t);
      for (const q of p.quotes) if (!prev.quotes.includes(q)) prev.quotes.push(q);
      // Articles come one after another: only the last id can be this one's (a scan would be quadratic).
      if (prev.articleIds[prev.articleIds.length - 1] !== a.id) prev.articleIds.push(a.id);
    }
  }
  return [...byName.values()];
}

/** Sums weights per key over the articles, normalised so the top key weighs 1; ties by key. */
function mergeWeighted(lists: { key: string; weight: number }[][]): { key: string; weight: number }[] {
  const sums = new Map<string, number>();
  for (const list of lists) for (const { key, weight } of list) sums.set(key, (sums.get(key) ?? 0) + weight);
  const top = Math.max(0, ...sums.values()) || 1;
  return [...sums.entries()]
    .map(([key, w]) => ({ key, weight: Math.round((w / top) * 1000) / 1000 }))
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key, 'zh'));
}

/** The first summary sentence of each article, round-robin, so every article is heard. */
function keyPoints(articles: Article[], max: number): string[] {
  const out: string[] = [];
  for (let round = 0; out.length < max; round++) {
    let added = false;
    for (const a of articles) {
      const s = a.summary[round];
      if (s !== undefined && out.length < max && !out.includes(s)) {
        out.push(s);
        added = true;
      }
    }
    if (!added) break;
  }
  return out;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
