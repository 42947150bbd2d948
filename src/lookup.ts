import { loadGazetteer, type Division, type Gazetteer, type PlaceEntry } from './analyse/gazetteer.js';
import type { PlaceLevel } from './model/article.js';

/** One place a name can stand for, as `jianbao districts` prints it. */
export interface PlaceMatch {
  /** The name as the gazetteer knows it: 小淀镇, 北辰 (short for 北辰区), 塘沽 (an alias). */
  name: string;
  form: 'full' | 'short' | 'alias';
  /** Level of the named place; an alias keeps its own (a zone within a county, a former county). */
  level: PlaceLevel;
  /** Code of the division the name stands for (for an alias: the division it belongs to). */
  code: string;
  /** Province → city → county → town, without a municipality's repeated name: 天津市 北辰区 小淀镇. */
  path: { name: string; code: string; level: PlaceLevel }[];
  /** The full name, as a reader writes it: 天津市北辰区小淀镇. */
  label: string;
  /** The county (区/县) whose briefing an article about the place goes to, or null above county level. */
  county: { name: string; code: string } | null;
}

/**
 * Every place a name can stand for: full names, short forms and aliases (塘沽 → 滨海新区), then, for a
 * name written with its province or city (天津市北辰区小淀镇), the place the whole name says.
 * `aliases` are the project's own (config analysis.aliases).
 */
export function lookupPlaces(query: string, aliases: Record<string, string> = {}): PlaceMatch[] {
  const g = loadGazetteer(aliases);
  const name = query.trim();
  const entries = g.lookup(name);
  const found = entries.length > 0 ? entries : entriesOfCompound(g, name);
  const seen = new Set<string>();
  return found
    .map((e) => matchOf(g, e))
    .filter((m) => {
      const key = `${m.form}:${m.level}:${m.code}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => formRank(a) - formRank(b) || a.code.localeCompare(b.code));
}

/** 天津市北辰区小淀镇: the last name, narrowed to the places that lie in the ones named before it. */
function entriesOfCompound(g: Gazetteer, text: string): PlaceEntry[] {
  const mentions = g.find(text);
  const last = mentions[mentions.length - 1];
  if (!last || last.end !== text.length || mentions.some((m, i) => i > 0 && m.start !== mentions[i - 1]!.end) || mentions[0]!.start !== 0) {
    return [];
  }
  const within = mentions.slice(0, -1).map((m) => new Set(m.entries.map((e) => e.division.code)));
  return last.entries.filter((e) => within.every((codes) => g.path(e.division.code).some((d) => codes.has(d.code))));
}

function matchOf(g: Gazetteer, e: PlaceEntry): PlaceMatch {
  const path: PlaceMatch['path'] = [];
  for (const d of g.path(e.division.code)) {
    if (path[path.length - 1]?.name !== d.name) path.push({ name: d.name, code: d.code, level: d.level });
  }
  const county: Division | null = g.countyOf(e.division);
  return {
    name: e.name,
    form: e.form,
    level: e.level,
    code: e.division.code,
    path,
    label: g.label(e.division),
    county: county ? { name: county.name, code: county.code } : null,
  };
}

const formRank = (m: PlaceMatch) => ({ full: 0, short: 1, alias: 2 })[m.form];
