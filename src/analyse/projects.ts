import { isYuan, type Project } from '../model/index.js';
import { fieldOf, recordName } from './_records.js';
import { figuresOfSentence } from './figures.js';
import { nameEndingAt } from './names/span.js';
import { readAndWritten } from './names/written.js';
import { ANY_SUFFIX_AT_END } from './organizations/suffixes.js';
import { isHostingPlace } from './projects/hosting.js';
import { COUNTED_AFTER, itemsBefore, listedProjects, withoutBuildVerb, type Named } from './projects/lists.js';
import { isNamedProject, PROJECT_SUFFIX, PROJECT_SUFFIX_AT_END } from './projects/names.js';
import { statusNear } from './projects/status.js';
import type { Analyser } from './types.js';

const MAX_NAME = 30;
// 将鸿仓工业区打造成为…产业园: a goal, not a name.
const GOAL_WORDS = new Set(['成为']);
const INVESTMENT = /(?:总投资|投资额|计划投资|投资总额|投资)$/u;
// 该项目…, 项目总投资…: a sentence that goes on about the project just named.
const CARRY_OVER = /^(?:该项目|该园区|项目(?:总投资|计划|预计|位于|占地|建成|投产|一期|二期|目前|已)|其(?:总投资|一期|二期)|(?:计划)?总投资[：:])/u;
// 建设地点：…产业园四期: a record's site field (see _records.ts) says where its project goes; it names none.
const PLACE_FIELDS = new Set(['建设地点', '项目地点', '项目选址', '选址', '地址']);
// 工程学会, 项目部, 中心主任, 项目数量: the suffix runs on into an organisation, a post or a count.
// 海洋工程装备, 工程机械, 工程技术: the suffix is a word inside a longer noun.
const RUNS_ON = /^(?:学会|协会|研究院|研究所|公司|有限|集团|局|师|院|所|处|部|办|站|队|科|大学|学院|主任|管理|经理|数量|总数|个数|装备|机械|技术|材料|咨询|监理|造价)/u;
const JOINED = /^[和、及与]$/u;
const DEVELOPING = new Set<Project['status']>(['planned', 'signed', 'starting', 'building']);
// (引进 near a park is about what comes into it, so a signing does not show the park itself is new.)
const BEING_BUILT = new Set<Project['status']>(['planned', 'starting', 'building']);

const endsName = (left: string) => PROJECT_SUFFIX_AT_END.test(left) || ANY_SUFFIX_AT_END.test(left);

/** Projects named in one sentence, with where they stand in it. */
function projectNamesIn(text: string): Named[] {
  const out: Named[] = [];
  for (const m of text.matchAll(PROJECT_SUFFIX)) {
    const end = m.index + m[0].length;
    const after = text.slice(end);
    // 老旧小区改造项目38个: a counted kind.
    if (RUNS_ON.test(after) || COUNTED_AFTER.test(after)) continue;
    const span = nameEndingAt(text, m.index, end, { maxLength: MAX_NAME, endsName, bareSuffix: 'reject' });
    // 打造高品质生活示范区: a model zone made of a place is a goal, not a project.
    // (打造…供应基地 too: a base the place means to become.)
    if (!span || GOAL_WORDS.has(span.introducedBy) || (span.introducedBy === '打造' && (m[0] === '示范区' || m[0] === '基地'))) continue;
    const start = withoutBuildVerb(text, span.start, m.index);
    if (!isNamedProject(text.slice(start, m.index), m[0])) continue;
    // 平谷线东延和引热入京项目: two names sharing one suffix.
    const joined = /^(.{3,}?)(?<!和)[和及与](?![谐平])(.{3,})$/u.exec(text.slice(start, m.index));
    if (joined && m[0] === '项目' && isNamedProject(joined[1]!, '') && isNamedProject(joined[2]!, m[0])) {
      out.push({ name: joined[1]!, start, end: start + joined[1]!.length });
      const rightStart = start + joined[1]!.length + 1;
      out.push({ name: text.slice(rightStart, end), start: rightStart, end });
    } else {
      out.push({ name: text.slice(start, end), start, end });
    }
    if (text[start - 1] === '、' && LIST_ENDS.test(after)) out.push(...itemsBefore(text, start - 1));
  }
  out.push(...listedProjects(text));
  // A name inside a longer one at the same place (天津沃可达科技园 in 天津沃可达科技园项目) is part of it.
  return out
    .filter((n) => !out.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.name.length > n.name.length))
    .sort((a, b) => a.start - b.start);
}

