// An independent, deliberately plain reading of a figure's text, used only to catch typing slips in
// the gold set's values (a 万 too many, a sign forgotten). It is not the analysers' code.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** 一万五千 → 15000, 十二 → 12, 百 → 100, 三十 → 30. */
export function chineseNumber(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in SMALL_UNITS) {
      section += (digit || 1) * SMALL_UNITS[ch]!;
      digit = 0;
    } else if (ch in BIG_UNITS) {
      total = (total + section + digit) * BIG_UNITS[ch]!;
      section = 0;
      digit = 0;
    } else return Number.NaN;
  }
  return total + section + digit;
}

const NUMERAL = '[零〇一二两兩三四五六七八九十百千]+';

/** The value the text states: money in 元, shares and changes as fractions, counts and quantities in their unit. */
export function valueOfText(text: string): number {
  let t = text
    .replace(/^(?:超过|超過|超|约|約|近|逾|突破)/u, '')
    .replace(/(?:以上|左右)$/u, '');
  let sign = 1;
  const change = /^(?:同比|环比|環比)?(增长|增長|下降|减少|減少|提高|提升|增加|降低)了?/u.exec(t);
  if (change) {
    if (/下降|减少|減少|降低/u.test(change[1]!)) sign = -1;
    t = t.slice(change[0].length).replace(/^(?:约|約)/u, '');
  }
  const fraction = new RegExp(`^(${NUMERAL})分之(${NUMERAL})`, 'u').exec(t);
  if (fraction) return sign * (chineseNumber(fraction[2]!) / chineseNumber(fraction[1]!));
  const tenths = new RegExp(`^(${NUMERAL})成$`, 'u').exec(t);
  if (tenths) return sign * (chineseNumber(tenths[1]!) / 10);
  const m = new RegExp(`^(\\d[\\d,]*(?:\\.\\d+)?|${NUMERAL}(?:[万萬亿億]${NUMERAL})*)[余餘多]?(千万|百万|[万萬亿億])?[余餘多]?(.*)$`, 'u').exec(t);
  if (!m) return Number.NaN;
  const base = /\d/.test(m[1]!) ? Number(m[1]!.replace(/,/g, '')) : chineseNumber(m[1]!);
  const scale = { 千万: 1e7, 百万: 1e6, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }[m[2] ?? ''] ?? 1;
  const percent = /^(%|个百分点|個百分點)/u.test(m[3]!) ? 0.01 : 1;
  return sign * base * scale * percent;
}
