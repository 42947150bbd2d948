import type { Division, Gazetteer } from './gazetteer.js';
import type { Resolved } from './_resolve.js';
import type { AnalysisInput } from './types.js';

/** What the article's mentions add up to, per county, per city and per province. */
export interface Tally {
  counties: Score[];
  cities: Score[];
  provinces: Score[];
  /** Mentions of shared names nothing in the article tells apart. */
  unresolved: Resolved[];
  unresolvedWeight: number;
  /** How often the article speaks city-wide (全市, 市委 …) and province-wide (全省, 省委 …). */
  cityWide: number;
  provinceWide: number;
}

export interface Score {
  division: Division;
  score: number;
  votes: Resolved[];
}

// 全市, 市委, 市政府: the article speaks for a whole city (or province), not for one district.
const CITY_WIDE = /全市|我市|本市|市委|市政府|市级/gu;
const PROVINCE_WIDE = /全省|省委|省政府|省级/gu;

/** Where a city or province mention counts: a municipality named as a province is a city. */
function regionOf(d: Division, gazetteer: Gazetteer, cities: Map<string, Score>, provinces: Map<string, Score>): [Map<string, Score>, Division] {
  if (d.level === 'city') return [cities, d];
  const city = gazetteer.path(`${d.code}01`).find((x) => x.level === 'city' && x.name === d.name);
  return city ? [cities, city] : [provinces, d];
}

export function tallyVotes(resolved: Resolved[], input: AnalysisInput, gazetteer: Gazetteer): Tally {
  const counties = new Map<string, Score>();
  const cities = new Map<string, Score>();
  const provinces = new Map<string, Score>();
  const unresolved: Resolved[] = [];
  const add = (map: Map<string, Score>, d: Division, r: Resolved, weight: number) => {
    const s = map.get(d.code) ?? { division: d, score: 0, votes: [] };
    s.score += weight;
    s.votes.push(r);
    map.set(d.code, s);
  };
  for (const r of resolved) {
    // The outlet's city (天津日报 → 天津) can be what 我市 means, but it votes for nothing itself.
    if (r.mention.supportOnly) {
      const d = r.entry?.division;
      if (d && (d.level === 'city' || d.level === 'province')) add(...regionOf(d, gazetteer, cities, provinces), r, 0);
      continue;
    }
    if (!r.entry) {
      unresolved.push(r);
      continue;
    }
    const d = r.entry.division;
    const county = gazetteer.countyOf(d);
    if (county) add(counties, county, r, r.mention.weight);
    else if (r.mention.qualifier) continue;
    else add(...regionOf(d, gazetteer, cities, provinces), r, r.mention.weight);
  }
  const text = [input.title, input.lead ?? '', ...input.paragraphs].join('\n');
  const cityWide = text.match(CITY_WIDE)?.length ?? 0;
  const provinceWide = text.match(PROVINCE_WIDE)?.length ?? 0;
  for (const s of cities.values()) s.score += Math.min(3, 0.5 * cityWide);
  for (const s of provinces.values()) s.score += Math.min(3, 0.5 * provinceWide);
  const sorted = (m: Map<string, Score>) => [...m.values()].sort((a, b) => b.score - a.score || a.division.code.localeCompare(b.division.code));
  return {
    counties: sorted(counties),
    cities: sorted(cities),
    provinces: sorted(provinces),
    unresolved,
    unresolvedWeight: unresolved.reduce((sum, r) => sum + r.mention.weight, 0),
    cityWide,
    provinceWide,
  };
}
