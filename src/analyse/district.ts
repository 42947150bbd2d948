import type { DistrictRef, Place } from '../model/article.js';
import type { StageDiagnostic } from '../model/diagnostic.js';
import { isMunicipality } from './_divisions.js';
import { loadGazetteer, type Division, type Gazetteer, type PlaceEntry } from './gazetteer.js';
import { resolveMentions, type Resolved } from './_resolve.js';
import { candidateOfSource, districtOfSource, selfMentions } from './_source-district.js';
import { tallyVotes, type Score, type Tally } from './_tally.js';
import { weighMentions } from './_weighted.js';
import type { AnalysisConfig, AnalysisContext, AnalysisInput, Analyser } from './types.js';

/** The resources the place analysers read from the context: the gazetteer with the configured aliases. */
export function createPlaceContext(config: Pick<AnalysisConfig, 'aliases'>): { gazetteer: Gazetteer } {
  return { gazetteer: loadGazetteer(config.aliases) };
}

export function gazetteerOf(ctx: AnalysisContext): Gazetteer {
  return (ctx.gazetteer as Gazetteer | undefined) ?? loadGazetteer(ctx.config.aliases);
}

// The leader must clearly outweigh the runner-up, or the article is not its.
const LEAD_RATIO = 1.3;
// A county loses to its city when the city-wide signals weigh over twice as much.
const CITY_RATIO = 0.5;
// As many of a city's counties, equally weighted, make a round-up of the city.
const ROUND_UP = 3;
// A city or province with no county named must be named in the title or lead, or twice.
const MIN_REGION = 1.5;

/** The district an article belongs to, the places it names, and why. */
export const attributeDistrict: Analyser = (input, ctx) => {
  const gazetteer = gazetteerOf(ctx);
  const resolved = [...resolveMentions(weighMentions(input, gazetteer)), ...selfMentions(input, gazetteer)];
  const tally = tallyVotes(resolved, input, gazetteer);
  const places = placesOf(resolved, gazetteer);
  const decided = withSourceTieBreak(decide(tally, ROUND_UP_TITLE.test(input.title)), tally, input, gazetteer);
  if (decided.kind === 'none') {
    const fromSource = districtOfSource(input, gazetteer);
    if (fromSource) return { facts: { district: fromSource, places } };
    return { facts: { district: null, places }, diagnostics: [noneDiagnostic()] };
  }
  if (decided.kind === 'ambiguous') {
    return { facts: { district: null, places }, diagnostics: [ambiguousDiagnostic(decided.candidates, tally, gazetteer)] };
  }
  const { winner, level } = decided;
  const total = tally.counties.reduce((s, c) => s + c.score, 0) + tally.unresolvedWeight + 0.25 * (best(tally.cities) + best(tally.provinces));
  const denominator = level === 'county' ? total : total + winner.score;
  const strength = 1 - Math.exp(-winner.score / 2);
  const confidence = Math.round(Math.min(1, (winner.score / Math.max(denominator, winner.score)) * (0.6 + 0.4 * strength)) * 100) / 100;
  const path = gazetteer.path(winner.division.code);
  const district: DistrictRef = {
    name: winner.division.name,
    code: winner.division.code,
    city: level === 'province' ? null : (gazetteer.cityOf(winner.division)?.name ?? null),
    province: path[0]!.name,
    level,
    confidence,
    evidence: evidenceOf(winner, level, tally, gazetteer),
  };
  if (decided.tieBreak) district.evidence.push(`与${decided.tieBreak.rivals.join('、')}并列，据来源“${decided.tieBreak.source}”判定`);
  return { facts: { district, places } };
};

type Decision =
  | { kind: 'district'; winner: Score; level: DistrictRef['level']; tieBreak?: { source: string; rivals: string[] } }
  | { kind: 'ambiguous'; candidates: Division[] }
  | { kind: 'none' };

// A title that says the article goes round several places: 江西多地…, 各地…, 全市多个乡镇….
const ROUND_UP_TITLE = /多地|各地|多个(?:区县|县区|县市|乡镇)|多县|多区/u;

