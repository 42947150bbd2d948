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
export function districtOfSource(input: AnalysisInput, gazetteer: Gazetteer): DistrictRef | null {
  const { article } = input;
  const sources = new Set([article.outlet, ...article.bylines.filter((b) => b.role === '来源').flatMap((b) => b.names)]);
  const counties = new Map<string, { division: Division; written: string }>();
  for (const source of sources) {
    if (!source) continue;
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
