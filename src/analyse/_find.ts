import type { NameKey, PlaceEntry } from './_names.js';
import type { NameTrie } from './_trie.js';
import { isDictionaryWord } from './_jieba.js';

/** One place name found in a text, with everything the name can stand for there. */
export interface PlaceMention {
  /** The name as it stands in the text searched. */
  text: string;
  start: number;
  end: number;
  /** One entry when the name (and an adjacent 省/市 before it) says which place; several when it is shared. */
  entries: PlaceEntry[];
}

// After a bare short form these make it a place: 北辰地区, 武清境内, 昆山高新区.
const PLACE_AFTER = ['地区', '境内', '辖区', '一带', '全域', '域内', '高新区', '开发区', '经开区', '保税区', '经济技术开发区'];
// After a two-character name these make it part of a word: 张镇长, 新县城.
const GUARD_AFTER = new Set(['长', '城', '域', '级']);
// After a short form these make it the name of a street, river or bridge, not of the place: 苏州河
// runs through Shanghai, 南京路 and 河北路 are streets in other cities. (Lakes and parks are left
// out: 东丽湖 lies in 东丽区.)
const FEATURE_AFTER = new Set(['路', '街', '河', '桥']);
// 大街, 大道.
const FEATURE_AFTER_DA = new Set(['街', '道']);

/** As /^(?:路|街|大街|大道|河|桥)/u on the text from `end`, without slicing it. */
function featureAfter(text: string, end: number): boolean {
  const c = text.charAt(end);
  return FEATURE_AFTER.has(c) || (c === '大' && FEATURE_AFTER_DA.has(text.charAt(end + 1)));
}

// 海南区域, 河南县域: the 区/县 belongs to the next word, so a shorter name is read first.
const WEAK_AFTER = new Set(['域', '级']);

interface Match {
  end: number;
  keys: readonly NameKey[];
}

/** A name that counts only where the text names its place elsewhere (addEchoes). */
interface Echo {
  start: number;
  end: number;
  keys: NameKey[];
}

/**
 * Tries are searched in order; for a name found in several, the last one's entries stand.
 * Leftmost-longest scan: at each position the longest name that counts there wins and the scan
 * jumps past it. Short forms that need context and did not have it are kept aside and count in a
 * second step if the text names the same place in full elsewhere (北辰区 … 北辰地区 … 北辰).
 */
export function findMentions(text: string, tries: readonly NameTrie<NameKey>[]): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  // Tentative mentions, and whether naming them twice is enough to keep them.
  const tentative = new Map<PlaceMention, boolean>();
  const echoes: Echo[] = [];
  let matches: Match[] | null = null;
  // A later trie (the configured aliases) overrides an earlier one for the same name: 和平区 → 天津市和平区.
  const collect = (end: number, keys: readonly NameKey[]) => {
    const same = matches === null ? undefined : endingAt(matches, end);
    if (same) same.keys = keys;
    else (matches ??= []).push({ end, keys });
  };
  let i = 0;
  while (i < text.length) {
    matches = null;
    // (An index, not for…of, and the work on a match in a function of its own: this loop runs at every
    // character, and closures over its variables would cost an allocation at every one.)
    for (let t = 0; t < tries.length; t++) tries[t]!.matchesAt(text, i, collect);
    i = matches === null ? i + 1 : takeMatch(text, i, matches, tries, { mentions, tentative, echoes });
  }
  return addEchoes(confirmTentative(mentions, tentative), echoes, text);
}

interface Found {
  mentions: PlaceMention[];
  tentative: Map<PlaceMention, boolean>;
  echoes: Echo[];
}

/** The names that start at `i`: records the one that counts (or an echo) and returns where the scan goes on. */
function takeMatch(text: string, i: number, found: Match[], tries: readonly NameTrie<NameKey>[], { mentions, tentative, echoes }: Found): number {
  // Longest first. (By hand: ends are distinct, and Array#sort allocates even for two.)
  for (let k = 1; k < found.length; k++) {
    const m = found[k]!;
    let j = k - 1;
    for (; j >= 0 && found[j]!.end < m.end; j--) found[j + 1] = found[j]!;
    found[j + 1] = m;
  }
  const prev = mentions.length > 0 && mentions[mentions.length - 1]!.end === i ? mentions[mentions.length - 1]! : null;
  let chosen: { end: number; keys: NameKey[] } | null = null;
  let weak: { end: number; keys: NameKey[] } | null = null;
  for (const m of found) {
    // (Asked only where it matters: it rules out short forms.)
    const feature = m.keys.some((k) => k.form === 'short') && namesFeature(text, m.end, tries);
    const valid = m.keys.filter((k) => counts(k, text, i, m.end, prev) && !(feature && k.form === 'short'));
    if (valid.length === 0) {
      // A short form before 路, 河, 桥… names the street, not the place: not even an echo of it.
      const echo = m.keys.filter((k) => k.echo && !(feature && k.form === 'short'));
      if (echo.length > 0) echoes.push({ start: i, end: m.end, keys: echo });
      continue;
    }
    const isWeak = WEAK_AFTER.has(text.charAt(m.end)) && /[区县市]/u.test(text.charAt(m.end - 1));
    if (!isWeak) {
      chosen = { end: m.end, keys: valid };
      break;
    }
    weak ??= { end: m.end, keys: valid };
  }
  chosen ??= weak;
  if (!chosen) return i + 1;
  const mention = { text: text.slice(i, chosen.end), start: i, end: chosen.end, entries: entriesOf(chosen.keys, prev) };
  const inContext = prev !== null && chosen.keys.some((k) => prev.entries.some((e) => isAncestor(e, k)));
  if (!inContext && chosen.keys.every((k) => k.rule === 'tentative' || k.rule === 'supported')) {
    tentative.set(mention, chosen.keys.every((k) => k.rule === 'tentative'));
  }
  mentions.push(mention);
  return chosen.end;
}

