import { isPersonName, isTitleClause } from './titles.js';

// One item of a list of appointments and removals (任免名单), a sentence of its own:
// 刘思远为成都市温江区人民政府副区长；  何　静为…局长；  唐国强的成都市温江区人民政府副区长职务；
// A two-character name is padded to the width of three with a space, which is no part of it.
const ITEM = /^([\p{Script=Han}](?:[ \u3000]*[\p{Script=Han}]){1,3}?)(为|的)([^，,。；;：:“”]{2,80}?)(职务)?[；;。]?$/u;

/**
 * The person an item of a 任免名单 names, and the posts it gives them: as written for an appointment
 * (为…), marked 原 for a removal (的…职务), which says what they held. Null for any other sentence.
 */
export function appointmentIn(sentence: string): { name: string; start: number; titles: string[] } | null {
  const m = ITEM.exec(sentence.trim());
  if (!m) return null;
  const [, written, verb, posts, duty] = m;
  const name = written!.replace(/[ \u3000]/gu, '');
  if (!isPersonName(name) || (verb === '的') !== (duty !== undefined)) return null;
  const titles = posts!.split('、');
  if (!titles.every((t) => isTitleClause(t))) return null;
  return { name, start: sentence.indexOf(written!), titles: verb === '的' ? titles.map((t) => `原${t}`) : titles };
}
