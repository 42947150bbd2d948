import type { Figure } from '../model/index.js';
import { growthRateSign, isMoneyLabel, labelFigure, verbName } from './figures/labels.js';
import { goalSentences, outlookOf } from './figures/outlook.js';
import { scanFigures, type RawFigure } from './figures/scan.js';
import { isDictionaryWord } from './_jieba.js';
import { fieldOf, recordName } from './_records.js';
import { writtenSentence } from './names/written.js';
import type { AnalysisInput, Analyser } from './types.js';

const MAX_LABEL = 24;

/** A label readable on its own: no quotation marks, and not a whole clause (cut only at a 的, never mid-word). */
function tidyLabel(label: string): string {
  const s = label.replace(/[“”‘’「」《》"'\s]/gu, '');
  if (s.length <= MAX_LABEL) return s;
  const tail = s.slice(s.lastIndexOf('的') + 1);
  return tail.length >= 2 ? tail : s;
}

// A change's label that names no measure: 同比增长, 增长, 环比下降.
const CHANGE_ONLY = /^(?:同比|环比)?(?:增长|下降|上涨|下跌|减少|提高|回落)$/u;
const RESPECTIVELY = /(?:分别(?:同比|环比)?|(?:同比|环比)分别)$/u;
const LIST_JOINER = /^[和、及与，,]$/u;

/**
 * 游客1860万人次、收入213.4亿元，分别增长35.2%和41.7%: the changes after 分别 belong, in order,
 * to the amounts before them.
 */
function assignRespectively(sentence: string, raws: RawFigure[], labels: string[]): void {
  for (let i = 0; i < raws.length; i++) {
    const first = raws[i]!;
    if (first.kind !== 'change' || !first.changeVerb) continue;
    const verbAt = first.start + (/^(?:同比|环比)/u.test(sentence.slice(first.start)) ? 2 : 0);
    if (!RESPECTIVELY.test(sentence.slice(0, verbAt))) continue;
    let last = i;
    while (last + 1 < raws.length && LIST_JOINER.test(sentence.slice(raws[last]!.end, raws[last + 1]!.start))) last++;
    const bases = raws.slice(0, i).map((r, k) => (r.kind === 'change' || r.kind === 'percent' ? null : labels[k]!));
    const amounts = bases.filter((b): b is string => b !== null);
    const n = last - i + 1;
    if (n < 2 || amounts.length < n) continue;
    for (let k = 0; k < n; k++) {
      const raw = raws[i + k]!;
      if (k > 0) {
        raw.kind = 'change';
        raw.changeVerb = first.changeVerb;
        raw.basis = first.basis;
        if (Math.sign(raw.value) !== Math.sign(first.value)) raw.value = -raw.value;
      }
      labels[i + k] = amounts[amounts.length - n + k]! + (first.basis ?? '') + verbName(first.changeVerb);
    }
    i = last;
  }
}

const SHARED_BEFORE = /([\p{Script=Han}、]{3,30})分别(?:达到|达|为|是|实现|完成|增至|突破)?$/u;

/** True when the text is empty or starts with a dictionary word (居民人均…, not 加值 cut out of 增加值). */
function startsWithWord(text: string): boolean {
  if (!text) return true;
  return [4, 3, 2].some((k) => text.length >= k && isDictionaryWord(text.slice(0, k)));
}

/**
 * 城镇、农村居民人均可支配收入分别达到83260元和52180元: heads of equal length listed before one shared
 * measure, and as many amounts after 分别: each amount is its head's (城镇居民…, 农村居民…). Heads may
 * name different things counted in different units (新能源汽车、锂离子电池产量分别为8.65万辆和3.12亿只),
 * be two joined by 和 (夏粮和秋粮产量, 商品零售额和餐饮收入), or be followed by changes
 * (汽车制造业、电气机械和器材制造业增加值分别增长18.7%和12.3%).
 */
function distributeShared(sentence: string, raws: RawFigure[], labels: string[]): void {
  for (let i = 0; i < raws.length; i++) {
    const m = SHARED_BEFORE.exec(sentence.slice(0, raws[i]!.start));
    if (!m) continue;
    const listed = sharedHeads(m[1]!, labels[i]!);
    if (!listed) continue;
    const n = listed.labels.length;
    if (i + n > raws.length) continue;
    const first = raws[i]!;
    const run = raws.slice(i, i + n);
    const joined = run.every((r, k) => k === 0 || LIST_JOINER.test(sentence.slice(run[k - 1]!.end, r.start)));
    if (!joined) continue;
    if (first.kind === 'change') {
      // 分别增长18.7%和12.3%: the rates after the first are changes of the same kind.
      const verb = first.changeVerb;
      if (!verb || run.some((r) => r.kind !== 'change' && r.kind !== 'percent')) continue;
      run.forEach((raw, k) => {
        if (k > 0) {
          raw.kind = 'change';
          raw.changeVerb = verb;
          raw.basis = first.basis;
          if (Math.sign(raw.value) !== Math.sign(first.value)) raw.value = -raw.value;
        }
        labels[i + k] = listed.labels[k]! + (first.basis ?? '') + verbName(verb);
      });
    } else {
      // Amounts of one kind: money beside money, counts and quantities beside each other.
      if (run.some((r) => r.kind === 'change' || r.kind === 'percent' || (r.kind === 'money') !== (first.kind === 'money'))) continue;
      listed.labels.forEach((label, k) => (labels[i + k] = label));
    }
    i += n - 1;
  }
}

/**
 * The labels of the heads listed before 分别 (`written`, the run of text up to it; `label`, the
 * first figure's own label, which names the list without the words before it), or null.
 */
function sharedHeads(written: string, label: string): { labels: string[] } | null {
  let items = written.split('、');
  // 城乡居民人均可支配收入分别达到…和…: 城乡 is 城镇 and 农村, in that order.
  if (items.length === 1 && label.includes('城乡') && written.endsWith(label)) return { labels: [label.replace('城乡', '城镇'), label.replace('城乡', '农村')] };
  // 夏粮和秋粮产量: two heads joined by 和 (only where no 、 lists them: 电气机械和器材制造业 is one).
  let whole = false;
  if (items.length === 1) {
    const pair = label.split(/[和与及]/u);
    if (pair.length !== 2 || pair.some((p) => p.length < 2) || !written.endsWith(label)) return null;
    items = pair;
    whole = true;
  }
  const heads = items.slice(0, -1);
  const last = items.at(-1)!;
  if (!heads.length) return null;
  // 新能源汽车零部件、海洋化工新材料等新兴产品产量: 等 closes the list of heads.
  const etc = last.indexOf('等');
  if (etc >= 2 && etc + 1 < last.length) return { labels: [...heads, last.slice(0, etc)].map((head) => head + last.slice(etc + 1)) };
  // 汽车制造业、电气机械和器材制造业增加值, 纺织业、计算机…制造业增加值: the last head ends as the one
  // before it does (制造业, 业), and what follows it is the measure they share.
  for (let size = 3; size >= 1; size--) {
    const ending = heads.at(-1)!.slice(-size);
    const at = ending.length === size ? last.lastIndexOf(ending) : -1;
    const end = at + size;
    if (at > 0 && end < last.length && startsWithWord(last.slice(end))) return { labels: [...heads, last.slice(0, end)].map((head) => head + last.slice(end)) };
  }
  // The first head may carry words before it (全年进口、出口): heads are as long as the later ones, or as the last item.
  const fits = (size: number) =>
    heads.every((h, k) => (k === 0 ? h.length >= size : h.length === size)) && last.length >= size && startsWithWord(last.slice(size));
  const size = [heads.at(-1)!.length, last.length].find((k) => k > 0 && fits(k));
  // 商品零售额和餐饮收入: no measure shared, each head is one whole.
  if (whole && (size === undefined || last.slice(size) === '')) return { labels: items };
  if (size === undefined) return null;
  const shared = last.slice(size);
  // 第一、二、三产业: ordinals share their 第 as the heads share the measure.
  const ordinal = size === 1 && /第[一二三四五六七八九十]$/u.test(heads[0]!) ? '第' : '';
  return { labels: [...heads.map((h) => h.slice(-size)), last.slice(0, size)].map((head) => ordinal + head + shared) };
}

// The projects analyser reads the figures of the sentences this one just read: kept for a while.
const recent = new Map<string, { raws: ReturnType<typeof scanFigures>; labels: string[] }>();

/** The figures a sentence states, as scanned, with the label of each. */
function labelledFigures(sentence: string): { raws: ReturnType<typeof scanFigures>; labels: string[] } {
  const known = recent.get(sentence);
  if (known) return known;
  const raws = scanFigures(sentence);
  const labels: string[] = [];
  let lastAmount: string | null = null;
  let lastAny: string | null = null;
  for (const raw of raws) {
    const label = tidyLabel(labelFigure(sentence, raw, lastAmount ?? lastAny));
    labels.push(label);
    lastAny = label;
    if (raw.kind !== 'percent' && raw.kind !== 'change') lastAmount = label;
  }
  distributeShared(sentence, raws, labels);
  assignRespectively(sentence, raws, labels);
  if (recent.size >= 512) recent.clear();
  recent.set(sentence, { raws, labels });
  return { raws, labels };
}

/**
 * The figures of one sentence, labelled; a change without a subject takes the label of the amount before it.
 * `original` is the sentence as the article writes it (traditional characters), when that differs.
 */
export function figuresOfSentence(sentence: string, original = sentence): Figure[] {
  const written = original.length === sentence.length ? original : sentence;
  const { raws, labels } = labelledFigures(sentence);
  const out: Figure[] = [];
  raws.forEach((raw, i) => {
    const label = labels[i]!;
    if (raw.bare && !isMoneyLabel(label)) return;
    let { kind, value } = raw;
    let basis = raw.basis;
    // 销售额增速达90.2%: a rate of growth is a change even without a verb before it.
    const sign = kind === 'percent' && raw.unit === '%' ? growthRateSign(label) : 0;
    if (sign) {
      kind = 'change';
      if (sign < 0 && value > 0) value = -value;
      basis = /同比/u.test(label) ? '同比' : /环比/u.test(label) ? '环比' : null;
    }
    const figure: Figure = {
      text: written.slice(raw.start, raw.end),
      value,
      unit: raw.unit,
      kind,
      label,
      qualifier: raw.qualifier,
      sentence: written,
    };
    if (kind === 'change') figure.basis = basis;
    const outlook = outlookOf(sentence, raw.start, raw.end - raw.start);
    if (outlook) figure.outlook = outlook;
    out.push(figure);
  });
  return out;
}

// What may stand around a figure on a line of its own: marks, emoji, spaces.
const NOT_WORDS = /[^\p{Script=Han}A-Za-z0-9]/gu;
const CARD_LABEL_MAX = 24;
const CARD_FIGURE_MAX = 24;
// One figure over a short line may be a table cell over the next heading; a series of them is a card layout.
const MIN_CARDS = 2;
// What a label line carries besides its words: emoji, spaces, a closing mark.
const DECORATION = /[\p{Extended_Pictographic}\uFE0F\s]|[，。！？；：,.!?;:]+$/gu;

/**
 * The label of a data card (1268.5亿元 on its own line, 前三季度地区生产总值 on the next, as WeChat
 * posts show their figures): the next paragraph when it is short and states no figure, else null.
 */
function cardLabel(input: AnalysisInput, at: number, figure: Figure): string | null {
  const sentence = input.sentences[at]!;
  if (figure.label || sentence.text.replace(NOT_WORDS, '') !== figure.text.replace(NOT_WORDS, '')) return null;
  const next = input.sentences[at + 1];
  if (!next || next.paragraph !== sentence.paragraph + 1 || next.index !== 0) return null;
  if (input.sentences[at + 2]?.paragraph === next.paragraph) return null;
  const label = next.text.replace(NOT_WORDS, '');
  if (label.length < 2 || label.length > CARD_LABEL_MAX || /[A-Za-z]/u.test(label) || figuresOfSentence(next.text).length > 0) return null;
  return writtenSentence(input, next).replace(DECORATION, '');
}

/** The data cards' labels by sentence index, when the article shows its figures so (two cards or more). */
function cardLabels(input: AnalysisInput): Map<number, string> {
  const labels = new Map<number, string>();
  input.sentences.forEach((sentence, at) => {
    // (Only a short line can be a figure alone: no scan of every sentence twice.)
    if (sentence.text.length > CARD_FIGURE_MAX) return;
    const found = figuresOfSentence(sentence.text);
    const label = found.length === 1 ? cardLabel(input, at, found[0]!) : null;
    if (label) labels.set(at, label);
  });
  return labels.size >= MIN_CARDS ? labels : new Map();
}

/** The figures of a sentence under a heading of goals: goals, unless the sentence says they are done. */
function markGoals(sentence: string, found: Figure[]): void {
  let from = 0;
  for (const f of found) {
    const at = sentence.indexOf(f.text, from);
    if (at >= 0) from = at + f.text.length;
    const outlook = outlookOf(sentence, at, f.text.length, true);
    if (outlook) f.outlook = outlook;
    else delete f.outlook;
  }
}

/** Every amount, percentage, change, count and quantity an article states, with what it measures. */
export const extractFigures: Analyser = (input) => {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  // The label of the data card just read: a bare change under it (同比增长6.8%) is of what the card measures.
  let card: { label: string; paragraph: number } | null = null;
  const cards = cardLabels(input);
  // The project a list's record names (项目名称：…): its fields' figures (总投资：12亿元) are that project's.
  let record: string | null = null;
  const goals = goalSentences(input);
  for (const [at, sentence] of input.sentences.entries()) {
    const here = new Set<string>();
    const written = writtenSentence(input, sentence);
    const found = figuresOfSentence(sentence.text, written);
    if (goals.has(at)) markGoals(sentence.text, found);
    const named = recordName(written);
    if (named) record = named.replace(/[项項]目$/u, '');
    const field = fieldOf(sentence.text)?.name;
    if (record && field) for (const f of found) if (f.label === field) f.label = record + field;
    const label = cards.get(at);
    if (label) {
      found[0]!.label = label;
      card = { label, paragraph: sentence.paragraph + 1 };
    } else if (card && sentence.paragraph === card.paragraph + 1 && sentence.index === 0) {
      for (const f of found) if (f.kind === 'change' && CHANGE_ONLY.test(f.label)) f.label = card.label + f.label;
      card = null;
    } else if (card && sentence.paragraph > card.paragraph) card = null;
    for (const figure of found) {
      // The same amount restated under the same label in another sentence (a project named twice) is
      // one fact; twice in one sentence (河东区…2100个，河西区…2100个) it is two.
      const key = `${figure.text}|${figure.label}|${figure.value}`;
      if (seen.has(key)) continue;
      here.add(key);
      figures.push(figure);
    }
    for (const key of here) seen.add(key);
  }
  return { facts: { figures } };
};
