import type { Theme } from '../model/article.js';
import { REGIONAL_THEMES, THEME_TABLE } from './_themes.js';
import { isConverted } from './prepare.js';
import { toSimplified } from './script.js';
import type { AnalysisConfig, AnalysisInput, Analyser } from './types.js';

interface Signals {
  name: string;
  /** Longest first, so 招商引资 is counted before 招商 can be. */
  words: [word: string, weight: number][];
}

// Where a signal stands: a title says what the article is about more than a passing sentence does.
const TITLE = 3;
const LEAD = 2;
const HEADING = 1.5;
// A theme must reach this raw score, and a quarter of the best theme's, to be reported.
const MIN_SCORE = 4;
const MIN_SHARE = 0.25;
const MAX_THEMES = 4;

const compiled = new WeakMap<Record<string, string[]>, Signals[]>();

/** The built-in taxonomy, plus the words of `config.themes` (a new theme, or more words for a known one). */
export function themeTaxonomy(extra: AnalysisConfig['themes'] = {}): Signals[] {
  const cached = compiled.get(extra);
  if (cached) return cached;
  const table = new Map<string, Map<string, number>>();
  for (const [name, spec] of Object.entries(THEME_TABLE)) {
    const words = new Map<string, number>();
    for (const item of spec.split(/\s+/u)) {
      const [word, weight] = item.split(':');
      if (word) words.set(word, weight ? Number(weight) : 1);
    }
    table.set(name, words);
  }
  for (const [name, words] of Object.entries(extra)) {
    const known = table.get(name) ?? new Map<string, number>([[name, 3]]);
    for (const w of words) if (w && !known.has(w)) known.set(w, 1.5);
    table.set(name, known);
  }
  const out = [...table].map(([name, words]) => ({
    name,
    words: [...words].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)),
  }));
  compiled.set(extra, out);
  return out;
}

/** Raw score of every theme with any signal, best first. */
function scoreThemes(input: AnalysisInput, taxonomy: Signals[]): { name: string; raw: number }[] {
  const parts: [string, number][] = [[input.title, TITLE]];
  const simplify = isConverted(input) ? toSimplified : (x: string) => x;
  for (const extra of [input.article.kicker, input.article.subtitle]) if (extra) parts.push([simplify(extra), HEADING]);
  if (input.lead) parts.push([input.lead, LEAD]);
  input.article.paragraphs.forEach((p, i) => parts.push([input.paragraphs[i] ?? '', p.kind === 'heading' ? HEADING : p.kind === 'caption' ? 0.5 : 1]));
  // Part by part, each theme's score still adds up in the order of the parts.
  const raws = taxonomy.map(() => 0);
  for (const [text, weight] of parts) {
    const pairs = pairsOf(text);
    taxonomy.forEach((theme, t) => (raws[t]! += weight * signalScore(text, theme.words, pairs)));
  }
  const scores: { name: string; raw: number }[] = [];
  taxonomy.forEach((theme, t) => raws[t]! > 0 && scores.push({ name: theme.name, raw: raws[t]! }));
  return scores.sort((a, b) => b.raw - a.raw || (a.name < b.name ? -1 : 1));
}

// Pairs of adjacent characters, hashed into buckets; a bucket holds many pairs, so a marked bucket
// only says a signal may be there, an unmarked one that it is not.
const PAIR_BUCKETS = 1 << 12;
const marks = new Int32Array(PAIR_BUCKETS);
let stamp = 0;

function pairBucket(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BUCKETS - 1);
}

/** Marks the text's pairs of adjacent characters (valid until the next call): a signal whose first two are not among them is not there. */
function pairsOf(text: string): number {
  if (stamp === 0x7fffffff) {
    marks.fill(0);
    stamp = 0;
  }
  stamp++;
  for (let i = 0; i + 1 < text.length; i++) marks[pairBucket(text.charCodeAt(i), text.charCodeAt(i + 1))] = stamp;
  return stamp;
}

/** Weighted count of a theme's signals in a text; a stretch counted for a longer signal is not counted again. */
function signalScore(text: string, words: [string, number][], pairs: number): number {
  let used: [number, number][] | null = null;
  let score = 0;
  for (const [word, weight] of words) {
    // Some 250 signals against every paragraph: a table lookup rules out most before a search.
    if (word.length >= 2 && marks[pairBucket(word.charCodeAt(0), word.charCodeAt(1))] !== pairs) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (used?.some(([s, e]) => at < e && s < end)) continue;
      (used ??= []).push([at, end]);
      score += weight;
    }
  }
  return score;
}

/** Up to four themes, best first, with a score in 0..1 that grows with the evidence. */
export const classifyThemes: Analyser = (input, ctx) => {
  const scores = scoreThemes(input, themeTaxonomy(ctx.config.themes));
  const best = scores[0]?.raw ?? 0;
  const themes: Theme[] = scores
    .filter((s) => s.raw >= MIN_SCORE && s.raw >= MIN_SHARE * best)
    .slice(0, MAX_THEMES)
    .map((s) => ({ name: s.name, score: Math.round((1 - Math.exp(-s.raw / 12)) * 1000) / 1000 }));
  return { facts: { themes } };
};

/**
 * The themes as the article's province names them: a beat of another province's column goes by its
 * general name (see REGIONAL_THEMES), merged into that theme when the article has it already.
 */
export function themesOfRegion(themes: Theme[], province: string | null): Theme[] {
  if (!themes.some((t) => REGIONAL_THEMES[t.name] && REGIONAL_THEMES[t.name]!.province !== province)) return themes;
  const out: Theme[] = [];
  for (const t of themes) {
    const regional = REGIONAL_THEMES[t.name];
    const name = regional && regional.province !== province ? regional.elsewhere : t.name;
    const same = out.find((o) => o.name === name);
    if (same) same.score = Math.max(same.score, t.score);
    else out.push({ ...t, name });
  }
  return out;
}
