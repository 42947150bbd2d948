import { fieldOf } from '../_records.js';
import {
  ADVERBS,
  BASIS_WORDS,
  CAPACITY,
  CLAUSE_END,
  CLAUSE_VERBS,
  CLAUSE_VERBS_END,
  CLOSING_QUOTE,
  CUT_CHARS,
  CUT_WORDS,
  FROM_OR_CHANGE,
  GENERIC_NOUNS,
  HEAD_NOUNS,
  KEEP_AFTER,
  KEEP_BEFORE,
  LEADING_FUNCTION,
  LEADING_PLACE,
  LEADING_TIME,
  MONEY_VERBS,
  MONEY_WORDS,
  NOT_PLACE,
  NOUN_STOPS,
  PURPOSE,
  TIME_WORDS,
  TIMING,
  TRAILING,
} from './_label-words.js';
import { CHANGE_VERBS, type RawFigure } from './scan.js';
import { charTest } from '../_chars.js';

const SIZE_CLASS_IN =
  /(?:超过|超|过|逾)\d[\d.]*[十百千万亿]*[^\d]{1,3}[\p{Script=Han}]|\d[\d.]*[十百千万亿]*[^\d]{0,3}(?:以上|以下|级)[\p{Script=Han}]|\d[\d.]*[十百千万亿]*[^\d]{0,3}(?:至|到|[-—～~])\d[\d.]*[十百千万亿]*[^\d]{0,3}[\p{Script=Han}]/u;

// A count that opens the phrase, then the things counted and what they did: 116个市区重点项目完成投资.
const COUNTED_SUBJECT = /\d[\d.]*[十百千万]*(?:个|家|项|座|所|批|宗)([\p{Script=Han}]{2,}(?:完成|实现)(?:投资|产值|营业收入|营收|销售收入|税收))$/u;

const PER_UNIT = /每\s*[\d.]*\s*(?:克|千克|公斤|斤|吨|升|毫升|平方米|立方米|千瓦时|度|个|只|件|台|辆|亩|人|户|次)$/u;
const isClauseEnd = charTest(CLAUSE_END);
// CLOSING_QUOTE by character code.
const OPENING_QUOTE = new Map(Object.entries(CLOSING_QUOTE).map(([close, open]) => [close.charCodeAt(0), open]));

/** The text of the clause that ends at `end`: the phrase a figure there measures. */
function clauseBefore(sentence: string, end: number): string {
  const head = sentence.slice(0, end);
  let i = head.length - 1;
  // A dash pair (迎来新成员——总投资15亿元) ends a clause too; one dash joins a range (1—9月).
  while (i >= 0 && !isClauseEnd(head.charCodeAt(i)) && !(head[i] === '—' && head[i - 1] === '—')) {
    const open = OPENING_QUOTE.get(head.charCodeAt(i));
    // A short quoted name inside the phrase (专精特新“小巨人”企业) belongs to it; a closed quotation ends it.
    if (open) {
      const j = head.lastIndexOf(open, i);
      if (j < 0 || i - j > 10) break;
      i = j;
    }
    i--;
  }
  return head.slice(i + 1);
}

/** Position after the last cut word in `text`, or 0. */
function lastCut(text: string): number {
  let cut = 0;
  for (const word of CUT_WORDS) {
    const i = text.lastIndexOf(word);
    if (i < 0) continue;
    // 完成率, 完成额: a measure, not a verb; 年度计划投资: the year's plan, not "plans to invest".
    if (word === '完成' && /^完成[率额值量]/u.test(text.slice(i))) continue;
    if (word === '计划' && text.slice(0, i).endsWith('年度')) continue;
    // 重点项目完成投资: the indicator's own name, not "the projects completed an investment".
    if ((word === '完成' || word === '累计完成') && /(?:项目|工程)(?:累计|共计|已经|已|全年)?$/u.test(text.slice(0, i)) && text.startsWith('投资', i + word.length)) continue;
    cut = Math.max(cut, i + word.length);
  }
  for (let i = text.length - 1; i >= cut; i--) {
    if (!CUT_CHARS.includes(text[i]!)) continue;
    if (KEEP_AFTER.test(text.slice(i)) || KEEP_BEFORE.test(text.slice(0, i + 1))) continue;
    cut = Math.max(cut, i + 1);
    break;
  }
  return cut;
}