// 平谷线东延、引热入京项目前期工作: the items before a named project are projects only when the list ends there.
const LIST_ENDS = /^(?:[^\p{Script=Han}]|前期|建设|工作|等|和|及|与|落地|开工|竣工|签约|顺利|尽快|早|加快|正在|已|的|为|在|也|都|均)/u;

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

/**
 * The projects named in one sentence, with the stage the sentence gives each and the investment it
 * states; `hosting` collects the mentions that use a park as a place or describe it (在X，…; X现有…).
 */
function projectsOfSentence(text: string, written: string, previous: Project | null, hosting: Set<Project>): Project[] {
  const names = projectNamesIn(text);

  const spans = names.map((n): [number, number] => [n.start, n.end]);
  const here: Project[] = names.map((n) => ({
    name: written.slice(n.start, n.end),
    status: statusNear(text, n.start, n.end, spans),
    investment: null,
  }));
  // 走进正在建设中的…产业园，: a park being built is a project even where the article stands in it.
  names.forEach((n, i) => !BEING_BUILT.has(here[i]!.status) && isHostingPlace(text, n.start, n.end) && hosting.add(here[i]!));
  // 新建…工程和…物流园项目，分别于3月和4月开工: names joined by 和 share what is said of them.
  for (let i = 0; i + 1 < names.length; i++) {
    if (!JOINED.test(text.slice(names[i]!.end, names[i + 1]!.start))) continue;
    here[i]!.status ??= here[i + 1]!.status;
    here[i + 1]!.status ??= here[i]!.status;
  }
  for (const f of figuresOfSentence(text)) {
    // The model's investment is in yuan: an amount in 美元 is left in the figures, as written.
    if (!isYuan(f) || !INVESTMENT.test(f.label)) continue;
    const at = text.indexOf(f.text);
    const before = names.filter((n) => n.start < at);
    // 总投资2.3亿元的食用菌菌种研发中心项目: the amount qualifies the name 的 joins it to, whatever stands before.
    const qualified = names.findIndex((n) => text.slice(at + f.text.length, n.start) === '的');
    if (qualified >= 0) here[qualified]!.investment ??= f.value;
    // Only one project before the amount, and no 等 list: the amount is that project's.
    else if (before.length === 1 && !/等/u.test(text.slice(before[0]!.end, at))) here[names.indexOf(before[0]!)]!.investment ??= f.value;
    else if (!names.length && previous && CARRY_OVER.test(text)) previous.investment ??= f.value;
  }
  if (!names.length && previous && CARRY_OVER.test(text)) previous.status = statusNear(text, 0, 0, []) ?? previous.status;
  return here;
}

/** Named projects, parks and works, with their stage and stated total investment. */
export const extractProjects: Analyser = (input) => {
  const found: Project[] = [];
  const hosting = new Set<Project>();
  let previous: Project | null = null;
  const { read, written } = readAndWritten(input);
  // The project a list's record names (项目名称：…): its other fields (总投资：…) are its, whatever they mention.
  let record: Project | null = null;
  for (const [i, text] of read.entries()) {
    const field = recordName(written[i]!);
    if (field) record = { name: field, status: null, investment: null };
    // (建设地点：…产业园四期 says where the record's project goes, and names no project.)
    const here: Project[] = field ? [record!] : PLACE_FIELDS.has(fieldOf(text)?.name ?? '') ? [] : projectsOfSentence(text, written[i]!, record ?? previous, hosting);
    found.push(...here);
    if (here.length) previous = here[here.length - 1]!;
  }
  // A park the article uses as a place, or describes, is a project only where it is being developed.
  const hosted = new Set([...hosting].map((p) => p.name));
  const developing = new Set(found.filter((p) => !hosting.has(p) && DEVELOPING.has(p.status)).map((p) => p.name));
  const kept = found.filter((p) => !hosting.has(p) && (!hosted.has(p.name) || developing.has(p.name)));
  return { facts: { projects: merged(kept) } };
};
