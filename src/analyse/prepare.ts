import type { ArticleText } from '../model/article.js';
import { detectScript, toSimplified } from './script.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { AnalysisInput } from './types.js';

// The build asks once for the texts to tag and once to analyse: the same article, prepared once.
const prepared = new WeakMap<ArticleText, AnalysisInput>();

/** The article with simplified copies of its text and its sentences, split once for every analyser. */
export function prepareArticle(article: ArticleText): AnalysisInput {
  let input = prepared.get(article);
  if (!input) {
    input = prepareAnew(article);
    prepared.set(article, input);
  }
  return input;
}

function prepareAnew(article: ArticleText): AnalysisInput {
  const simplify = isTraditional(article) ? toSimplified : (s: string) => s;
  const title = simplify(article.title);
  const lead = article.lead === null ? null : simplify(article.lead);
  const paragraphs = article.paragraphs.map((p) => simplify(p.text));
  const sentences: Sentence[] = [];
  if (lead) splitSentences(lead).forEach((text, index) => sentences.push({ text, paragraph: -1, index }));
  article.paragraphs.forEach((p, i) => {
    if (p.kind === 'caption') return;
    splitSentences(paragraphs[i]!).forEach((text, index) => sentences.push({ text, paragraph: i, index }));
  });
  return { article, title, lead, paragraphs, sentences };
}

// Enough of the article to tell its script, in case segmentation did not.
function isTraditional(article: ArticleText): boolean {
  if (article.script === 'zh-Hant') return true;
  const sample = [article.title, article.lead ?? '', ...article.paragraphs.slice(0, 3).map((p) => p.text)].join('\n').slice(0, 600);
  return detectScript(sample) === 'zh-Hant';
}

/** True when the analysers read a simplified copy that differs from the article as written. */
export function isConverted(input: AnalysisInput): boolean {
  return input.title !== input.article.title || input.paragraphs.some((p, i) => p !== input.article.paragraphs[i]?.text);
}

/**
 * The article's own form of a stretch of simplified text: 臺北 stays 臺北 in what the reader sees.
 * Conversion keeps lengths in nearly every case; where it did not, the simplified form is all there is.
 */
export function originalForm(original: string, simplified: string, start: number, end: number): string {
  return original.length === simplified.length ? original.slice(start, end) : simplified.slice(start, end);
}

/** The article-form text of a sentence (or any piece) found in a simplified paragraph. */
export function originalOf(input: AnalysisInput, paragraph: number, piece: string): string {
  const original = paragraph === -1 ? (input.article.lead ?? '') : (input.article.paragraphs[paragraph]?.text ?? '');
  const simplified = paragraph === -1 ? (input.lead ?? '') : (input.paragraphs[paragraph] ?? '');
  if (original === simplified) return piece;
  const at = simplified.indexOf(piece);
  return at < 0 ? piece : originalForm(original, simplified, at, at + piece.length);
}