function decide(t: Tally, roundUp = false): Decision {
  const [first, second] = t.counties;
  // A province that outweighs its best city (全省 … 雄安新区 once) speaks for the whole province.
  const province = t.provinces[0];
  const city = t.cities[0] && !(province && province.score > t.cities[0].score) ? t.cities[0] : undefined;
  const region = city ?? province;
  const regionLevel = city ? 'city' : 'province';
  if (first && first.score > 0) {
    const tied = second !== undefined && first.score < LEAD_RATIO * second.score;
    const overshadowed = t.unresolvedWeight >= first.score;
    if (region && region.score >= MIN_REGION && first.score < CITY_RATIO * region.score) return { kind: 'district', winner: region, level: regionLevel };
    if (tied && city && city.score >= first.score && contains(city.division, first.division) && contains(city.division, second.division)) {
      return { kind: 'district', winner: city, level: 'city' };
    }
    const leaders = t.counties.filter((c) => c.score * LEAD_RATIO > first.score).map((c) => c.division);
    // 寿光市…青州市…诸城市…, a paragraph each: a round-up of a city's counties is the city's news.
    if (tied && city && leaders.length >= ROUND_UP && leaders.every((d) => contains(city.division, d))) return { kind: 'district', winner: city, level: 'city' };
    // 江西多地秋粮收购见闻 / 余干县…鄱阳县…泰和县…万年县: a round-up, as its title says or as tied
    // counties of three cities show, is the news of the region that holds them, where the text names it.
    // (By its title only where three counties are each named about as much as the first: not 我县多地.)
    const even = t.counties.length >= ROUND_UP && t.counties[ROUND_UP - 1]!.score * 2 >= first.score;
    const covered = roundUp && even ? t.counties.slice(0, ROUND_UP).map((c) => c.division) : tied ? leaders : [];
    if (covered.length >= ROUND_UP) {
      const holder = t.cities.find((c) => covered.every((d) => contains(c.division, d)));
      if (holder) return { kind: 'district', winner: holder, level: 'city' };
      const across = t.provinces.find((p) => covered.every((d) => contains(p.division, d)));
      if (across) return { kind: 'district', winner: across, level: 'province' };
    }
    if (tied) return { kind: 'ambiguous', candidates: leaders };
    if (overshadowed) return { kind: 'ambiguous', candidates: [first.division, ...candidatesOf(t.unresolved)] };
    return { kind: 'district', winner: first, level: 'county' };
  }
  if (t.unresolved.length > 0 && t.unresolvedWeight >= (region?.score ?? 0)) return { kind: 'ambiguous', candidates: candidatesOf(t.unresolved) };
  if (region && region.score >= MIN_REGION) return { kind: 'district', winner: region, level: regionLevel };
  return { kind: 'none' };
}

/** An ambiguous decision settled by the article's source, where it is from one of the candidates' regions. */
function withSourceTieBreak(decided: Decision, t: Tally, input: AnalysisInput, gazetteer: Gazetteer): Decision {
  if (decided.kind !== 'ambiguous') return decided;
  const chosen = candidateOfSource(decided.candidates, input, gazetteer);
  const winner = chosen && t.counties.find((c) => c.division.code === chosen.division.code);
  if (!winner) return decided;
  const rivals = decided.candidates.filter((c) => c !== chosen!.division).map((c) => c.name);
  return { kind: 'district', winner, level: 'county', tieBreak: { source: chosen!.written, rivals } };
}

function contains(outer: Division, inner: Division): boolean {
  return inner.code.startsWith(outer.code);
}

function best(scores: Score[]): number {
  return scores[0]?.score ?? 0;
}

function candidatesOf(unresolved: Resolved[]): Division[] {
  const seen = new Map<string, Division>();
  for (const r of unresolved) for (const e of r.mention.entries) seen.set(e.division.code, e.division);
  return [...seen.values()];
}

