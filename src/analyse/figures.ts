import type { Figure } from '../model/index.js';
import { growthRateSign, isMoneyLabel, labelFigure, verbName } from './figures/labels.js';
import { scanFigures, type RawFigure } from './figures/scan.js';
import { writtenSentence } from './names/written.js';
import type { Analyser } from './types.js';

const MAX_LABEL = 24;

/** A label readable on its own: no quotation marks, and not a whole clause (cut only at a 的, never mid-word). */
function tidyLabel(label: string): string {
  const s = label.replace(/[“”‘’「」《》"'\s]/gu, '');
  if (s.length <= MAX_LABEL) return s;
  const tail = s.slice(s.lastIndexOf('的') + 1);
  return tail.length >= 2 ? tail : s;
}

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
    out.push(figure);
  });
  return out;
}

/** Every amount, percentage, change, count and quantity an article states, with what it measures. */
export const extractFigures: Analyser = (input) => {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  for (const sentence of input.sentences) {
    const here = new Set<string>();
    for (const figure of figuresOfSentence(sentence.text, writtenSentence(input, sentence))) {
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
