import type { Sentence } from './sentences.js';
import { codePointCount } from './_chars.js';
import { gazetteerOf } from './district.js';
import type { Gazetteer } from './gazetteer.js';
import { keywordsOf, stopwordsOf } from './keywords.js';
import { INTERVIEW_QUESTION, withoutAnswerOpening } from './people/quotes.js';
import { originalOf } from './prepare.js';
import type { AnalysisInput, Analyser } from './types.js';

interface Candidate {
  sentence: Sentence;
  /** Simplified text without an outlet's dateline. */
  text: string;
  order: number;
  score: number;
}

const MAX_SENTENCES = 3;
const BUDGET = 260;
const THIRD = 0.55;
const MIN_LENGTH = 12;
const ENDS_WHOLE = /[。！？!?…；;][”’」』）)]*$/u;
// 天津北方网讯：, 本报讯（记者 王某）, 新华社天津4月8日电 — the outlet, not the news.
const DATELINE = /^[^。，,：:]{0,24}(?:讯|电)(?:(?:（[^）]*）|\([^)]*\))[：:\s]*|[：:\s]+)/u;
// 👉, ▶, ● before a WeChat paragraph: decoration, which a summary (and a font without emoji) does without.
const DECORATION = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}▶►▷●○◆◇■□★☆▲△→\s]+/u;
const FIGURE = /\d+(?:\.\d+)?\s*(?:%|％|亿|万|千|个|家|项|元|吨|亩|人|名|平方米|公里|千米|米|次|天|倍|户|套|台|件)/gu;
const QUOTED = /“[^”]*”/gu;

/** Two or three whole sentences of the article, in its order, that say the most about it. */
function summaryOf(input: AnalysisInput, gazetteer: Gazetteer, stopwords: ReadonlySet<string> = new Set()): string[] {
  const keywords = keywordsOf(input, stopwords);
  const keywordTotal = keywords.reduce((s, k) => s + k.weight, 0) || 1;
  const leadSentences = input.sentences.filter((s) => s.paragraph === -1).map((s) => bigrams(s.text));
  const kinds = input.article.paragraphs.map((p) => p.kind);
  const paragraphRank = new Map<number, number>();
  const candidates: Candidate[] = [];
  wholeSentences(input.sentences).forEach((sentence, order) => {
    if (sentence.paragraph >= 0 && kinds[sentence.paragraph] !== 'text') return;
    // An interview's question is not news; its answer is, without the 答： before it.
    if (INTERVIEW_QUESTION.test(sentence.text)) return;
    const text = withoutAnswerOpening(sentence.text.replace(DECORATION, '').replace(DATELINE, ''));
    if (codePointCount(text) < MIN_LENGTH || !ENDS_WHOLE.test(text)) return;
    // A first paragraph that repeats the lead adds nothing.
    if (sentence.paragraph >= 0 && leadSentences.length > 0) {
      const grams = bigrams(text);
      if (leadSentences.some((l) => overlap(l, grams) > 0.7)) return;
    }
    if (!paragraphRank.has(sentence.paragraph)) paragraphRank.set(sentence.paragraph, paragraphRank.size);
    const rank = paragraphRank.get(sentence.paragraph)!;
    const position = sentence.paragraph === -1 ? (sentence.index === 0 ? 1.6 : 0.9) : Math.max(0.2, Math.pow(0.75, rank)) + (sentence.index === 0 ? 0.2 : 0);
    const coverage = keywords.reduce((s, k) => s + (text.includes(k.word) ? k.weight : 0), 0) / keywordTotal;
    const figures = Math.min(2, text.match(FIGURE)?.length ?? 0) * 0.35;
    const place = gazetteer.find(text).some((m) => m.entries.some((e) => e.level === 'county' || e.level === 'town' || e.level === 'zone')) ? 0.3 : 0;
    candidates.push({ sentence, text, order, score: position + 2 * coverage + figures + place - penalty(text) });
  });
  const chosen: Candidate[] = [];
  let length = 0;
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0]?.score ?? 0;
  for (const c of ranked) {
    if (chosen.length >= MAX_SENTENCES) break;
    const size = codePointCount(c.text);
    // A third sentence only when it is worth reading and the summary stays short.
    if (chosen.length >= 2 && (length + size > BUDGET || c.score < THIRD * best)) break;
    if (chosen.some((x) => similarity(x.text, c.text) > 0.6)) continue;
    chosen.push(c);
    length += size;
  }
  return chosen
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const whole = originalOf(input, c.sentence.paragraph, c.sentence.text);
      return whole.slice(whole.length - c.text.length);
    });
}

/** Clauses the splitter cut at ；are one sentence to a reader of a summary. */
function wholeSentences(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && /[；;]$/u.test(prev.text)) out[out.length - 1] = { ...prev, text: prev.text + s.text };
    else out.push(s);
  }
  return out;
}

/** Slogans, quotes that carry no facts, and sentences too long to read at a glance. */
function penalty(text: string): number {
  const length = codePointCount(text);
  const hasFigure = /\d/u.test(text);
  let p = 0;
  const quoted = (text.match(QUOTED) ?? []).reduce((s, q) => s + q.length, 0);
  if (!hasFigure && quoted / length > 0.6) p += 0.6;
  // 担起强镇之责、提升强镇之能、彰显强镇之为: parallel four-to-six-character phrases, no facts.
  const phrases = text.split(/[、，,。；]/u).filter((x) => x.length >= 3 && x.length <= 7).length;
  if (!hasFigure && phrases >= 4 && phrases * 6 >= length * 0.6) p += 0.5;
  if (!hasFigure && length < 25) p += 0.4;
  if (length > 160) p += 0.6;
  else if (length > 110) p += 0.25;
  return p;
}

/** How much two sentences say the same: shared character bigrams over the shorter one's. */
function similarity(a: string, b: string): number {
  return overlap(bigrams(a), bigrams(b));
}

function bigrams(s: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) set.add(s.slice(i, i + 2));
  return set;
}

// (The lead's bigrams are made once, not once for every sentence compared with it.)
function overlap(x: Set<string>, y: Set<string>): number {
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  const smaller = Math.min(x.size, y.size);
  return smaller === 0 ? 0 : both / smaller;
}

export const summarize: Analyser = (input, ctx) => ({
  facts: { summary: summaryOf(input, gazetteerOf(ctx), stopwordsOf(ctx)) },
});
