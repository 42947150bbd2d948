import type { Project } from '../model/index.js';
import { figuresOfSentence } from './figures.js';
import { nameEndingAt } from './names/span.js';
import { readAndWritten } from './names/written.js';
import { ANY_SUFFIX_AT_END } from './organizations/suffixes.js';
import { isNamedProject, PROJECT_SUFFIX, PROJECT_SUFFIX_AT_END } from './projects/names.js';
import { statusNear } from './projects/status.js';
import type { Analyser } from './types.js';

const MAX_NAME = 30;
// X、Y等重点项目: the items of a list the words after it call projects.
const PROJECT_LIST =
  /([^，,。；;：:“”！？!?（）()]{2,120}?)等(?:一批|多个|\d+个|[一二三四五六七八九十百]+个)?(?:重点|重大|优质|民生|产业|招商|基础设施|大|好|新|工业|文旅|旅游)*(?:项目|工程)/gu;
// 平谷线东延、引热入京项目前期工作: the items before a named project are projects only when the list ends there.
const LIST_ENDS = /^(?:[^\p{Script=Han}]|前期|建设|工作|等|和|及|与|落地|开工|竣工|签约|顺利|尽快|早|加快|正在|已|的|为|在|也|都|均)/u;
// (美的 is a brand, not a particle.)
const NOT_ITEM = /(?<!美)的|[了是在将把被]|^(?:资金|用地|土地)$/u;
// 将鸿仓工业区打造成为…产业园: a goal, not a name.
const GOAL_WORDS = new Set(['成为']);
const INVESTMENT = /(?:总投资|投资额|计划投资|投资总额|投资)$/u;
// 该项目…, 项目总投资…: a sentence that goes on about the project just named.
const CARRY_OVER = /^(?:该项目|该园区|项目(?:总投资|计划|预计|位于|占地|建成|投产|一期|二期|目前|已)|其(?:总投资|一期|二期))/u;
// 工程学会, 项目部, 中心主任: the suffix runs on into an organisation or a post.
const RUNS_ON = /^(?:学会|协会|研究院|研究所|公司|有限|集团|局|师|院|所|处|部|办|站|队|科|大学|学院|主任|管理|经理)/u;
const JOINED = /^[和、及与]$/u;

export interface Named {
  name: string;
  start: number;
  end: number;
}

const endsName = (left: string) => PROJECT_SUFFIX_AT_END.test(left) || ANY_SUFFIX_AT_END.test(left);

/** The first item of a list, cut from the verb that introduces it (重点谋划打造城郊文旅 → 城郊文旅). */
function listItem(text: string, start: number, item: string, first: boolean): Named | null {
  const end = start + item.length;
  const span = first ? nameEndingAt(text, end, end, { maxLength: 24, endsName: () => false, bareSuffix: 'reject' }) : null;
  const name = first ? span?.name : item;
  if (!name || name.length < 2 || name.length > 24 || NOT_ITEM.test(name) || !isNamedProject(name, '')) return null;
  const s = first ? span!.start : start;
  return { name, start: s, end: s + name.length };
}

