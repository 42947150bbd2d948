import { ConfigError } from '../errors.js';
import type { PlaceLevel } from '../model/article.js';
import { BUILT_IN_ALIASES } from './_aliases.js';
import { loadDivisions, type Division, type DivisionTable } from './_divisions.js';
import { findMentions, type PlaceMention } from './_find.js';
import { namesOf, type NameKey, type PlaceEntry } from './_names.js';
import { NameTrie } from './_trie.js';

export type { Division } from './_divisions.js';
export type { PlaceEntry } from './_names.js';
export type { PlaceMention } from './_find.js';

/** The national gazetteer: provinces, cities, counties, towns, named zones and aliases. */
export interface Gazetteer {
  division(code: string): Division | undefined;
  /** Province → city → county → town (or zone) for a code; a municipality appears as both province and city. */
  path(code: string): Division[];
  /** The county a division lies in (itself for a county), or null above county level. */
  countyOf(division: Division): Division | null;
  /** The city a division lies in; a municipality's counties give the municipality. */
  cityOf(division: Division): Division | null;
  /** Everything a name can stand for: full names, short forms (北辰 → 北辰区) and aliases (塘沽 → 滨海新区). */
  lookup(name: string): PlaceEntry[];
  /** Every place mention in a text, longest match first, in text order. */
  find(text: string): PlaceMention[];
  /** How a reader names the division in full: 天津市北辰区, 河北省廊坊市, 湖北省仙桃市. */
  label(division: Division): string;
}

let base: { table: DivisionTable; trie: NameTrie<NameKey> } | null = null;
const gazetteers = new Map<string, Gazetteer>();

/**
 * The gazetteer with the built-in aliases plus `extraAliases` (name → place, e.g. 老城厢 → 天津市南开区),
 * cached per alias set. A configured name overrides the national list: "和平区": "天津市和平区" makes
 * 和平区 mean the one in 天津 (not also the one in 沈阳) for this project.
 */
export function loadGazetteer(extraAliases: Record<string, string> = {}): Gazetteer {
  const id = JSON.stringify(Object.entries(extraAliases).sort(([a], [b]) => a.localeCompare(b)));
  let g = gazetteers.get(id);
  if (!g) {
    g = createGazetteer(extraAliases);
    gazetteers.set(id, g);
  }
  return g;
}

function baseIndex(): { table: DivisionTable; trie: NameTrie<NameKey> } {
  if (base) return base;
  const table = loadDivisions();
  const trie = new NameTrie<NameKey>();
  for (const d of table.all) {
    // A municipality's city row repeats the province's name: the province stands for both.
    if (d.level === 'city' && d.name === table.byCode.get(d.parent ?? '')?.name) continue;
    for (const [name, key] of namesOf(d)) trie.insert(name, key);
  }
  const aliases = new NameTrie<NameKey>();
  for (const [alias, target, level] of BUILT_IN_ALIASES) {
    const division = resolveTarget(alias, target, [trie]);
    // 中新天津生态城 is already a zone of 滨海新区 in the national list.
    if (trie.get(alias).some((k) => k.level === 'zone' && k.division.code.startsWith(division.code))) continue;
    addAlias(aliases, alias, division, level);
  }
  base = { table, trie: mergeInto(trie, aliases) };
  return base;
}

function createGazetteer(extraAliases: Record<string, string>): Gazetteer {
  const { table, trie } = baseIndex();
  const tries = [trie];
  const extra = new NameTrie<NameKey>();
  for (const [alias, target] of Object.entries(extraAliases)) addAlias(extra, alias, resolveTarget(alias, target, tries), 'zone');
  if (extra.size > 0) tries.push(extra);

  const division = (code: string) => table.byCode.get(code);
  const path = (code: string): Division[] => {
    const out: Division[] = [];
    for (let d = division(code); d; d = d.parent ? division(d.parent) : undefined) out.unshift(d);
    return out;
  };
  return {
    division,
    path,
    countyOf: (d) => (d.code.length < 6 ? null : (division(d.code.slice(0, 6)) ?? null)),
    cityOf: (d) => path(d.code).find((x) => x.level === 'city') ?? null,
    lookup: (name) => tries.flatMap((t) => t.get(name)).map(({ name: n, level, code, form, division: d }) => ({ name: n, level, code, form, division: d })),
    find: (text) => findMentions(text, tries),
    label: (d) => labelOf(path(d.code)),
  };
}

function labelOf(path: Division[]): string {
  const names: string[] = [];
  for (const d of path) if (names[names.length - 1] !== d.name) names.push(d.name);
  return names.join('');
}

/** The one division a target such as 天津市滨海新区, 东丽区 or 保定市 names; a ConfigError if none or several. */
function resolveTarget(alias: string, target: string, tries: readonly NameTrie<NameKey>[]): Division {
  const mentions = findMentions(target, tries);
  const last = mentions[mentions.length - 1];
  const divisions = [...new Map((last?.entries ?? []).map((e) => [e.division.code, e.division])).values()];
  if (!last || last.end !== target.length || divisions.length !== 1) {
    const why = divisions.length > 1 ? `is ambiguous (${divisions.map((d) => d.code).join(', ')}); write it with its province or city` : 'is not a known place';
    throw new ConfigError(`analysis.aliases: the target of "${alias}", "${target}", ${why}`);
  }
  return divisions[0]!;
}

function addAlias(trie: NameTrie<NameKey>, alias: string, target: Division, level: PlaceLevel): void {
  // "和平区": "天津市和平区" in a config settles a shared name: it is that place, in full, not an alias.
  if (alias === target.name) {
    trie.insert(alias, { name: alias, level: target.level, code: target.code, form: 'full', division: target, rule: 'always', echo: false });
    return;
  }
  const code = level === target.level ? target.code : null;
  trie.insert(alias, { name: alias, level, code, form: 'alias', division: target, rule: 'always', echo: false });
}

function mergeInto(into: NameTrie<NameKey>, from: NameTrie<NameKey>): NameTrie<NameKey> {
  for (const name of from.names()) for (const key of from.get(name)) into.insert(name, key);
  return into;
}

/** County, town, zone and alias names of three characters or more that are never ordinary words: the segmenter's user dictionary. */
export function gazetteerWords(): string[] {
  const { table, trie } = baseIndex();
  const words = new Set<string>();
  for (const d of table.all) {
    if (d.level === 'province' || d.level === 'city' || d.name.length < 3) continue;
    // 分乡镇 or 建设街道 as one word would cut 部分乡镇 or 加强建设街道 wrongly.
    if (namesOf(d).some(([name, key]) => name === d.name && key.rule === 'always')) words.add(d.name);
  }
  for (const [alias] of BUILT_IN_ALIASES) if (alias.length >= 3 && trie.get(alias).length > 0) words.add(alias);
  return [...words].sort();
}

/** True when exactly one county in the country has this name (北辰区 yes, 鼓楼区 no). */
export function isUniqueCountyName(name: string): boolean {
  if (!countyNames) {
    countyNames = new Map();
    for (const d of baseIndex().table.all) if (d.level === 'county') countyNames.set(d.name, (countyNames.get(d.name) ?? 0) + 1);
  }
  return countyNames.get(name) === 1;
}
let countyNames: Map<string, number> | null = null;
