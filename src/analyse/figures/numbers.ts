/** Chinese and Arabic numerals → numbers, exactly: 7.66亿 is 766000000, not 765999999.9999999. */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Powers of ten of the magnitude characters that may follow a number (1.29亿, 3千万). */
const MAGNITUDE_EXPONENTS: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Full-width digits and points as ASCII, character for character, so offsets stay valid. */
export function normaliseDigits(text: string): string {
  return text.replace(/[０-９．]/gu, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** A decimal string times 10^exponent, shifted as text so the result is the nearest double. */
export function scaleDecimal(decimal: string, exponent: number): number {
  const negative = decimal.startsWith('-');
  const clean = decimal.replace(/^[-+]/, '').replace(/,/g, '');
  const [intPart = '0', fracPart = ''] = clean.split('.');
  let digits = intPart + fracPart;
  let point = intPart.length + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const shifted = `${digits.slice(0, point) || '0'}.${digits.slice(point) || '0'}`;
  const value = Number(shifted);
  return negative ? -value : value;
}

/** The value of a Chinese numeral: 十二, 三十, 一百零五, 两千万, 一万亿, 三点五; null if it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  const [whole = '', fraction] = text.split('点');
  if (fraction !== undefined) {
    if (![...fraction].every((ch) => ch in DIGITS) || !fraction) return null;
    const intValue = parseChineseNumeral(whole);
    if (intValue === null) return null;
    return Number(`${intValue}.${[...fraction].map((ch) => DIGITS[ch]).join('')}`);
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of whole) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else if (ch === '万') {
      section = (section + (digit ?? 0)) || 1;
      total += section * 1e4;
      section = 0;
      digit = null;
    } else if (ch === '亿') {
      total = (total + section + (digit ?? 0)) || 1;
      total *= 1e8;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A run of digits written digit by digit (二〇二三) rather than as a numeral: a year or a code. */
export function isDigitByDigit(text: string): boolean {
  return text.length >= 3 && [...text].every((ch) => ch in DIGITS);
}

/** The value of an Arabic number with optional thousands separators and trailing magnitudes: 1,234.5 · 1.29亿 · 3千万. */
export function parseArabicNumber(text: string): number | null {
  const m = /^([-+]?\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿]*)$/u.exec(normaliseDigits(text));
  if (!m) return null;
  return scaleDecimal(m[1]!, magnitudeExponent(m[2]!));
}

/** The power of ten of a run of magnitude characters: 万 → 4, 千万 → 7, 万亿 → 12. */
export function magnitudeExponent(run: string): number {
  let exponent = 0;
  for (const ch of run) exponent += MAGNITUDE_EXPONENTS[ch] ?? 0;
  return exponent;
}