/** Projects named in one sentence, with where they stand in it. */
export function projectNamesIn(text: string): Named[] {
  const out: Named[] = [];
  for (const m of text.matchAll(PROJECT_SUFFIX)) {
    const end = m.index + m[0].length;
    if (RUNS_ON.test(text.slice(end))) continue;
    const span = nameEndingAt(text, m.index, end, { maxLength: MAX_NAME, endsName, bareSuffix: 'reject' });
    if (!span || GOAL_WORDS.has(span.introducedBy)) continue;
    if (!isNamedProject(text.slice(span.start, m.index), m[0], text)) continue;
    // 平谷线东延和引热入京项目: two names sharing one suffix.
    const joined = /^(.{3,}?)(?<!和)[和及与](?![谐平])(.{3,})$/u.exec(text.slice(span.start, m.index));
    if (joined && m[0] === '项目' && isNamedProject(joined[1]!, '') && isNamedProject(joined[2]!, m[0], text)) {
      out.push({ name: joined[1]!, start: span.start, end: span.start + joined[1]!.length });
      const rightStart = span.start + joined[1]!.length + 1;
      out.push({ name: text.slice(rightStart, end), start: rightStart, end });
    } else {
      out.push({ name: span.name, start: span.start, end });
    }
    if (text[span.start - 1] === '、' && LIST_ENDS.test(text.slice(end))) out.push(...itemsBefore(text, span.start - 1));
  }
  for (const m of text.matchAll(PROJECT_LIST)) {
    let offset = m.index;
    m[1]!.split('、').forEach((item, k) => {
      const found = listItem(text, offset, item, k === 0);
      if (found) out.push(found);
      offset += item.length + 1;
    });
  }
  // A name inside a longer one at the same place (天津沃可达科技园 in 天津沃可达科技园项目) is part of it.
  return out
    .filter((n) => !out.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.name.length > n.name.length))
    .sort((a, b) => a.start - b.start);
}

/** The items of a 、 list that ends at `at` (the 、 before the last, suffixed, item). */
function itemsBefore(text: string, at: number): Named[] {
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

/** One project per name: 引热入京 and 引热入京项目 are one; so are 平谷线东延 and 北京轨道交通平谷线东延. */
function merged(projects: Project[]): Project[] {
  const key = (name: string) => name.replace(/[项項]目$/u, '');
  const out: Project[] = [];
  for (const p of projects) {
    const same = out.find((o) => key(o.name).endsWith(key(p.name)) || key(p.name).endsWith(key(o.name)));
    if (!same) {
      out.push({ ...p });
      continue;
    }
    if (p.name.length > same.name.length) same.name = p.name;
    same.status = p.status ?? same.status;
    same.investment ??= p.investment;
  }
  return out;
}

/** The projects named in one sentence, with the stage the sentence gives each and the investment it states. */
function projectsOfSentence(text: string, written: string, previous: Project | null): Project[] {
  const names = projectNamesIn(text);
  const spans = names.map((n): [number, number] => [n.start, n.end]);
  const here: Project[] = names.map((n) => ({
    name: written.slice(n.start, n.end),
    status: statusNear(text, n.start, n.end, spans),
    investment: null,
  }));
  // 新建…工程和…物流园项目，分别于3月和4月开工: names joined by 和 share what is said of them.
  for (let i = 0; i + 1 < names.length; i++) {
    if (!JOINED.test(text.slice(names[i]!.end, names[i + 1]!.start))) continue;
    here[i]!.status ??= here[i + 1]!.status;
    here[i + 1]!.status ??= here[i]!.status;
  }
  for (const f of figuresOfSentence(text)) {
    if (f.kind !== 'money' || !INVESTMENT.test(f.label)) continue;
    const at = text.indexOf(f.text);
    const before = names.filter((n) => n.start < at);
    // Only one project before the amount, and no 等 list: the amount is that project's.
    if (before.length === 1 && !/等/u.test(text.slice(before[0]!.end, at))) here[names.indexOf(before[0]!)]!.investment ??= f.value;
    else if (!names.length && previous && CARRY_OVER.test(text)) previous.investment ??= f.value;
  }
  if (!names.length && previous && CARRY_OVER.test(text)) previous.status = statusNear(text, 0, 0, []) ?? previous.status;
  return here;
}

/** Named projects, parks and works, with their stage and stated total investment. */
export const extractProjects: Analyser = (input) => {
  const found: Project[] = [];
  let previous: Project | null = null;
  const { read, written } = readAndWritten(input);
  for (const [i, text] of read.entries()) {
    const here = projectsOfSentence(text, written[i]!, previous);
    found.push(...here);
    if (here.length) previous = here[here.length - 1]!;
  }
  return { facts: { projects: merged(found) } };
};
