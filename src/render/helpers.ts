import type { HelperDelegate, HelperOptions } from 'handlebars';
import { escapeValue } from './escape.js';
import {
  chineseNumeral,
  formatChange,
  formatDate,
  formatIssue,
  formatMoney,
  formatPercent,
  truncateText,
  type MoneyUnit,
} from './format.js';
import { chartSpecSchema } from './view-schema.js';

/**
 * Template helpers for Chinese formatting. Pure: nothing here reads files or the network.
 * Options in [brackets] are hash arguments (`{{money value unit="万元" digits=1}}`); they may also
 * be given in order (`{{money value "万元" 1}}`). `digits` is fixed (1.20万元); the view's ready-made
 * fields (figures[].value …) drop trailing zeros instead (10亿元). What a helper returns is escaped
 * for Markdown like any `{{value}}`; only `chart` returns Markdown.
 *
 * | helper    | arguments                                  | example                              | result           |
 * |-----------|--------------------------------------------|--------------------------------------|------------------|
 * | money     | value(元) [unit=auto|亿元|万元|元] [digits=2] | {{money 766000000}}                  | 7.66亿元          |
 * | percent   | fraction [digits=2]                        | {{percent 0.2786}}                   | 27.86%           |
 * | change    | fraction [basis=同比] [digits=2]            | {{change -0.032}}                    | 同比下降3.20%     |
 * | date      | ISO date or timestamp                      | {{date "2023-04-21"}}                | 2023年4月21日     |
 * | issue     | n                                          | {{issue 3}}                          | 第3期             |
 * | cnNum     | n                                          | {{cnNum 12}}                         | 十二              |
 * | h1num     | n                                          | {{h1num 1}}                          | 一、              |
 * | h2num     | n                                          | {{h2num 1}}                          | （一）            |
 * | h3num     | n                                          | {{h3num 1}}                          | 1.               |
 * | h4num     | n                                          | {{h4num 1}}                          | （1）             |
 * | join      | list [sep=、] [key=field]                   | {{join titleList}}                   | 区政协副主席、区农业农村委主任 |
 * | truncate  | text n                                     | {{truncate quote 60}}                | cut at 。 or ，   |
 * | inc       | n                                          | {{inc @index}}                       | 1                |
 * | eq        | a b                                        | {{#if (eq status "在建")}}…{{/if}}     | true / false     |
 * | gt        | a b                                        | {{#if (gt figures.length 2)}}…{{/if}} | true / false     |
 * | or        | a b …                                      | {{#if (or keywords themes)}}…{{/if}}  | first non-empty  |
 * | counter   | name                                       | {{h1num (counter "section")}}        | 一、 then 二、 …   |
 * | chart     | spec                                       | {{chart chart}}                      | ```chart block   |
 */
export interface HelperDoc {
  name: string;
  args: string;
  example: string;
  result: string;
}

export const HELPER_DOCS: readonly HelperDoc[] = [
  { name: 'money', args: 'value(元) [unit="亿元"|"万元"|"元"|"auto"] [digits=2]', example: '{{money 766000000}}', result: '7.66亿元' },
  { name: 'percent', args: 'fraction [digits=2]', example: '{{percent 0.2786}}', result: '27.86%' },
  { name: 'change', args: 'fraction [basis="同比"] [digits=2]', example: '{{change -0.032}}', result: '同比下降3.20%' },
  { name: 'date', args: 'ISO date or timestamp', example: '{{date "2023-04-21"}}', result: '2023年4月21日' },
  { name: 'issue', args: 'n', example: '{{issue 3}}', result: '第3期' },
  { name: 'cnNum', args: 'n', example: '{{cnNum 12}}', result: '十二' },
  { name: 'h1num', args: 'n', example: '{{h1num 1}}', result: '一、' },
  { name: 'h2num', args: 'n', example: '{{h2num 1}}', result: '（一）' },
  { name: 'h3num', args: 'n', example: '{{h3num 1}}', result: '1.' },
  { name: 'h4num', args: 'n', example: '{{h4num 1}}', result: '（1）' },
  { name: 'join', args: 'list [sep="、"] [key="field"]', example: '{{join titleList}}', result: '区政协副主席、区农业农村委主任' },
  { name: 'truncate', args: 'text n', example: '{{truncate quote 60}}', result: 'at most 60 characters, cut at 。 or ，' },
  { name: 'inc', args: 'n', example: '{{inc @index}}', result: '1 (for the first item)' },
  { name: 'eq', args: 'a b', example: '{{#if (eq status "在建")}}…{{/if}}', result: 'true when equal' },
  { name: 'gt', args: 'a b', example: '{{#if (gt figures.length 2)}}…{{/if}}', result: 'true when a > b' },
  { name: 'or', args: 'a b …', example: '{{#if (or keywords themes)}}…{{/if}}', result: 'the first value that is not empty' },
  {
    name: 'counter',
    args: 'name',
    example: '{{h1num (counter "section")}}',
    result: '1, 2, 3 … per name and document: numbers only the sections that are shown',
  },
  { name: 'chart', args: 'spec', example: '{{chart chart}}', result: 'a ```chart block with the spec as JSON' },
];

/** The helper `{{x}}` calls to escape a value; registered with the others, not for templates. */
export const ESCAPE_HELPER = '__escapeMarkdown';

type Args = unknown[];

