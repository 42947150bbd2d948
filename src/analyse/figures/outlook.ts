import type { Figure } from '../../model/index.js';
import type { AnalysisInput } from '../types.js';

/**
 * Whether a figure is a result, a goal or a forecast. A 政府工作报告 states last year's results and
 * this year's targets in the same words (地区生产总值增长6.8% / 地区生产总值增长6%左右): a table or a
 * chart that mixes them tells a leader the county grew by its target.
 */
export type Outlook = NonNullable<Figure['outlook']>;

// Written before the figure in its sentence: 力争新开工项目40个, 主要预期目标是：…增长6%左右.
// (累计争取上级资金2.3亿元 is money obtained. 计划 sets a goal only before what is to be done:
// 按计划完成投资, 占年度计划的87.3% and “海洋英才”专项计划 report or name.)
const GOAL_BEFORE =
  /力争|(?<!累计|共|已|已经|成功)争取(?!到|上级|中央|省|市级|国家|超长期|特别国债|资金|专项|债券|补助|补贴|政策|各类|项目资金)|确保|力求|(?:预期|奋斗|主要|发展|工作)目标|目标(?:是|为|定为|：|:)|(?:全年|今年|明年)(?:要|需)|(?<![按照原超]|(?:占|完成)(?:年度|全年)?)计划(?=[在于到用再新增]|今年|明年|年内|全年|今冬|完成|实施|建设|建成|引进|开工|投产|举办|打造|实现|招引|收购|开发|改造|投入|安排|种植|培育|组织|招收|发放|提供|推出|签约|落地)/u;
// 项目达产后可实现年产值10亿元, 预计全年完成投资50亿元: what is expected, not yet done.
const FORECAST_BEFORE =
  /预计|预期(?!目标)|有望|建成后|投产后|达产后|运营后|竣工后|将(?:达到|实现|突破|超过|新增|带动|形成|提供|增加|创造|吸纳|辐射|惠及)|可(?:实现|带动|新增|提供|增加|创造|吸纳|容纳)|届时/u;
// Written after it: 固定资产投资增长10%的目标, 增长6%左右的预期目标.
const GOAL_AFTER = /^(?:左右|以上|以内)?(?:的)?(?:预期|年度|全年)?目标/u;
// Between the marker and the figure, what says the figure is done after all: 力争…，目前已完成60亿元.
const DONE_BETWEEN = /已|目前|截至|截止|去年|上年|以来|累计完成|完成了/u;
// A goal governs its clause and a couple after it (力争…，…，…增长8%以上); a forecast its clause and the
// next (预计产量43万吨，综合产值超过50亿元), not what the sentence goes on to report (…，从业人员超过50万人).
const MAX_CLAUSES_AFTER: Record<Outlook, number> = { goal: 2, forecast: 1 };
// 总投资12亿元 is how large a project is, planned or not.
const SIZE_OF_PROJECT = /总投资(?:额)?(?:约|达|为|超过?|近)?$/u;
// When a clause is set in the future: 年底前, 年内, 明年, 到2028年, 下一步.
const FUTURE = /年底前|年内|明年|今后|下一步|到20\d\d年|(?:十五五|“十五五”)期间/u;
// 完成年度目标任务的95.6%: a goal named, and the figure is how much of it was met.
const MET_GOAL = /(?:完成|实现|超额完成|达到)(?:了)?(?:全年|年度|预期|既定)?目标(?:任务)?(?:的)?$/u;

/**
 * The outlook of the figure at `at` in `sentence` (simplified script), or null for a result. Under
 * a heading of goals (`underGoals`) a figure is a goal unless its sentence says it is done.
 */
export function outlookOf(sentence: string, at: number, length: number, underGoals = false): Outlook | null {
  if (at < 0) return null;
  const before = sentence.slice(0, at);
  if (MET_GOAL.test(before) || SIZE_OF_PROJECT.test(before)) return null;
  const stated = outlookStated(before, sentence.slice(at + length));
  if (stated || !underGoals) return stated;
  // 目前已完成投资8.5亿元，年底前新增就业岗位600个: the figure's own clause says which it is.
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('：')) + 1);
  return DONE_BETWEEN.test(clause) || (!FUTURE.test(clause) && DONE_BETWEEN.test(before)) ? null : 'goal';
}

