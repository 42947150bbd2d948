import { currencyOf, isYuan, type Figure } from '../model/index.js';
import { formatChange, formatMoney, formatNumber, formatPercent, formatQuantity, moneyUnitFor, truncateText } from './format.js';
import type { ChartSpec } from './tree.js';

/** A figure as the district carries it: the article it comes from travels with it. */
export type SourcedFigure = Figure & { articleId: string };

// What a leader reads first: money, then growth rates, then shares, then counts and quantities.
const KIND_ORDER: Record<Figure['kind'], number> = { money: 0, change: 1, percent: 2, count: 3, quantity: 4 };

const PREFIX_QUALIFIERS = /^(?:约|近|超|超过|逾|达|约合|将近|突破|不到|不足|仅|不少于|不低于|不超过|至少|高达|多达|最高|最多|最低|接近)$/u;

/** 7.66亿元, 同比增长155.84%, 超10万吨, 20余家: the figure normalised, with the article's hedge kept. */
export function formatFigureValue(f: Figure): string {
  const trim = { trim: true };
  let body: string;
  if (f.kind === 'money') body = formatMoney(f.value, 'auto', trim).replace(/元$/u, currencyOf(f));
  // 高于全市平均水平7.2个百分点: a difference of shares, never 7.2%.
  else if (f.kind === 'percent') body = f.unit === '百分点' ? `${formatNumber(f.value * 100, trim)}个百分点` : formatPercent(f.value, trim);
  else if (f.kind === 'change') body = changeAsWritten(f);
  else body = quantityAsWritten(f);
  const q = f.qualifier?.trim();
  if (!q) return body;
  if (PREFIX_QUALIFIERS.test(q)) return q + body;
  // 余 and 多 sit before the unit (1.2亿余元, 20余家); 以上 and the like after the whole amount.
  if ((q === '余' || q === '多') && f.kind !== 'percent' && f.kind !== 'change') {
    const unit = f.kind === 'money' ? currencyOf(f) : f.unit;
    if (unit && body.endsWith(unit)) return body.slice(0, body.length - unit.length) + q + unit;
  }
  return body + q;
}

/** A change given as a rate (同比增长6.8%), not in a unit of its own (百分点, 万元). */
function isRate(f: Figure): boolean {
  return f.kind === 'change' && (f.unit === '%' || f.unit === '');
}

/**
 * A change in its own unit: 同比增长6.8% for a rate, 提高1.2个百分点 for a share, 增加360万元 for an
 * amount (a change in yuan is no percentage).
 */
function changeAsWritten(f: Figure): string {
  const basis = f.basis ?? '';
  if (isRate(f)) return formatChange(f.value, basis, { trim: true });
  if (f.value === 0) return `${basis}持平`;
  const up = f.value > 0;
  const size = Math.abs(f.value);
  if (f.unit === '百分点') return `${basis}${up ? '提高' : '下降'}${formatNumber(size * 100, { trim: true })}个百分点`;
  // (An amount of money added is written at the article's scale too: 增加360万元, 增加1.2亿美元.)
  return `${basis}${up ? '增加' : '减少'}${quantityAsWritten({ ...f, value: size })}`;
}

/** Counts and quantities at the scale the article chose: 2.1万平方米 stays so, 21000平方米 too. */
function quantityAsWritten(f: Figure): string {
  const a = Math.abs(f.value);
  if (f.text.includes('万') && a >= 1e4 && a < 1e8) return formatNumber(f.value / 1e4, { trim: true }) + '万' + f.unit;
  return formatQuantity(f.value, f.unit, { trim: true });
}

// 增长 and 增速 are said by the value (同比增长155.84%); the label keeps what grew.
const CHANGE_WORDS = /(?:同比|环比)?(?:增长|增速|增幅|增加|下降|降幅|减少|提高|回落)(?:率)?$/u;

/** What a change measures, without the words for change: 到位额同比增长 → 到位额. */
export function changeSubject(label: string): string {
  const stripped = label.replace(CHANGE_WORDS, '').replace(/(?:同比|环比)$/u, '');
  return Array.from(stripped).length >= 2 ? stripped : label;
}

/** What the figure measures, or the start of its sentence when the analyser found no label. */
export function figureLabel(f: Figure): string {
  return f.label.trim() || truncateText(f.sentence, 20);
}

