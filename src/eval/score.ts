import type { Article, DistrictRef, Figure, Organization, Person, Project } from '../model/article.js';
import type { GoldArticle, GoldFigure } from './gold.js';

// Scoring one article's facts against its gold entry. Pure functions: the evaluator feeds them what
// the pipeline found, and sums what they return.

export const FACT_TYPES = ['district', 'figures', 'people', 'projects', 'organizations'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** One fact the pipeline missed (`missed`) or reported wrongly (`extra`), said in words for a developer. */
export interface Finding {
  type: FactType;
  verdict: 'missed' | 'extra';
  fact: string;
  /** Why, when the fact was nearly right: the value or titles the pipeline gave instead. */
  note?: string;
}

export interface FactScore {
  tally: Tally;
  findings: Finding[];
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

export function addTally(a: Tally, b: Tally): Tally {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** tp / (tp + fp); 1 when nothing was reported, since nothing reported was wrong. */
export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

/** tp / (tp + fn); 1 when there was nothing to find. */
export function recall(t: Tally): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}

export function f1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Pairs gold items with found items one to one (a multiset match): each found item serves at most
 * one gold item, so a fact reported twice counts once and the copy is a false positive.
 */
export function pairUp<G, F>(gold: readonly G[], found: readonly F[], same: (g: G, f: F) => boolean) {
  const free = found.map(() => true);
  const missed: G[] = [];
  let matched = 0;
  for (const g of gold) {
    const i = found.findIndex((f, k) => free[k] && same(g, f));
    if (i < 0) missed.push(g);
    else {
      free[i] = false;
      matched++;
    }
  }
  const extra = found.filter((_, k) => free[k]);
  return { matched, missed, extra };
}

/** Values agree within 1e-9 relative (0 only with 0). */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

export function scoreFigures(gold: readonly GoldFigure[], found: readonly Figure[]): FactScore {
  const { matched, missed, extra } = pairUp(gold, found, (g, f) => g.text === f.text && sameValue(g.value, f.value));
  const findings: Finding[] = [
    ...missed.map((g): Finding => {
      const near = extra.find((f) => f.text === g.text);
      return { type: 'figures', verdict: 'missed', fact: `${g.text} = ${g.value}`, ...(near ? { note: `found with value ${near.value}` } : {}) };
    }),
    ...extra.map((f): Finding => ({ type: 'figures', verdict: 'extra', fact: `${f.text} = ${f.value}`, note: `label ${f.label || '(none)'}` })),
  ];
  return { tally: { tp: matched, fp: extra.length, fn: missed.length }, findings };
}

const titlesOf = (titles: readonly string[]) => (titles.length ? titles.join('、') : '(no title)');

/** A person counts only with the right name and exactly the right titles, in order. */
export function scorePeople(gold: GoldArticle['people'], found: readonly Person[]): FactScore {
  const same = (g: { name: string; titles: string[] }, f: Person) =>
    g.name === f.name && g.titles.length === f.titles.length && g.titles.every((t, i) => t === f.titles[i]);
  const { matched, missed, extra } = pairUp(gold, found, same);
  const findings: Finding[] = [
    ...missed.map((g): Finding => {
      const near = extra.find((f) => f.name === g.name);
      return { type: 'people', verdict: 'missed', fact: `${g.name}: ${titlesOf(g.titles)}`, ...(near ? { note: `found as ${titlesOf(near.titles)}` } : {}) };
    }),
    ...extra.map((f): Finding => ({ type: 'people', verdict: 'extra', fact: `${f.name}: ${titlesOf(f.titles)}` })),
  ];
  return { tally: { tp: matched, fp: extra.length, fn: missed.length }, findings };
}

/** Project names compare without a trailing 项目 (引热入京 is 引热入京项目) and without spaces. */
export function projectKey(name: string): string {
  return name.replace(/\s+/gu, '').replace(/[项項]目$/u, '');
}

export function scoreProjects(gold: readonly string[], found: readonly Project[]): FactScore {
  const { matched, missed, extra } = pairUp(gold, found, (g, f) => projectKey(g) === projectKey(f.name));
  return {
    tally: { tp: matched, fp: extra.length, fn: missed.length },
    findings: [
      ...missed.map((g): Finding => ({ type: 'projects', verdict: 'missed', fact: g })),
      ...extra.map((f): Finding => ({ type: 'projects', verdict: 'extra', fact: f.name })),
    ],
  };
}

/** Organisation names compare as written, except that the city before a district's agency (天津市河东区…) may be left off. */
export function sameOrganization(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/\s+/gu, '').replace(/^[\p{Script=Han}]{2,3}市(?=[\p{Script=Han}]{1,3}[区县市][\p{Script=Han}]{2,})/u, '');
  return a === b || strip(a) === strip(b);
}

export function scoreOrganizations(gold: readonly string[], found: readonly Organization[]): FactScore {
  const { matched, missed, extra } = pairUp(gold, found, (g, f) => sameOrganization(g, f.name));
  return {
    tally: { tp: matched, fp: extra.length, fn: missed.length },
    findings: [
      ...missed.map((g): Finding => ({ type: 'organizations', verdict: 'missed', fact: g })),
      ...extra.map((f): Finding => ({ type: 'organizations', verdict: 'extra', fact: `${f.name} (${f.type})` })),
    ],
  };
}

/** A district as the gold set writes it: province, city and name, each once (天津市 北辰区; 河北省). */
export function districtPath(d: Pick<DistrictRef, 'name' | 'city' | 'province'> | null): string | null {
  if (!d) return null;
  const parts: string[] = [];
  for (const p of [d.province, d.city, d.name]) if (p && !parts.includes(p)) parts.push(p);
  return parts.join(' ');
}

/**
 * Right when the paths are equal (null with null too). A wrong district is both a false positive
 * and a false negative; an answer where gold has none is a false positive; none where gold has one, a miss.
 */
export function scoreDistrict(gold: string | null, found: DistrictRef | null): FactScore & { correct: boolean } {
  const path = districtPath(found);
  if (path === gold) return { correct: true, tally: { tp: gold === null ? 0 : 1, fp: 0, fn: 0 }, findings: [] };
  const findings: Finding[] = [];
  if (gold !== null) findings.push({ type: 'district', verdict: 'missed', fact: gold, note: `found ${path ?? 'no district'}` });
  if (path !== null) findings.push({ type: 'district', verdict: 'extra', fact: path, note: `expected ${gold ?? 'no district'}` });
  return { correct: false, tally: { tp: 0, fp: path === null ? 0 : 1, fn: gold === null ? 0 : 1 }, findings };
}

export type ArticleFactsFound = Pick<Article, 'district' | 'figures' | 'people' | 'projects' | 'organizations'>;

export interface ArticleScore {
  /** Whether the district is right; false when the article was not found at all. */
  districtCorrect: boolean;
  byType: Record<FactType, FactScore>;
}

const NOTHING_FOUND: ArticleFactsFound = { district: null, figures: [], people: [], projects: [], organizations: [] };

/** Every fact type of one gold article against the article the pipeline made of it (null: none matched). */
export function scoreArticle(gold: GoldArticle, found: ArticleFactsFound | null): ArticleScore {
  const facts = found ?? NOTHING_FOUND;
  const district = scoreDistrict(gold.district, facts.district);
  // An article the pipeline lost gets its district wrong even when gold has none.
  const districtCorrect = found !== null && district.correct;
  return {
    districtCorrect,
    byType: {
      district: { tally: district.tally, findings: district.findings },
      figures: scoreFigures(gold.figures, facts.figures),
      people: scorePeople(gold.people, facts.people),
      projects: scoreProjects(gold.projects, facts.projects),
      organizations: gold.organizations ? scoreOrganizations(gold.organizations, facts.organizations) : { tally: emptyTally(), findings: [] },
    },
  };
}

/** The facts of an article that matches no gold entry: all of them are false positives. */
export function scoreUnexpected(found: ArticleFactsFound, judgeOrganizations: boolean): ArticleScore {
  const none: GoldArticle = { title: '', district: null, figures: [], people: [], projects: [], ...(judgeOrganizations ? { organizations: [] } : {}) };
  const score = scoreArticle(none, found);
  return { ...score, districtCorrect: false };
}