const LEVEL_WORD: Record<PlaceEntry['level'], string> = { province: '省级', city: '地市', county: '区县', town: '乡镇', zone: '功能区' };

/** 小淀镇 → 天津市北辰区（乡镇，标题+正文15次）: the mentions that decided, strongest first. */
function evidenceOf(winner: Score, level: DistrictRef['level'], t: Tally, gazetteer: Gazetteer): string[] {
  const groups = new Map<string, { written: string; entry: PlaceEntry; parts: Set<string>; count: number; weight: number; via: string | null }>();
  for (const v of winner.votes) {
    const entry = v.entry!;
    const key = `${v.mention.written}|${entry.division.code}`;
    const g = groups.get(key) ?? { written: v.mention.written, entry, parts: new Set(), count: 0, weight: 0, via: v.via };
    g.parts.add(v.mention.part);
    g.count++;
    g.weight += v.mention.weight;
    groups.set(key, g);
  }
  const target = gazetteer.label(winner.division);
  const lines = [...groups.values()]
    .sort((a, b) => b.weight - a.weight || b.count - a.count)
    .slice(0, 4)
    .map((g) => {
      const kind =
        g.entry.form === 'alias'
          ? g.entry.level === 'zone' ? '功能区' : '旧称'
          : g.entry.form === 'short' ? '简称'
          : isMunicipality(g.entry.division) ? '直辖市' : LEVEL_WORD[g.entry.level];
      const parts = ['标题', '导语', '正文', '来源'].filter((p) => g.parts.has(p)).join('+');
      const via = g.via ? `，据“${g.via}”判定` : '';
      return `${g.written} → ${target}（${kind}，${parts}${g.count}次${via}）`;
    });
  const wide = level === 'city' ? t.cityWide : level === 'province' ? t.provinceWide : 0;
  if (wide > 0) lines.push(`${level === 'city' ? '全市、市委、市政府' : '全省、省委、省政府'}等全局表述${wide}次`);
  const others = t.counties.filter((c) => c.division.code !== winner.division.code).slice(0, 3);
  if (others.length > 0) lines.push(`次要提及：${others.map((c) => `${gazetteer.label(c.division)}（${c.votes.length}次）`).join('、')}`);
  return lines;
}

/** One place per name as written and what it stands for, in order of first mention. */
function placesOf(resolved: Resolved[], gazetteer: Gazetteer): Place[] {
  const places = new Map<string, Place>();
  for (const r of resolved) {
    if (r.mention.supportOnly) continue;
    const entry = r.entry;
    const key = `${r.mention.written}|${entry ? entry.division.code : '?'}`;
    const place = places.get(key);
    if (place) {
      place.mentions++;
      continue;
    }
    const county = entry ? gazetteer.countyOf(entry.division) : null;
    places.set(key, {
      name: r.mention.written,
      level: entry?.level ?? r.mention.entries[0]!.level,
      code: entry?.code ?? null,
      county: county?.name ?? null,
      mentions: 1,
    });
  }
  return [...places.values()];
}

function noneDiagnostic(): StageDiagnostic {
  return { level: 'warning', code: 'ANALYSE_DISTRICT_NONE', message: 'no place name found: the article is not assigned to a district', line: null };
}

function ambiguousDiagnostic(candidates: Division[], t: Tally, gazetteer: Gazetteer): StageDiagnostic {
  const names = candidates.slice(0, 5).map((d) => gazetteer.label(d));
  const more = candidates.length > 5 ? ` and ${candidates.length - 5} more` : '';
  const shared = t.unresolved[0];
  const hint = shared ? `; if "${shared.mention.written}" always means one place for you, map it in analysis.aliases, e.g. "${shared.mention.written}": "${names[0]}"` : '';
  return {
    level: 'warning',
    code: 'ANALYSE_DISTRICT_AMBIGUOUS',
    message: `cannot tell which district the article belongs to: ${names.join('、')}${more} are equally likely, so it is in no district's report${hint}`,
    line: null,
  };
}
