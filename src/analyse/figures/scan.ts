import type { FigureKind } from '../../model/index.js';
import { NUMERAL, readAmount } from './amounts.js';
import type { UnitInfo } from './units.js';
import { normaliseDigits } from './numbers.js';
import { isDictionaryWord } from '../_jieba.js';

/** A number with its unit found in a sentence, before anyone has said what it measures. */
export interface RawFigure {
  /** Span in the sentence: sentence.slice(start, end) is the figure's text. */
  start: number;
  end: number;
  value: number;
  unit: string;
  kind: FigureKind;
  qualifier: string | null;
  basis: '同比' | '环比' | null;
  /** The verb of a change (增长, 下降 …), when the figure is one. */
  changeVerb: string | null;
  /** A bare 万/亿 amount with no unit (总投资50亿): money only if its label says so. */
  bare: boolean;
}

// 不超过90天: the 不 is the hedge's, and without it the figure says the opposite.
const HEDGE_BEFORE = /(?:不超过|不高于|不多于|超过|超|逾|将近|接近|近|大约|约|不少于|不低于|至少|不到|不足|突破)$/u;
// 最高500万元: a ceiling that qualifies the amount but is no part of its text.
const CEILING_BEFORE = /(?:最高|最多)$/u;
const HEDGE_AFTER = /^(?:以上|以下|左右|以内|上下|之多|有余)/u;
// 第3版, 星期三, 数十家, 每5年: ordinals, days and vague counts.
// 十二届九次全会: a session's ordinal.
const NOT_AMOUNT_BEFORE = /(?:第\s*|[\d.A-Za-z]|星期|周|初|数|几|每|农历|届)$/u;
/** The verbs of a change, rises then declines, longest first where one begins another. */
export const CHANGE_VERBS = ['增长', '增加', '上升', '提高', '提升', '上涨', '增', '涨', '下降', '减少', '降低', '下滑', '回落', '下跌', '降', '减', '跌'];
const CHANGE_BEFORE = new RegExp(`(?:${CHANGE_VERBS.join('|')})了?(?:达到|达)?$`, 'u');
const DECLINE = new RegExp(`^(?:${CHANGE_VERBS.slice(CHANGE_VERBS.indexOf('下降')).join('|')})`, 'u');
const BASIS_SAME = /(?:同比|比上年|比去年|较上年|较去年|去年同期|上年同期)/u;
const BASIS_CHAIN = /(?:环比|比上月|较上月|比上季度|较上季度)/u;
const TIME_UNITS = new Set(['天', '工作日', '小时', '分钟']);
// 15天内, 为期五天: a deadline or an event's length, not a measurement.
const DEADLINE_AFTER = /^(?:内|后|前|以来|之内|以后|之后)/u;
// 1000万元以上企业, 亿元级项目: a size class in a noun phrase, not an amount.
const SIZE_CLASS = /^(?:及?以上|以下|级)(?:的)?[\p{Script=Han}]/u;
// 税收超亿元楼宇18座, 投资额超10亿元的项目3个: a hedged amount before a noun that is then counted.
const THRESHOLD_BEFORE = /(?:超过|超|过|逾)$/u;
const NOUN_AFTER = /^(?:的)?[\p{Script=Han}]/u;
const COUNT_IN_CLAUSE = /^[^，,。；;：:！？!?]*?[\d一二两三四五六七八九十百千]+[余多]?(?:个|家|座|栋|项|所|处|户|名|人|批|只|台|辆|条)/u;
// 居全省前三位, 进入全国前10名: a rank, not a count.
const RANK_BEFORE = /前$/u;
const RANK_UNITS = new Set(['位', '名']);
// 清明假期三天, 国庆七天: the length of a holiday, not a measurement.
const HOLIDAY_BEFORE = /(?:假期|假日|长假|黄金周|春节|国庆|五一|端午|中秋|清明|元旦|会期|展期)$/u;
// 距北京大兴国际机场仅15公里: a distance between places, not a work's length.
const DISTANCE_CLAUSE = /(?:距离?|相距|(?:^|[，,。；;、])离)[^，,。；;]*$/u;
const LENGTH_UNITS = new Set(['公里', '米']);

/** Spans of short quotations (‘四个专班’, “十项行动”) and titles (《…》): slogans and names, not measurements. */
function slogans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/《[^》]*》|“[^”]{1,12}”|‘[^’]{1,12}’|「[^」]{1,12}」/gu)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** Every figure in a sentence, with its unit normalised and hedges, ranges and changes recognised. */
export function scanFigures(sentence: string): RawFigure[] {
  const text = normaliseDigits(sentence);
  const quoted = slogans(text);
  const out: RawFigure[] = [];
  let covered = 0;
  for (const m of text.matchAll(NUMERAL)) {
    const start = m.index;
    if (start < covered || quoted.some(([a, b]) => start >= a && start < b)) continue;
    const figure = readFigure(text, start, m[0]);
    if (!figure) continue;
    out.push(figure);
    covered = figure.end;
  }
  return out;
}

/**
 * 三位一体, 一站式, 一条龙, 三个代表: a Chinese numeral and its unit that the characters after them
 * make a word of the dictionary with are that word, no amount.
 */
