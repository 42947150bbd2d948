import { nameEndingAt } from '../names/span.js';
import { isNamedProject } from './names.js';

/** A project name and where it stands in its sentence. */
export interface Named {
  name: string;
  start: number;
  end: number;
}

// X、Y等重点项目: the items of a list the words after it call projects.
const PROJECT_LIST =
  /([^，,。；;：:“”！？!?（）()]{2,120}?)等(?:一批|多个|\d+个|[一二三四五六七八九十百]+个)?(?:重点|重大|优质|民生|产业|招商|基础设施|大|好|新|工业|文旅|旅游)*(?:项目|工程)/gu;
// 引进航空物流、电子信息等项目28个: a counted list names kinds of project.
export const COUNTED_AFTER = /^[\d一二两三四五六七八九十百千]+[余多]?(?:个|项|家|处|座|批|类)/u;
// (美的 is a brand, not a particle.)
const NOT_ITEM = /(?<!美)的|[了是在将把被]|^(?:资金|用地|土地)$/u;
// 长城国家文化公园建设, 天锻都市产业园城市更新: the work on a place; the place is the project.
const WORK_ON_PLACE = /(?:建设|(?<=(?:园|公园|园区|景区|新城|基地|小镇|古城|古镇|综合体))(?:城市更新|更新改造|改造提升|提升改造))$/u;

// 建设汉服文化产业园项目, 建成…: the verb that builds a project is no part of its name.
const BUILD_VERB = /^(?:规划建设|开工建设|加快建设|建设|建成|在建|续建|新建|扩建)/u;
// 建设路改造工程: 建设 naming a street is part of the name.
const STREET = /^(?:路|街|大街|大道|[东南西北]路|里|村|桥)/u;

/** Where a name starts once the verb that builds it is left out (建设XX产业园项目 → XX产业园项目). */
export function withoutBuildVerb(text: string, start: number, suffixStart: number): number {
  const verb = BUILD_VERB.exec(text.slice(start, suffixStart))?.[0];
  if (!verb || STREET.test(text.slice(start + verb.length)) || suffixStart - start - verb.length < 2) return start;
  return start + verb.length;
}

/** A list item (the first cut from the verb that introduces it: 重点谋划打造城郊文旅 → 城郊文旅), or null. */
export function listItem(text: string, start: number, item: string, first: boolean): Named | null {
  const end = start + item.length;
  const span = first ? nameEndingAt(text, end, end, { maxLength: 24, endsName: () => false, bareSuffix: 'reject' }) : null;
  const s = first && span ? withoutBuildVerb(text, span.start, end) : start;
  const name = (first ? span && text.slice(s, end) : item)?.replace(WORK_ON_PLACE, '');
  if (!name || name.length < 2 || name.length > 24 || NOT_ITEM.test(name) || !isNamedProject(name, '')) return null;
  return { name, start: s, end: s + name.length };
}

/** The items of a 、 list that ends at `at` (the 、 before the last, suffixed, item). */
export function itemsBefore(text: string, at: number): Named[] {
  const out: Named[] = [];
  let end = at;
  for (;;) {
    const prev = text.lastIndexOf('、', end - 1);
    const clauseStart = Math.max(...['，', ',', '。', '；', '：', '“', '”'].map((c) => text.lastIndexOf(c, end - 1))) + 1;
    const start = Math.max(prev + 1, clauseStart);
    const item = text.slice(start, end);
    const found = listItem(text, start, item, start === clauseStart);
    if (!found || /[和与及]/u.test(found.name) || found.name.length > 16) break;
    out.push(found);
    if (prev < clauseStart) break;
    end = prev;
  }
  return out;
}

/** The projects a …等项目 list names, unless the list is counted as kinds (…等项目28个). */
export function listedProjects(text: string): Named[] {
  const out: Named[] = [];
  // The pattern tries every start of a sentence before it fails; without 等 it cannot match.
  if (!text.includes('等')) return out;
  for (const m of text.matchAll(PROJECT_LIST)) {
    if (COUNTED_AFTER.test(text.slice(m.index + m[0].length))) continue;
    let offset = m.index;
    m[1]!.split('、').forEach((item, k) => {
      const found = listItem(text, offset, item, k === 0);
      if (found) out.push(found);
      offset += item.length + 1;
    });
  }
  return out;
}
