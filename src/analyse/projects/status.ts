import type { Project } from '../../model/index.js';

export type ProjectStatus = NonNullable<Project['status']>;

// Longest first, so 投入运营 wins over 运营 and 在建 over 建设. A 施工现场 is a site being built, though
// 现场 otherwise says nothing of a stage (建设现场 of a visit): it comes before 施工.
const WORDS: [word: string, status: ProjectStatus][] = [
  ['投入运营', 'operating'], ['投入使用', 'operating'], ['运营', 'operating'], ['投用', 'operating'],
  ['开业', 'operating'], ['运行', 'operating'],
  ['竣工', 'completed'], ['投产', 'completed'], ['建成', 'completed'], ['完工', 'completed'], ['交付', 'completed'],
  ['主体封顶', 'building'], ['施工现场', 'building'], ['在建', 'building'], ['施工', 'building'], ['续建', 'building'],
  ['建设', 'building'], ['装修', 'building'],
  ['开工', 'starting'], ['动工', 'starting'], ['奠基', 'starting'], ['破土', 'starting'],
  ['签约', 'signed'], ['签署', 'signed'], ['签订', 'signed'], ['引入', 'signed'], ['引进', 'signed'], ['落户', 'signed'],
  ['落地', 'signed'],
  ['谋划', 'planned'], ['储备', 'planned'], ['规划', 'planned'], ['前期', 'planned'], ['拟建', 'planned'],
  ['筹建', 'planned'], ['洽谈', 'planned'], ['在谈', 'planned'],
];
const WORD = new RegExp(WORDS.map(([w]) => w).join('|'), 'gu');
const STATUS = new Map(WORDS);
// 力争年内签约, 投入运营后预计, 计划于２０２７年９月竣工投产: the article expects it, it has not happened.
// (A day between marker and word is no clause of its own: 计划于2027年9月竣工 is as far off as 计划竣工.)
const FUTURE_BEFORE = /(?:力争|争取|计划|拟|将|预计|确保|推动|力促|促|尽快|早|即将|预期|有望|准备|加快|年内)[^，,。；;：:已]{0,14}$/u;
const FUTURE_AFTER = /^(?:后|以后|之后)/u;
// Words that look like status words but are not about the project's stage: 建设用地, 规划用地, 运行机制.
// 调研…建设情况, 建设进度: the state of work someone looks at, not a project's stage.
const NOT_STATUS_AFTER =
  /^(?:用地|指标|机制|模式|管理|单位|资金|主体|成本|方面|阶段性|初期|载体|环境|情况|进度|进展|现场|难题|问题|任务|需求|经验|力度)/u;
const ORDER: ProjectStatus[] = ['planned', 'signed', 'starting', 'building', 'completed', 'operating'];

/** What a status word says when the article only expects it: a signing hoped for is still planned. */
function expected(status: ProjectStatus): ProjectStatus | null {
  if (status === 'signed') return 'planned';
  if (status === 'starting') return 'starting';
  return null;
}

const GOES_ON = /^(?:已于|已经|已|正在|目前已|现已)/u;
// Each clause boundary between a status word and the name counts as this many characters of distance.
const CLAUSE_PENALTY = 40;
// Farther than this, a status word is about something else.
const MAX_DISTANCE = 50;

/**
 * The stage of the project named at [start, end) in a sentence, from the status word nearest to it, the
 * same clause first (成功引入…项目 → signed; 对于在建的…项目 → building; 力促…项目早开工 → starting).
 * `names` are the spans of every project named in the sentence: words inside a name say nothing.
 */
export function statusNear(sentence: string, start: number, end: number, names: [number, number][]): ProjectStatus | null {
  let best: { distance: number; status: ProjectStatus } | null = null;
  for (const m of sentence.matchAll(WORD)) {
    const at = m.index;
    const after = at + m[0].length;
    if (names.some(([a, b]) => at >= a && after <= b)) continue;
    if (NOT_STATUS_AFTER.test(sentence.slice(after))) continue;
    let status: ProjectStatus | null = STATUS.get(m[0])!;
    if (FUTURE_BEFORE.test(sentence.slice(0, at)) || FUTURE_AFTER.test(sentence.slice(after))) status = expected(status);
    if (!status) continue;
    const between = at >= end ? sentence.slice(end, at) : sentence.slice(after, start);
    let clauses = between.match(/[，,；;：:]/gu)?.length ?? 0;
    // …项目总投资20亿元，已于8月开工建设: a clause that goes on with 已 or 正在 is still about the name.
    if (at >= end && clauses === 1 && GOES_ON.test(between.slice(between.search(/[，,；;：:]/u) + 1))) clauses = 0.5;
    // Within the name's own clause the furthest stage wins (去年签约的…产业园已竣工 → completed).
    const distance = clauses ? between.length + CLAUSE_PENALTY * clauses : -ORDER.indexOf(status);
    if (distance <= MAX_DISTANCE && (!best || distance < best.distance)) best = { distance, status };
  }
  return best?.status ?? null;
}
