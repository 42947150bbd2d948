/**
 * Numbers, dates and numerals as Chinese readers expect them in a 简报. Pure functions shared by
 * the view model (which formats once) and the template helpers (which let templates reformat).
 */

export interface NumberStyle {
  /** Decimal places; 2 unless given. */
  digits?: number;
  /** Drop trailing zeros (10亿元 rather than 10.00亿元); the view model trims, helpers do not. */
  trim?: boolean;
}

/** A number with a fixed count of decimals, optionally without trailing zeros. */
export function formatNumber(n: number, style: NumberStyle = {}): string {
  const digits = Math.max(0, Math.min(10, Math.round(style.digits ?? 2)));
  // toFixed rounds binary fractions (1.005) down; nudging by a relative epsilon rounds as people do.
  const nudged = n + Math.sign(n) * Math.abs(n) * 1e-12;
  let s = nudged.toFixed(digits);
  if (style.trim && s.includes('.')) s = s.replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

export type MoneyUnit = 'auto' | '亿元' | '万元' | '元';
const MONEY_SCALE: Record<Exclude<MoneyUnit, 'auto'>, number> = { 亿元: 1e8, 万元: 1e4, 元: 1 };

/** Which unit `auto` picks: 亿元 from 1e8, 万元 from 1e4, else 元. */
export function moneyUnitFor(yuan: number): Exclude<MoneyUnit, 'auto'> {
  const a = Math.abs(yuan);
  return a >= 1e8 ? '亿元' : a >= 1e4 ? '万元' : '元';
}

/** 766000000 → 7.66亿元. */
export function formatMoney(yuan: number, unit: MoneyUnit = 'auto', style: NumberStyle = {}): string {
  // An unknown unit (a typo in a template) falls back to auto rather than printing NaN.
  const u = unit in MONEY_SCALE ? (unit as Exclude<MoneyUnit, 'auto'>) : moneyUnitFor(yuan);
  return formatNumber(yuan / MONEY_SCALE[u], style) + u;
}

/** 0.2786 → 27.86%. */
export function formatPercent(fraction: number, style: NumberStyle = {}): string {
  return formatNumber(fraction * 100, style) + '%';
}

/** 1.5584 → 同比增长155.84%; −0.032 → 同比下降3.20%; 0 → 同比持平. */
export function formatChange(fraction: number, basis = '同比', style: NumberStyle = {}): string {
  const magnitude = formatNumber(Math.abs(fraction) * 100, style);
  if (Number(magnitude) === 0) return `${basis}持平`;
  return `${basis}${fraction > 0 ? '增长' : '下降'}${magnitude}%`;
}

/** Counts and quantities: 100000 吨 → 10万吨, 42 个 → 42个. */
export function formatQuantity(value: number, unit: string, style: NumberStyle = {}): string {
  const a = Math.abs(value);
  if (a >= 1e8) return formatNumber(value / 1e8, style) + '亿' + unit;
  if (a >= 1e5) return formatNumber(value / 1e4, style) + '万' + unit;
  return formatNumber(value, { ...style, digits: Number.isInteger(value) ? 0 : style.digits }) + unit;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

// Briefings are Chinese documents: a moment is dated in China Standard Time, whatever the machine's zone.
const CST_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar date of an ISO date (2023-04-21), ISO timestamp or Date; null when unreadable. */
export function calendarDate(value: string | Date): CalendarDate | null {
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return null;
  const cst = new Date(d.getTime() + CST_OFFSET_MS);
  return { year: cst.getUTCFullYear(), month: cst.getUTCMonth() + 1, day: cst.getUTCDate() };
}

/** 2023-04-21 → 2023年4月21日; anything unreadable comes back as given. */
export function formatDate(value: string | Date): string {
  const c = calendarDate(value);
  if (!c) return String(value);
  return `${c.year}年${c.month}月${c.day}日`;
}

/** ISO date (YYYY-MM-DD) of a moment, in China Standard Time. */
export function isoDate(value: Date): string {
  const c = calendarDate(value)!;
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** 2023年4月1日至4月21日 (the year once when both ends share it); null when neither end is known. */
export function formatPeriod(since: string | null, until: string | null): string | null {
  const a = since ? calendarDate(since) : null;
  const b = until ? calendarDate(until) : null;
  if (!a && !b) return null;
  if (!a || !b) return formatDate((since ?? until)!);
  if (a.year === b.year && a.month === b.month && a.day === b.day) return formatDate(since!);
  const end = a.year === b.year ? `${b.month}月${b.day}日` : formatDate(until!);
  return `${formatDate(since!)}至${end}`;
}

/** 3 → 第3期. */
export function formatIssue(n: number): string {
  return `第${n}期`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SMALL_UNITS = ['', '十', '百', '千'];

/** 0 ≤ n < 10000 in Chinese numerals, with 零 for inner gaps (一百零五). */
function fourDigits(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + SMALL_UNITS[pos]!;
  }
  return out;
}

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五, 10000 → 一万; non-integers and ≥ 1e12 stay Arabic. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e12) return String(n);
  if (n < 0) return '负' + chineseNumeral(-n);
  if (n === 0) return DIGITS[0]!;
  const groups: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 1e4)) groups.push(v % 1e4);
  const bigUnits = ['', '万', '亿'];
  let out = '';
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    if (out && g < 1000) out += '零';
    out += fourDigits(g) + bigUnits[i]!;
  }
  // 十二 rather than 一十二 when the number starts with a ten.
  return out.replace(/^一十/, '十');
}

// Sentence ends and clause ends, for cutting text where a reader expects a pause.
const SENTENCE_END = /[。！？!?；;…]/u;
const CLAUSE_END = /[，、：,:]/u;
const CLOSERS = /[”’」』）)】》]/u;

/**
 * At most `max` characters, cut at the last sentence end that keeps at least half of them, else at
 * a clause end (marked ……), else mid-text (……). An opening “ left unclosed is closed.
 */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max || max <= 0) return text;
  const window = chars.slice(0, max + 1);
  let cut = -1;
  for (let i = Math.min(max, window.length) - 1; i >= Math.floor(max / 2); i--) {
    if (SENTENCE_END.test(window[i]!)) {
      cut = i + 1;
      while (cut < chars.length && cut < max && CLOSERS.test(chars[cut]!)) cut++;
      break;
    }
  }
  let out: string;
  if (cut > 0) out = chars.slice(0, cut).join('');
  else {
    let clause = -1;
    for (let i = max - 1; i >= Math.floor(max / 2); i--) {
      if (CLAUSE_END.test(window[i]!)) {
        clause = i;
        break;
      }
    }
    out = chars.slice(0, clause > 0 ? clause : max).join('') + '……';
  }
  const opened = (out.match(/“/g) ?? []).length - (out.match(/”/g) ?? []).length;
  return opened > 0 ? out + '”'.repeat(opened) : out;
}
