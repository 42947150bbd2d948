import type { Sentence } from '../sentences.js';
import type { AnalysisInput } from '../types.js';

/**
 * A sentence as the article writes it. Analysis reads the simplified copy; what it reports (a figure's
 * text, an organisation's name) is quoted from the original, at the same offsets, when conversion kept
 * the length (it nearly always does).
 */
export function writtenSentence(input: AnalysisInput, sentence: Sentence): string {
  if (input.article.script !== 'zh-Hant') return sentence.text;
  const lead = sentence.paragraph === -1;
  const original = lead ? (input.article.lead ?? '') : (input.article.paragraphs[sentence.paragraph]?.text ?? '');
  const simplified = lead ? (input.lead ?? '') : (input.paragraphs[sentence.paragraph] ?? '');
  const at = simplified.indexOf(sentence.text);
  if (at < 0 || original.length !== simplified.length) return sentence.text;
  return original.slice(at, at + sentence.text.length);
}

/** The simplified texts analysers read (title, then every sentence) beside the article's own forms of them. */
export function readAndWritten(input: AnalysisInput): { read: string[]; written: string[] } {
  const read = [input.title, ...input.sentences.map((s) => s.text)];
  const title = input.article.title.length === input.title.length ? input.article.title : input.title;
  const written = [title, ...input.sentences.map((s) => writtenSentence(input, s))];
  return { read, written: written.map((w, i) => (w.length === read[i]!.length ? w : read[i]!)) };
}