/** The outlook the words around a figure give it: a marker before it (in reach) or 目标 after it. */
function outlookStated(before: string, after: string): Outlook | null {
  if (GOAL_AFTER.test(after)) return 'goal';
  const goal = lastMatch(GOAL_BEFORE_ALL, before);
  const forecast = lastMatch(FORECAST_BEFORE_ALL, before);
  const marker = Math.max(goal, forecast);
  if (marker < 0) return null;
  const outlook: Outlook = goal >= forecast ? 'goal' : 'forecast';
  const between = before.slice(marker);
  if (DONE_BETWEEN.test(between) || clauseBreaks(between) > MAX_CLAUSES_AFTER[outlook]) return null;
  return outlook;
}

function clauseBreaks(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '，' || ch === ',' || ch === '：') n++;
  return n;
}

const GOAL_BEFORE_ALL = new RegExp(GOAL_BEFORE.source, 'gu');
const FORECAST_BEFORE_ALL = new RegExp(FORECAST_BEFORE.source, 'gu');

/** Where the last match of the global `pattern` in `text` starts, or -1. */
function lastMatch(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

// A section of what is to be done: 二、今年主要目标和重点工作, 下一步工作打算, 2027年工作安排.
const GOAL_HEADING = /目标|预期|打算|安排|计划|展望|思路|下一步|重点任务|主要任务/u;
// …but not one that reports on them: 一、2026年目标任务完成情况.
const REPORT_HEADING = /完成情况|进展情况|回顾|成效|成绩|执行情况/u;
// 一、 (level 1), （一） (2), 1. or 1、 (3), (1) or ⑴ (4); a heading without a number stands above them all.
const LEVELS: [RegExp, number][] = [
  [/^[一二三四五六七八九十]+[、.．]/u, 1],
  [/^[（(][一二三四五六七八九十]+[）)]/u, 2],
  [/^\d+[、.．](?!\d)/u, 3],
  [/^[（(]\d+[）)]|^[⑴-⒇①-⑳]/u, 4],
];

function headingLevel(text: string): number {
  for (const [pattern, level] of LEVELS) if (pattern.test(text)) return level;
  return 0;
}

/**
 * The sentences (by index in input.sentences) that set out goals though they need not say so: those
 * under a heading of goals, up to the next heading of the same level or above (全年实施县重点项目150个
 * under 二、今年主要目标和重点工作), and the items of a list of goals after a colon (主要预期目标是：
 * 地区生产总值增长6%左右；一般公共预算收入增长5%左右；…), split at ； up to the 。 that ends it.
 */
export function goalSentences(input: AnalysisInput): Set<number> {
  const sections = new Set<number>();
  let open: number | null = null;
  input.article.paragraphs.forEach((p, i) => {
    const text = input.paragraphs[i] ?? p.text;
    if (p.kind === 'heading') {
      const level = headingLevel(text);
      if (open !== null && level <= open) open = null;
      if (open === null && GOAL_HEADING.test(text) && !REPORT_HEADING.test(text)) open = level;
    } else if (open !== null) sections.add(i);
  });
  const out = new Set<number>();
  let list: number | null = null;
  input.sentences.forEach((s, at) => {
    if (list !== null && (s.paragraph !== list || s.index === 0)) list = null;
    if (list !== null || sections.has(s.paragraph)) out.add(at);
    const goesOn = /[；;]$/u.test(s.text);
    if (list === null && goesOn && GOALS_LIST.test(s.text)) list = s.paragraph;
    else if (!goesOn) list = null;
  });
  return out;
}

// 主要预期目标是：, 重点任务为：: what opens a list of goals.
const GOALS_LIST = /(?:目标|任务|计划)(?:是|为)?[：:]/u;
