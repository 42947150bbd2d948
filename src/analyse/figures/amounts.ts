import {
  CHINESE_NUMERAL_CHARS,
  isDigitByDigit,
  magnitudeExponent,
  parseChineseNumeral,
  scaleDecimal,
} from './numbers.js';
import { unitAt, type UnitInfo } from './units.js';

/** A number and the unit written after it, before anything around them is considered. */
export interface Amount {
  /** Where the numeral ends (before any 余/多 and the unit) and where the unit ends. */
  numberEnd: number;
  unitEnd: number;
  /** In the unit's base (亿元 → 元); percentages as fractions. */
  value: number;
  unit: UnitInfo | null;
  /** 余 or 多 between number and unit, or the whole text of a range (3至5亿元, 三四千元). */
  qualifier: string | null;
  chinese: boolean;
  /** Only magnitude characters (百, 千万): a real amount only with a hedge (超百亿元, 近万家). */
  pureMagnitude: boolean;
}

const CN_RUN = `[${CHINESE_NUMERAL_CHARS}]+`;
const ARABIC_RUN = '\\d+(?:,\\d{3})*(?:\\.\\d+)?[十百千万亿]*';
/** A numeral: 百分之十, 27.86, 1,250, 1.29亿, 三十, 两千万. */
const FRACTION = '[一二三四五六七八九十]+分之[一二三四五六七八九十]+';
export const NUMERAL = new RegExp(`百分之(?:[${CHINESE_NUMERAL_CHARS}点]+|\\d+(?:\\.\\d+)?)|${FRACTION}|${ARABIC_RUN}|${CN_RUN}`, 'gu');
const UPPER_BOUND = new RegExp(`^(?:${ARABIC_RUN}|${CN_RUN})`, 'u');
const RANGE_SEP = /^(?:至|到|-|—|~|～|－)/u;
const PERCENT: UnitInfo = { kind: 'percent', unit: '%', exponent: -2 };

interface NumberPart {
  /** The numeral's digits; exponent is the power of ten still to apply. */
  decimal: string;
  exponent: number;
  end: number;
  chinese: boolean;
  pureMagnitude: boolean;
  /** 三四千: two neighbouring digits give a rough range; the value is its lower end. */
  approximate: boolean;
}

interface NumberAndUnit {
  number: NumberPart;
  unit: UnitInfo | null;
  /** The unit as written (万吨 is read as 万 + 吨, so this is 吨). */
  word: string;
  unitEnd: number;
  hedge: string | null;
}

