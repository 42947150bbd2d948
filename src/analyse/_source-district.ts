import type { DistrictRef } from '../model/article.js';
import type { Division, Gazetteer } from './gazetteer.js';
import { toSimplified } from './script.js';
import type { AnalysisInput } from './types.js';

/** How sure a district taken from the source alone is: the text itself names no place. */
const SOURCE_CONFIDENCE = 0.5;

/**
 * The district of a text that names no place but comes from one county's own office or newsroom
 * (成都市郫都区发展和改革局编, 西青区融媒体中心, 来源：嘉善县人民政府网): a county's 简报 says 全区, not
 * its name. Null when the sources name no county, or name more than one.
 */
/** The names in the article's sources (outlet, 来源 bylines). */
function sourceNames(input: AnalysisInput): string[] {
  const { article } = input;
  const sources = new Set([article.outlet, ...article.bylines.filter((b) => b.role === '来源').flatMap((b) => b.names)]);
  return [...sources].filter((s): s is string => !!s);
}

/**
 * Of counties the text weighs alike (晋江市 and 隆德县 in a report of their partnership), the one
 * inside the region the source is from (固原日报 → 固原市): a city's paper reports on its own
 * counties. Null when the sources name no place, or hold none or several of the candidates.
 */
export function candidateOfSource(candidates: Division[], input: AnalysisInput, gazetteer: Gazetteer): { division: Division; written: string } | null {
  const inside = new Map<string, { division: Division; written: string }>();
  for (const source of sourceNames(input)) {
    for (const mention of gazetteer.find(toSimplified(source))) {
      if (mention.entries.length !== 1) continue;
      const region = mention.entries[0]!.division;
      for (const c of candidates) if (c.code.startsWith(region.code) && !inside.has(c.code)) inside.set(c.code, { division: c, written: mention.text });
    }
  }
  return inside.size === 1 ? [...inside.values()][0]! : null;
}

export function districtOfSource(input: AnalysisInput, gazetteer: Gazetteer): DistrictRef | null {
  const counties = new Map<string, { division: Division; written: string }>();
  for (const source of sourceNames(input)) {
    for (const mention of gazetteer.find(toSimplified(source))) {
      const found = new Set(mention.entries.map((e) => gazetteer.countyOf(e.division)));
      const [county] = found;
      // A name shared by several places, or a city's or province's, says no county.
      if (found.size !== 1 || !county) continue;
      if (!counties.has(county.code)) counties.set(county.code, { division: county, written: mention.text });
    }
  }
  const only = counties.size === 1 ? [...counties.values()][0]! : null;
  if (!only) return null;
  const { division, written } = only;
  const path = gazetteer.path(division.code);
  return {
    name: division.name,
    code: division.code,
    city: gazetteer.cityOf(division)?.name ?? null,
    province: path[0]!.name,
    level: 'county',
    confidence: SOURCE_CONFIDENCE,
    evidence: [`${written} → ${gazetteer.label(division)}（来源；正文未提及地名）`],
  };
}
