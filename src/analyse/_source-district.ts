import type { DistrictRef } from '../model/article.js';
import type { Division, Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Resolved } from './_resolve.js';
import type { Part } from './_weighted.js';
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

// 番禺发布, 浏阳日报, 北辰融媒: an outlet named by its county's short name, which the gazetteer does
// not find alone in running text (short names need a place word after them there).
const OUTLET_OF_PLACE = /^([\p{Script=Han}]{2,4}?)(?:发布|日报|晚报|融媒体中心|融媒体|融媒|新闻网|新闻|在线|电视台|广播电视台|之声|微报)$/u;

/** The places a source names: as in running text, or a county by the short name its outlet bears. */
export function placesOfSource(source: string, gazetteer: Gazetteer): { text: string; entries: PlaceEntry[] }[] {
  const simplified = toSimplified(source);
  const found = gazetteer.find(simplified);
  if (found.length > 0) return found;
  const stem = OUTLET_OF_PLACE.exec(simplified)?.[1];
  const entries = stem ? gazetteer.lookup(stem).filter((e) => e.level === 'county') : [];
  return entries.length > 0 ? [{ text: stem!, entries }] : [];
}

/**
 * Of counties the text weighs alike (晋江市 and 隆德县 in a report of their partnership), the one
 * inside the region the source is from (固原日报 → 固原市): a city's paper reports on its own
 * counties. Null when the sources name no place, or hold none or several of the candidates.
 */
export function candidateOfSource(candidates: Division[], input: AnalysisInput, gazetteer: Gazetteer): { division: Division; written: string } | null {
  const inside = new Map<string, { division: Division; written: string }>();
  for (const source of sourceNames(input)) {
    for (const mention of placesOfSource(source, gazetteer)) {
      if (mention.entries.length !== 1) continue;
      const region = mention.entries[0]!.division;
      for (const c of candidates) if (c.code.startsWith(region.code) && !inside.has(c.code)) inside.set(c.code, { division: c, written: mention.text });
    }
  }
  return inside.size === 1 ? [...inside.values()][0]! : null;
}

/** The one county the article's sources name (西青区融媒体中心, 攸县人民政府办公室), or null. */
function countyOfSource(input: AnalysisInput, gazetteer: Gazetteer): { division: Division; written: string } | null {
  const counties = new Map<string, { division: Division; written: string }>();
  for (const source of sourceNames(input)) {
    for (const mention of placesOfSource(source, gazetteer)) {
      const found = new Set(mention.entries.map((e) => gazetteer.countyOf(e.division)));
      const [county] = found;
      // A name shared by several places, or a city's or province's, says no county.
      if (found.size !== 1 || !county) continue;
      if (!counties.has(county.code)) counties.set(county.code, { division: county, written: mention.text });
    }
  }
  return counties.size === 1 ? [...counties.values()][0]! : null;
}

export function districtOfSource(input: AnalysisInput, gazetteer: Gazetteer): DistrictRef | null {
  const only = countyOfSource(input, gazetteer);
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

// 我县赴醴陵市学习考察: in a county's own 简报 or paper, 我县 and 本县 are that county, as its name would be.
const SELF = /(?:我|本)(县|区|旗)/gu;
const SELF_ANY = /[我本][县区旗]/u;
const ACTOR = 1.5;

/**
 * Votes for the county the sources name, one for each 我县, 本区, 我旗 … of the text that fits it
 * (县 for a 县), weighed as its name would be there as the subject (3 × 1.5 in the title, 1.5 in the
 * text): 我县 is who acts, a place it goes to is a partner. None when the sources name no single county.
 */
export function selfMentions(input: AnalysisInput, gazetteer: Gazetteer): Resolved[] {
  const parts: [string, Part, number][] = [[input.title, '标题', 3], [input.lead ?? '', '导语', 2], ...input.paragraphs.map((p): [string, Part, number] => [p, '正文', 1])];
  if (!parts.some(([text]) => SELF_ANY.test(text))) return [];
  const source = countyOfSource(input, gazetteer);
  if (!source) return [];
  const { division } = source;
  const entry: PlaceEntry = { name: division.name, level: 'county', code: division.code, form: 'full', division };
  const votes: Resolved[] = [];
  for (const [text, part, weight] of parts) {
    for (const m of text.matchAll(SELF)) {
      if (!division.name.endsWith(m[1]!)) continue;
      votes.push({ mention: { written: m[0], entries: [entry], part, weight: weight * ACTOR, qualifier: false, supportOnly: false }, entry, via: source.written });
    }
  }
  return votes;
}