/** The amount whose numeral `match` starts at `start`, or null when it is not one (一, 二〇二三). */
export function readAmount(text: string, start: number, match: string): Amount | null {
  if (match.startsWith('百分之')) {
    const body = match.slice(3);
    const v = /\d/u.test(body) ? Number(body) : parseChineseNumeral(body);
    if (v === null || Number.isNaN(v)) return null;
    const end = start + match.length;
    const value = scaleDecimal(String(v), -2);
    return { numberEnd: end, unitEnd: end, value, unit: PERCENT, qualifier: null, chinese: true, pureMagnitude: false };
  }
  // 三分之一: a share written as a fraction.
  const fraction = /^([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)$/u.exec(match);
  if (fraction) {
    const [whole, piece] = [parseChineseNumeral(fraction[1]!), parseChineseNumeral(fraction[2]!)];
    if (!whole || piece === null || piece >= whole) return null;
    const end = start + match.length;
    return { numberEnd: end, unitEnd: end, value: piece / whole, unit: PERCENT, qualifier: null, chinese: true, pureMagnitude: false };
  }
  const part = splitNumberAndUnit(text, start, match);
  if (!part) return null;
  let { exponent } = part.number;
  // 3至5亿元: the lower bound takes the upper bound's magnitude when it has none.
  const range = part.unit ? null : readRange(text, part);
  if (range) exponent ||= range.exponent;
  const { decimal, chinese } = part.number;
  if (chinese && (isDigitByDigit(match) || (decimal === '1' && exponent === 0))) return null;
  // Percentages and percentage points are kept as fractions: 27.86% → 0.2786.
  const percent = part.unit?.kind === 'percent' ? (part.unit.exponent ?? -2) : 0;
  const rough = range !== null || part.number.approximate;
  return {
    numberEnd: part.number.end,
    unitEnd: part.unitEnd,
    value: scaleDecimal(decimal, exponent + percent),
    unit: part.unit,
    qualifier: rough ? text.slice(start, part.unitEnd) : part.hedge,
    chinese,
    pureMagnitude: part.number.pureMagnitude,
  };
}

/** The number and the unit after it; magnitude characters may begin the unit (3千瓦 is 3 千瓦, not 3000 瓦). */
function splitNumberAndUnit(text: string, start: number, match: string): NumberAndUnit | null {
  const end = start + match.length;
  const chinese = !/\d/u.test(match);
  const magnitudes = /[十百千万亿]*$/u.exec(match)![0];
  let best: NumberAndUnit | null = null;
  for (let cut = end - magnitudes.length; cut <= end; cut++) {
    const number = parseNumberPart(text.slice(start, cut), cut, chinese);
    if (!number) continue;
    const found = readUnit(text, cut);
    number.exponent += found.exponent;
    const longer = found.unit !== null && found.word.length > (best?.word.length ?? 0);
    // Without any unit, the whole match is the number (总投资50亿).
    if (!best || longer || (!found.unit && !best.unit && cut === end)) {
      best = { number, unit: found.unit, word: found.word, unitEnd: found.end, hedge: found.hedge };
    }
  }
  return best;
}

function parseNumberPart(numeral: string, end: number, chinese: boolean): NumberPart | null {
  if (!numeral) return null;
  if (chinese) {
    const rough = /^([一二三四五六七八九])[二三四五六七八九]([十百千万亿]*)$/u.exec(numeral);
    const v = parseChineseNumeral(rough ? rough[1]! + rough[2]! : numeral);
    if (v === null) return null;
    const pureMagnitude = /^[百千万亿]+$/u.test(numeral);
    return { decimal: String(v), exponent: 0, end, chinese, pureMagnitude, approximate: rough !== null };
  }
  const m = /^(\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿]*)$/u.exec(numeral);
  if (!m) return null;
  const decimal = m[1]!.replace(/,/g, '');
  return { decimal, exponent: magnitudeExponent(m[2]!), end, chinese, pureMagnitude: false, approximate: false };
}

interface UnitRead {
  unit: UnitInfo | null;
  word: string;
  end: number;
  hedge: string | null;
  /** Magnitude written after the hedge: 300余万元. */
  exponent: number;
}

/** The unit at `pos`, after an optional 余/多 hedge (20余家, 300余万元) and a single space (7.66 亿元). */
function readUnit(text: string, pos: number): UnitRead {
  let p = pos;
  let hedge: string | null = null;
  let exponent = 0;
  if (/^[余多]/u.test(text.slice(p))) {
    hedge = text[p]!;
    p++;
    const mags = /^[十百千万亿]*/u.exec(text.slice(p))![0];
    exponent = magnitudeExponent(mags);
    p += mags.length;
  }
  if (/^[ \u00a0]/u.test(text.slice(p))) p++;
  const unit = unitAt(text, p);
  if (!unit) return { unit: null, word: '', end: pos, hedge: null, exponent: 0 };
  return { unit: unit.info, word: unit.word, end: p + unit.word.length, hedge, exponent };
}

/** 3至5亿元: the upper bound, whose magnitude the lower bound shares; the unit follows it. */
function readRange(text: string, part: NumberAndUnit): { exponent: number } | null {
  const sep = RANGE_SEP.exec(text.slice(part.number.end));
  if (!sep) return null;
  const upperStart = part.number.end + sep[0].length;
  const m = UPPER_BOUND.exec(text.slice(upperStart));
  if (!m) return null;
  const upper = splitNumberAndUnit(text, upperStart, m[0]);
  if (!upper?.unit || upper.number.chinese !== part.number.chinese) return null;
  part.unit = upper.unit;
  part.word = upper.word;
  part.unitEnd = upper.unitEnd;
  return { exponent: upper.number.exponent };
}