function startsLongerWord(text: string, start: number, unitEnd: number): boolean {
  for (let end = start + 4; end > unitEnd; end--) if (isDictionaryWord(text.slice(start, end))) return true;
  return false;
}

/** The figure whose numeral starts at `start`, read with the words around it. */
function readFigure(text: string, start: number, match: string): RawFigure | null {
  const before = text.slice(0, start);
  if (NOT_AMOUNT_BEFORE.test(before)) return null;
  const amount = readAmount(text, start, match);
  if (!amount) return null;
  const info = amount.unit;
  if (info?.kind === 'skip') return null;
  // A bare amount is money only with 万 or 亿 in it (总投资50亿), never a Chinese numeral alone.
  if (!info && (amount.chinese || !/[万亿]/u.test(text.slice(start, amount.numberEnd)))) return null;
  const after = text.slice(amount.unitEnd);
  if (info && TIME_UNITS.has(info.unit) && (DEADLINE_AFTER.test(after) || /(?:为期|每)$/u.test(before) || HOLIDAY_BEFORE.test(before))) return null;
  if (info && RANK_UNITS.has(info.unit) && RANK_BEFORE.test(before)) return null;
  if (info && LENGTH_UNITS.has(info.unit) && DISTANCE_CLAUSE.test(before)) return null;
  if (isSizeClass(before, after, info)) return null;
  if (amount.chinese && startsLongerWord(text, start, amount.unitEnd)) return null;

  let { value, qualifier } = amount;
  let end = amount.unitEnd;
  const tail = HEDGE_AFTER.exec(after);
  if (tail && info) {
    qualifier ??= tail[0];
    end += tail[0].length;
  }
  let figureStart = start;
  const hedge = HEDGE_BEFORE.exec(before);
  const ceiling = CEILING_BEFORE.exec(before);
  if (hedge) {
    qualifier ??= hedge[0];
    figureStart -= hedge[0].length;
  } else if (ceiling) {
    qualifier ??= ceiling[0];
  } else if (amount.pureMagnitude && !qualifier) {
    return null;
  }
  if (/(?<!\d)[-－]$/u.test(text.slice(0, figureStart))) {
    value = -value;
    figureStart -= 1;
  }

  let kind: FigureKind = info ? (info.kind as FigureKind) : 'money';
  let unit = info ? info.unit : '元';
  const change = readChange(text, figureStart);
  if (change) {
    figureStart = change.start;
    if (DECLINE.test(change.verb)) value = -value;
    kind = 'change';
    // 增长1.5倍 is a rise of 150%.
    if (unit === '倍') unit = '%';
  } else if (info?.kind === 'change') {
    return null;
  }
  return {
    start: figureStart,
    end,
    value,
    unit,
    kind,
    qualifier,
    basis: change?.basis ?? null,
    changeVerb: change?.verb ?? null,
    bare: !info,
  };
}

/**
 * A size class, not an amount: 亿元以上项目 (a money or quantity class), and a hedged amount or share
 * before a noun that the same clause goes on to count (超亿元楼宇18座, 1000人以上的企业12家).
 */
function isSizeClass(before: string, after: string, info: UnitInfo | null): boolean {
  const counted = (rest: string) => NOUN_AFTER.test(rest) && COUNT_IN_CLAUSE.test(rest);
  const tail = /^(?:及?以上|以下|级)/u.exec(after);
  if (tail && SIZE_CLASS.test(after) && !/^(?:以上|以下)[，。；、]/u.test(after)) {
    // A count or a share with 以上 goes on to what it counts or is a share of (1000家以上企业开展…, 3%以上投入研发).
    const amountClass = info?.kind !== 'count' && info?.kind !== 'percent';
    return amountClass || counted(after.slice(tail[0].length));
  }
  // 5亿元至10亿元项目6个: both ends of a class of things then counted.
  const range = /^(?:至|到|[-—－~～])[\d.]+[万亿]?[^\d，,。；;]{0,3}?(?=[\p{Script=Han}])/u.exec(after);
  if (range && counted(after.slice(range[0].length))) return true;
  if (/[\d.]+[万亿]?[^\d，,。；;]{0,3}?(?:至|到|[-—－~～])$/u.test(before) && counted(after)) return true;
  return THRESHOLD_BEFORE.test(before) && counted(after);
}

/** 同比增长 / 下降 / 环比提高 right before a figure: where the change's text starts, its verb and basis. */
function readChange(text: string, figureStart: number): { start: number; verb: string; basis: RawFigure['basis'] } | null {
  const before = text.slice(0, figureStart);
  const m = CHANGE_BEFORE.exec(before);
  if (!m) return null;
  let start = m.index;
  const verb = /^[^了达]+/u.exec(m[0])![0];
  // 新增注册企业 is a thing counted, not a change.
  if (verb === '增' && /新$/u.test(before.slice(0, start))) return null;
  const clause = before.slice(0, start).split(/[，,；;。：:]/u).pop() ?? '';
  const window = clause.slice(-12);
  const basis = BASIS_SAME.test(window) ? '同比' : BASIS_CHAIN.test(window) ? '环比' : null;
  const adjacent = /(?:同比|环比)$/u.exec(before.slice(0, start));
  if (adjacent) start -= adjacent[0].length;
  return { start, verb, basis };
}
