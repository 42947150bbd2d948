import { isPersonName, isTitleClause } from './titles.js';

// One item of a list of appointments and removals (任免名单), a sentence of its own:
// 刘思远为成都市温江区人民政府副区长；  何　静为…局长；  唐国强的成都市温江区人民政府副区长职务；
// A two-character name is padded to the width of three with a space, which is no part of it.
const NAME_THEN = /[为的 \u3000]/u;
const ITEM = /^([\p{Script=Han}](?:[ \u3000]*[\p{Script=Han}]){1,3}?)(为|的)([^，,。；;：:“”]{2,80}?)(职务)?[；;。]?$/u;
// 张海峰　巴城镇人民政府副镇长, 李　婷　千灯镇水利站站长: a name, then a space, then the post, as lists
// of people commended or elected set them, one to a line.
const LISTED = /^([\p{Script=Han}](?:[ \u3000]?[\p{Script=Han}]){1,3})[ \u3000]{1,4}([^\s\u3000，,。；;：:“”]{2,40})$/u;

/**
 * The person an item of a 任免名单 or a list of people names, and the posts it gives them: as written
 * for an appointment (为…) or a listed post, marked 原 for a removal (的…职务), which says what they
 * held. Null for any other sentence.
 */
export function appointmentIn(sentence: string): { name: string; titles: string[] } | null {
  // Both forms have 为, 的 or a space right after the name: most sentences have none there.
  if (!NAME_THEN.test(sentence.slice(0, 8))) return null;
  const listed = LISTED.exec(sentence.trim());
  if (listed) {
    const name = listed[1]!.replace(/[ \u3000]/gu, '');
    return isPersonName(name) && isTitleClause(listed[2]!) ? { name, titles: [listed[2]!] } : null;
  }
  const m = ITEM.exec(sentence.trim());
  if (!m) return null;
  const [, written, verb, posts, duty] = m;
  const name = written!.replace(/[ \u3000]/gu, '');
  if (!isPersonName(name) || (verb === '的') !== (duty !== undefined)) return null;
  const titles = posts!.split('、');
  if (!titles.every((t) => isTitleClause(t))) return null;
  return { name, titles: verb === '的' ? titles.map((t) => `原${t}`) : titles };
}