/** Splits Handlebars' arguments into positional ones and the hash. */
function split(args: Args): { pos: unknown[]; hash: Record<string, unknown>; options: HelperOptions | undefined } {
  const last = args[args.length - 1] as HelperOptions | undefined;
  const isOptions = typeof last === 'object' && last !== null && 'hash' in last && 'data' in last;
  const options = isOptions ? last : undefined;
  return { pos: isOptions ? args.slice(0, -1) : args, hash: options?.hash ?? {}, options };
}

function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

function digitsOf(v: unknown): number | undefined {
  return num(v) ?? undefined;
}

/** A helper over a number: anything that is not one prints as given (or empty for null). */
function numeric(fn: (n: number, pos: unknown[], hash: Record<string, unknown>) => string): HelperDelegate {
  return (...args: Args) => {
    const { pos, hash } = split(args);
    const n = num(pos[0]);
    return n === null ? (pos[0] == null ? '' : String(pos[0])) : fn(n, pos, hash);
  };
}

/** eq and gt answer true/false in a subexpression, and choose a branch when used as a block. */
function comparison(test: (a: unknown, b: unknown) => boolean): HelperDelegate {
  return function (this: unknown, ...args: Args) {
    const { pos, options } = split(args);
    const result = test(pos[0], pos[1]);
    if (options && typeof options.fn === 'function') return result ? options.fn(this) : options.inverse(this);
    return result;
  };
}

/** Handlebars' idea of empty: null, false, '', and empty lists (but not 0). */
function isEmpty(v: unknown): boolean {
  return v == null || v === false || v === '' || (Array.isArray(v) && v.length === 0);
}

function fenced(json: string): string {
  const longest = Math.max(2, ...(json.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}chart\n${json}\n${fence}`;
}

/** The helpers by name; `register` adds them to a Handlebars environment. */
export function markdownHelpers(safe: (s: string) => unknown): Record<string, HelperDelegate> {
  return {
    [ESCAPE_HELPER]: (value: unknown) => escapeValue(value),
    money: numeric((n, pos, hash) =>
      formatMoney(n, ((hash.unit ?? pos[1] ?? 'auto') as MoneyUnit) || 'auto', { digits: digitsOf(hash.digits ?? pos[2]) }),
    ),
    percent: numeric((n, pos, hash) => formatPercent(n, { digits: digitsOf(hash.digits ?? pos[1]) })),
    change: numeric((n, pos, hash) =>
      formatChange(n, String(hash.basis ?? pos[1] ?? '同比'), { digits: digitsOf(hash.digits ?? pos[2]) }),
    ),
    date: (...args: Args) => {
      const v = split(args).pos[0];
      return v == null || v === '' ? '' : formatDate(v instanceof Date ? v : String(v));
    },
    issue: numeric((n) => formatIssue(n)),
    cnNum: numeric((n) => chineseNumeral(n)),
    h1num: numeric((n) => `${chineseNumeral(n)}、`),
    h2num: numeric((n) => `（${chineseNumeral(n)}）`),
    h3num: numeric((n) => `${n}.`),
    h4num: numeric((n) => `（${n}）`),
    join: (...args: Args) => {
      const { pos, hash } = split(args);
      const list = pos[0];
      if (!Array.isArray(list)) return list == null ? '' : String(list);
      const key = hash.key == null ? null : String(hash.key);
      const items = list.map((x) => (key && x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[key] : x));
      return items.filter((x) => x != null && x !== '').join(String(hash.sep ?? pos[1] ?? '、'));
    },
    truncate: (...args: Args) => {
      const { pos, hash } = split(args);
      const n = num(hash.n ?? pos[1]);
      const text = pos[0] == null ? '' : String(pos[0]);
      return n === null ? text : truncateText(text, n);
    },
    inc: numeric((n) => String(n + 1)),
    eq: comparison((a, b) => a === b || (num(a) !== null && num(a) === num(b))),
    gt: comparison((a, b) => {
      const x = num(a);
      const y = num(b);
      return x !== null && y !== null && x > y;
    }),
    or: (...args: Args) => {
      const { pos } = split(args);
      return pos.find((v) => !isEmpty(v)) ?? pos[pos.length - 1] ?? null;
    },
    counter: (...args: Args) => {
      const { pos, options } = split(args);
      // The outermost data frame is created afresh for each render, so counts never leak between documents.
      let frame = options?.data as { _parent?: unknown; __counters?: Record<string, number> } | undefined;
      while (frame?._parent) frame = frame._parent as typeof frame;
      if (!frame) return 1;
      const counters = (frame.__counters ??= Object.create(null) as Record<string, number>);
      const name = String(pos[0] ?? 'default');
      return (counters[name] = (counters[name] ?? 0) + 1);
    },
    chart: (...args: Args) => {
      const spec = split(args).pos[0];
      if (spec == null) return '';
      const parsed = chartSpecSchema.safeParse(spec);
      if (!parsed.success) throw new Error(`chart: not a chart spec (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return safe(fenced(JSON.stringify(parsed.data)));
    },
  };
}

/** Every helper a template may call: Handlebars' built-ins and ours. */
export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'blockHelperMissing', 'helperMissing'] as const;
export const HELPER_NAMES: ReadonlySet<string> = new Set([...BUILTIN_HELPERS, ...HELPER_DOCS.map((d) => d.name), ESCAPE_HELPER]);