function stripLeading(text: string): string {
  let s = text;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(LEADING_TIME, '');
    const place = LEADING_PLACE.exec(s)?.[0];
    if (place && !NOT_PLACE.test(place)) s = s.slice(place.length);
    if (!KEEP_AFTER.test(s)) s = s.replace(LEADING_FUNCTION, '');
  }
  return s;
}

/** The phrase before a figure that names what it measures, or '' when the clause holds none. */
function phraseBefore(sentence: string, start: number): string {
  // 平均零售价格为每500克13.6元: the quantity a price is per is no amount in the phrase; it goes after it.
  const whole = clauseBefore(sentence, start);
  const per = PER_UNIT.exec(whole)?.[0] ?? '';
  let clause = whole.slice(0, whole.length - per.length).replace(TRAILING, '').replace(BASIS_WORDS, '').replace(TRAILING, '');
  // 完成任务的27.86% → 任务完成率; 占全区产值的35% → 占全区产值比重.
  const done = /完成(.{1,10})的$/u.exec(clause);
  if (done) return stripLeading(done[1]!) + '完成率';
  const share = /(.*?)占(.{1,10})的$/u.exec(clause);
  if (share) return share[1] ? `${stripLeading(share[1].slice(lastCut(share[1])))}占比` : `占${share[2]}比重`;
  clause = clause.replace(/的$/u, '');
  const timeless = clause.replace(TIME_WORDS, '');
  if (timeless.length >= 2) clause = timeless;
  // Another amount inside the phrase (由35家增至, 下降0.5个百分点至): the subject is what comes before it.
  // A size class inside it (投资额超10亿元的项目, 10亿元以上项目) is part of the subject.
  // A digit inside a name (5G基站, C919, 4K) is part of the words, not an amount.
  const digit = clause.search(/(?<![A-Za-z\d.])\d(?![\d.]*[A-Za-z])/u);
  if (digit >= 0 && !SIZE_CLASS_IN.test(clause)) {
    const turn = FROM_OR_CHANGE.exec(clause.slice(0, digit));
    // 116个市区重点项目完成投资218.5亿元: what the counted things did is the measure.
    const counted = turn ? null : COUNTED_SUBJECT.exec(clause);
    clause = turn ? clause.slice(0, turn.index) : counted ? counted[1]! : '';
  }
  const cut = lastCut(clause);
  let label = stripLeading(clause.slice(cut)).replace(TRAILING, '');
  // 从递交申请到正式送电仅用时16天 → 送电用时: a bare 用时 needs the act it times.
  if (TIMING.test(label) && cut > 0) {
    const left = clause.slice(0, cut).replace(TRAILING, '');
    const act = left.split(/到|至|和|与|及|的|从/u).pop()!.replace(ADVERBS, '');
    if (act.length >= 1 && act.length <= 4) label = act + label;
  }
  return label && per ? label + per : label;
}

/** The noun phrase right after a figure (68名高中干部教师 → 高中干部教师), or null. */
function nounAfter(sentence: string, end: number): string | null {
  const rest = sentence.slice(end).replace(/^(?:以上|以下|左右|之多)?的?/u, '');
  // 112个市、区级重点项目: levels listed before 级 are one word of the phrase.
  const run = /^(?:(?:国家|省|市|区|县)、)+(?:国家|省|市|区|县)级[\p{Script=Han}A-Za-z0-9]{1,14}|^[\p{Script=Han}A-Za-z0-9]{1,16}/u.exec(rest)?.[0];
  if (!run) return null;
  const stop = NOUN_STOPS.exec(run.slice(1));
  const phrase = stop ? run.slice(0, stop.index + 1) : run;
  let headEnd = 0;
  for (const m of phrase.matchAll(HEAD_NOUNS)) headEnd = m.index + m[0].length;
  if (headEnd > 0) return phrase.slice(0, headEnd);
  return phrase.length >= 2 && phrase.length <= 8 ? phrase : null;
}

/** 年产10万吨铜箔项目 → 铜箔年产能. */
function capacityLabel(sentence: string, figure: RawFigure): string | null {
  const before = sentence.slice(0, figure.start);
  for (const [pattern, suffix] of CAPACITY) {
    if (!pattern.test(before)) continue;
    const noun = nounAfter(sentence, figure.end)?.replace(/(?:项目|生产线|工厂|基地|产线)$/u, '');
    return (noun ?? '') + suffix;
  }
  return null;
}