function magnitude(f: Figure): number {
  return Math.abs(f.value);
}

/** Results before what is aimed at or expected: a briefing reports first what was done. */
function outlookRank(f: Figure): number {
  return f.outlook ? 1 : 0;
}

/** Distinct figures, most telling first: results before goals and forecasts, then by kind (money, change, percent, …), then by size. */
export function rankFigures<T extends Figure>(figures: T[]): T[] {
  const seen = new Set<string>();
  const distinct = figures.filter((f) => {
    const key = `${f.kind}|${f.value}|${f.unit}|${figureLabel(f)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return distinct
    .map((f, i) => ({ f, i }))
    .sort((a, b) => outlookRank(a.f) - outlookRank(b.f) || KIND_ORDER[a.f.kind] - KIND_ORDER[b.f.kind] || magnitude(b.f) - magnitude(a.f) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * The largest single amount of money in yuan that the article reports as done (no goal or
 * forecast), or null. Amounts of different measures (investment, sales, tax) do not add up to
 * anything a reader could use, so none are summed.
 */
export function largestMoney<T extends Figure>(figures: T[]): T | null {
  let top: T | null = null;
  for (const f of figures) if (isYuan(f) && !f.outlook && f.value > 0 && (!top || f.value > top.value)) top = f;
  return top;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The bars of a chart of `figures`, at most `max`, named as `name` names them: a name the chart
 * already shows is passed over. Two bars under one name (意向投资额 from two articles) cannot be told
 * apart in a picture that has no 来源 column; the table beside the chart lists them all.
 */
function distinctBars<T extends Figure>(figures: T[], name: (f: T) => string, max: number): { figure: T; name: string }[] {
  const seen = new Set<string>();
  const bars: { figure: T; name: string }[] = [];
  for (const figure of figures) {
    const shown = name(figure);
    if (seen.has(shown)) continue;
    seen.add(shown);
    bars.push({ figure, name: shown });
    if (bars.length === max) break;
  }
  return bars;
}

/** A company's legal form (有限公司, 股份有限公司): a bar's name has 14 characters, and the table beside it names the company in full. */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司)/u;

/** A figure's label as a bar's name: without a legal form when what remains says enough, at most 14 characters. */
function barName(label: string): string {
  const short = label.replace(LEGAL_FORM, '');
  return truncateText(Array.from(short).length >= 4 ? short : label, 14);
}

/** A horizontal bar chart of the changes (同比增长…) in percent, when there are at least `min` of them. */
export function changeChart(figures: Figure[], title: string, min = 3, max = 8): ChartSpec | null {
  const bars = distinctBars(
    // (Rates only: 增加360万元 or 提高1.2个百分点 is no bar on a percent axis.)
    figures.filter(isRate),
    (f) => barName(changeSubject(figureLabel(f))),
    max,
  );
  if (bars.length < min) return null;
  return {
    type: 'hbar',
    title,
    unit: '%',
    categories: bars.map((b) => b.name),
    series: [{ name: '增幅', values: bars.map((b) => round2(b.figure.value * 100)) }],
  };
}

/** A horizontal bar chart of the money figures in yuan, when at least `min` of them are large enough to share one axis. */
export function moneyChart(figures: Figure[], title: string, min = 3, max = 8): ChartSpec | null {
  const money = figures.filter((f) => isYuan(f) && f.value > 0);
  const largest = Math.max(0, ...money.map((f) => f.value));
  const bars = distinctBars(
    // 人均可支配收入4.9万元 beside 产值186.4亿元 would be a bar of 0 on the axis: amounts under a
    // hundredth of the largest are left to the table.
    money.filter((f) => f.value * 100 >= largest),
    (f) => barName(figureLabel(f)),
    max,
  );
  if (bars.length < min) return null;
  const unit = moneyUnitFor(Math.max(...bars.map((b) => b.figure.value)));
  const scale = unit === '亿元' ? 1e8 : unit === '万元' ? 1e4 : 1;
  return {
    type: 'hbar',
    title,
    unit,
    categories: bars.map((b) => b.name),
    series: [{ name: '金额', values: bars.map((b) => round2(b.figure.value / scale)) }],
  };
}
