import type { ArticleFacts, ArticleText } from '../model/index.js';
import type { StageDiagnostic } from '../model/diagnostic.js';
import type { Sentence } from './sentences.js';

/** An article ready for the analysers: its text, and the same text in simplified form, split once. */
export interface AnalysisInput {
  article: ArticleText;
  /** Simplified-script copies (identical to the original for zh-Hans articles). */
  title: string;
  lead: string | null;
  /** paragraphs[i] is the simplified text of article.paragraphs[i]. */
  paragraphs: string[];
  /** Sentences of the lead (paragraph -1) and of every paragraph of kind text or heading, in order. */
  sentences: Sentence[];
}

/** Settings users can give in the config's `analysis` key. */
export interface AnalysisConfig {
  /** Extra names → a place, e.g. { "华明高新区": "东丽区" } or { "老城厢": "天津市南开区" }. */
  aliases: Record<string, string>;
  /** Extra theme keywords: theme name → words that signal it. */
  themes: Record<string, string[]>;
  /** Words never to report as keywords, on top of the built-in boilerplate list. */
  stopwords: string[];
}

/** Shared, read-only resources the analysers need; built once per process or worker. */
export interface AnalysisContext {
  config: AnalysisConfig;
  /** Set by the district analyser's module; other analysers may read places from it. */
  [resource: string]: unknown;
}

/** One concern of analysis: a pure function from an article to some of its facts. */
export type Analyser = (
  input: AnalysisInput,
  ctx: AnalysisContext,
) => { facts: Partial<ArticleFacts>; diagnostics?: StageDiagnostic[] };