/** The match that ends at `end` (a loop, not find(): no closure for each name found). */
function endingAt(matches: Match[], end: number): Match | undefined {
  for (const m of matches) if (m.end === end) return m;
  return undefined;
}

/** Whether a street, river or bridge word follows, and not another place name (天津河北 is 天津 then 河北区). */
function namesFeature(text: string, end: number, tries: readonly NameTrie<NameKey>[]): boolean {
  if (!featureAfter(text, end)) return false;
  // Only a name that counts on its own: a town's bare short form (河畔) is no place here.
  let place = false;
  const standsAlone = (keys: readonly NameKey[]) => keys.some((k) => k.form !== 'short' || k.rule === 'always' || k.rule === 'guarded');
  for (const trie of tries) trie.matchesAt(text, end, (_, keys) => (place ||= standsAlone(keys)));
  return !place;
}

/** A tentative name stays when the text names it twice or names a place that contains it. */
function confirmTentative(mentions: PlaceMention[], tentative: Map<PlaceMention, boolean>): PlaceMention[] {
  if (tentative.size === 0) return mentions;
  const sure = mentions.filter((m) => !tentative.has(m));
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    if (!tentative.has(m)) {
      out.push(m);
      continue;
    }
    const supported = m.entries.filter((e) => sure.some((s) => s.entries.some((k) => isAncestor(k, e) || sameCounty(k, e))));
    if (supported.length > 0) out.push({ ...m, entries: supported });
    else if (tentative.get(m) && mentions.filter((x) => x.text === m.text).length >= 2) out.push(m);
  }
  return out;
}

function sameCounty(a: PlaceEntry, b: PlaceEntry): boolean {
  const x = a.division.code;
  const y = b.division.code;
  return x.length >= 6 && y.length >= 6 && x.slice(0, 6) === y.slice(0, 6);
}

// Before a name, these make it a common noun: 各沿河镇 are the towns along a river, not 沿河镇.
const PLURAL_BEFORE = new Set(['各', '诸']);
// A two-character name whose first character ends a common word before it is no name there: 扩大港澳
// holds 扩大, not 大港 (天津市滨海新区); 重大港口 likewise. (Inverse document frequency below this is
// a word of everyday text; 向东 in 向东丽湖 is rarer, and stays a possible reading of 东丽.)
const COMMON_WORD = 6.5;

/** Whether the text before `start` turns the name there into part of another word or a common noun. */
function readsAsWord(text: string, start: number, end: number): boolean {
  if (start === 0) return false;
  const before = text.charAt(start - 1);
  if (PLURAL_BEFORE.has(before)) return true;
  return end - start === 2 && /\p{Script=Han}/u.test(before) && isDictionaryWord(before + text.charAt(start), COMMON_WORD);
}

function counts(key: NameKey, text: string, start: number, end: number, prev: PlaceMention | null): boolean {
  if (prev === null && readsAsWord(text, start, end)) return false;
  switch (key.rule) {
    case 'always':
    case 'tentative':
    case 'supported':
      return true;
    case 'guarded':
      return !GUARD_AFTER.has(text.charAt(end));
    case 'context':
      return (prev !== null && prev.entries.some((e) => isAncestor(e, key))) || PLACE_AFTER.some((s) => text.startsWith(s, end));
    case 'echo':
      return false;
  }
}

function isAncestor(outer: PlaceEntry, inner: PlaceEntry): boolean {
  const a = outer.division.code;
  const b = inner.division.code;
  return b.length > a.length && b.startsWith(a);
}

/** Entries for a match; a province or city written right before it keeps only the places inside it. */
function entriesOf(keys: readonly NameKey[], prev: PlaceMention | null): PlaceEntry[] {
  let entries = keys;
  if (prev) {
    const inside = keys.filter((k) => prev.entries.some((e) => isAncestor(e, k)));
    if (inside.length > 0) entries = inside;
  }
  const seen = new Set<string>();
  const out: PlaceEntry[] = [];
  for (const k of [...entries].sort((a, b) => formOrder(a.form) - formOrder(b.form))) {
    const id = `${k.name}|${k.division.code}|${k.level}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ name: k.name, level: k.level, code: k.code, form: k.form, division: k.division });
  }
  return out;
}

function formOrder(form: PlaceEntry['form']): number {
  return form === 'full' ? 0 : form === 'alias' ? 1 : 2;
}

function addEchoes(
  mentions: PlaceMention[],
  echoes: Echo[],
  text: string,
): PlaceMention[] {
  if (echoes.length === 0) return mentions;
  const named = new Set<string>();
  for (const m of mentions) if (m.entries.length === 1 && m.entries[0]!.form !== 'short') named.add(m.entries[0]!.division.code);
  const taken = mentions.map((m) => [m.start, m.end] as const);
  const extra: PlaceMention[] = [];
  for (const e of echoes.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const keys = e.keys.filter((k) => named.has(k.division.code));
    if (keys.length === 0 || taken.some(([s, t]) => e.start < t && s < e.end)) continue;
    taken.push([e.start, e.end]);
    extra.push({ text: text.slice(e.start, e.end), start: e.start, end: e.end, entries: entriesOf(keys, null) });
  }
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}
