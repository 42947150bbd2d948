import { parseChineseNumeral } from '../analyse/figures/numbers.js';

// Full-width digits are common in copied newspaper text; they map one to one onto ASCII.
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const FULL_DATES = [
  /(?<![\d.])((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/u,
  /(?<![\d.])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.]*\d)/u,
];
const MONTH_DAY = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/u;
// 二〇二六年十月二十六日, as formal texts write a date out.
const HAN_DATE = /([〇零一二三四五六七八九]{4})年(十[一二]?|[一二三四五六七八九])月(三十一?|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]/u;

/** The first date written out in Chinese numerals, as ISO, or null. */
function findHanDate(text: string): string | null {
  const m = HAN_DATE.exec(text);
  if (!m) return null;
  // The year digit by digit (二〇二六), month and day as numerals (十, 二十六).
  const year = Number([...m[1]!].map((c) => parseChineseNumeral(c)).join(''));
  return isoDate(year, parseChineseNumeral(m[2]!) ?? 0, parseChineseNumeral(m[3]!) ?? 0);
}

/** YYYY-MM-DD for a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date stated in the text (2023年4月21日, 2023-04-21, 2023.4.21, 2023/4/21, 二〇二三年四月二十一日) as ISO, or null. */
export function findFullDate(text: string): string | null {
  const t = asciiDigits(text);
  for (const pattern of FULL_DATES) {
    const m = pattern.exec(t);
    if (!m) continue;
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return iso;
  }
  return findHanDate(text);
}

/** The first 4月21日 in the text, without a year. */
export function findMonthDay(text: string): { month: number; day: number } | null {
  const m = MONTH_DAY.exec(asciiDigits(text));
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return isoDate(2000, month, day) ? { month, day } : null;
}

/** The year a date string states (2023, 2023-04, 2023-04-21, 2023年), or null. */
export function yearOf(date: string | null | undefined): number | null {
  const m = /^\s*((?:19|20)\d{2})(?!\d)/u.exec(asciiDigits(date ?? ''));
  return m ? Number(m[1]) : null;
}

const DAY_MS = 86_400_000;
// A report looks back; it may announce what comes in the next weeks, but not ten months ahead.
const MAX_DAYS_AHEAD = 62;

/**
 * A month and day completed with the year of `anchor`, the date its page or source was published
 * (2024-01-05, or a year alone): the year before when the day would fall more than two months after
 * a full anchor, as 12月28日 in an issue of 2024-01-05 does. Null when no year is known: dates are
 * never guessed.
 */
export function dateNear(md: { month: number; day: number } | null, anchor: string | null | undefined): string | null {
  const year = yearOf(anchor);
  if (!md || year === null) return null;
  const same = isoDate(year, md.month, md.day);
  const published = findFullDate(anchor ?? '');
  if (same && published && Date.parse(same) - Date.parse(published) > MAX_DAYS_AHEAD * DAY_MS) return isoDate(year - 1, md.month, md.day);
  return same;
}