/** A generic counted noun (措施, 问题) made specific by its clause: 关于支持制造业…12条措施, 解决…9个问题. */
function specificNoun(sentence: string, figure: RawFigure, noun: string): string {
  if (!GENERIC_NOUNS.has(noun)) return noun;
  const clause = sentence.slice(0, figure.start).split(/[，,；;。：:]/u).pop() ?? '';
  const topic = /关于(.+)$/u.exec(clause)?.[1]?.split('、')[0];
  if (topic) return topic.slice(0, 8) + noun;
  // 十二条措施支持民营经济发展 → 支持民营经济发展措施.
  const after = sentence.slice(sentence.indexOf(noun, figure.end) + noun.length);
  const purpose = PURPOSE.exec(after)?.[0];
  if (purpose && purpose.length <= 10) return purpose + noun;
  const verb = CLAUSE_VERBS.exec(clause)?.[0] ?? CLAUSE_VERBS_END.exec(clause)?.[0];
  return verb ? verb + noun : noun;
}

const VERB_NAMES: Record<string, string> = { 增: '增长', 涨: '上涨', 降: '下降', 减: '减少', 跌: '下跌' };
/** A place and nothing else (武清区, 大溪村): where a figure was measured, not what. */
const PLACE_ONLY = /^[\p{Script=Han}]{1,6}(?:省|市|区|县|镇|乡|村|街道|社区)$/u;
/** The end labelFigure gives a change's label: its basis, then its verb as verbName writes it. */
const CHANGE_AT_END = new RegExp(`(?:同比|环比)?(?:${[...new Set(CHANGE_VERBS.map(verbName))].join('|')})$`, 'u');

/** A change verb as a label reads it: 增 → 增长. */
export function verbName(verb: string): string {
  return VERB_NAMES[verb] ?? verb;
}

// 总投资：12亿元, a field of a list (see _records.ts): its name is what the value measures.
const FIELD_VALUE_LEAD = /^(?:约|近|超|达)?$/u;

/** The name of the field whose value the figure is (总投资：约12亿元 → 总投资), or ''. */
function fieldNameBefore(before: string): string {
  const field = fieldOf(before);
  return field && FIELD_VALUE_LEAD.test(field.rest) ? field.name : '';
}

/**
 * What a figure measures, from its sentence: the noun phrase before it, the counted noun after it, or,
 * for a change with no subject of its own, the previous figure's label (…7.66亿元，同比增长155.84% → …同比增长).
 */
export function labelFigure(sentence: string, figure: RawFigure, previous: string | null): string {
  const capacity = capacityLabel(sentence, figure);
  if (capacity) return capacity;
  const before = phraseBefore(sentence, figure.start) || fieldNameBefore(sentence.slice(0, figure.start));
  if (figure.kind === 'change' && figure.changeVerb) {
    const verb = (figure.basis ?? '') + verbName(figure.changeVerb);
    // 北辰区生物医药产业产值同比增长11.3%，武清区同比增长9.7%: a place alone shares the measure before it.
    if (previous && PLACE_ONLY.test(before)) return before + previous.replace(CHANGE_AT_END, '') + verb;
    return (before || previous || '') + verb;
  }
  // (安置住房1600套及配套设施: what comes after 及 is another thing, not what was counted.)
  const noun = /^(?![及和与并或])[\p{Script=Han}]/u.test(sentence.slice(figure.end).replace(/^(?:以上|以下|左右|之多)?的?/u, ''))
    ? nounAfter(sentence, figure.end)
    : null;
  if (figure.kind === 'count' && noun) return specificNoun(sentence, figure, noun);
  if (noun && MONEY_VERBS.test(before)) return noun.length >= 3 ? noun : before + noun;
  // 大溪村将1.2万亩毛竹林…: a place is where, the noun after the amount is what.
  if (noun && PLACE_ONLY.test(before)) return before + noun;
  if (before.length >= 2) return before;
  if (noun) return before + noun;
  return before || previous || '';
}

/** True when a label names an amount of money, so a bare 50亿 under it is 50亿元. */
export function isMoneyLabel(label: string): boolean {
  return MONEY_WORDS.test(label);
}

/** 1 or −1 when a percentage is a rate of growth or decline (增速达90.2%), so it is a change; else 0. */
export function growthRateSign(label: string): 1 | -1 | 0 {
  if (/(?:增速|增幅|增长率|涨幅|增长)$/u.test(label)) return 1;
  if (/(?:降幅|下降率|跌幅|减幅)$/u.test(label)) return -1;
  return 0;
}
