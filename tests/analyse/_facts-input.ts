import { readFileSync } from 'node:fs';
import type { ArticleText, Byline, Paragraph } from '../../src/model/index.js';
import { toSimplified } from '../../src/analyse/script.js';
import { splitSentences, type Sentence } from '../../src/analyse/sentences.js';
import type { AnalysisContext, AnalysisInput } from '../../src/analyse/types.js';
import { SEEDS } from '../fixtures/analyse/seeds.js';

export const context: AnalysisContext = { config: { aliases: {}, themes: {}, stopwords: [] } };

type ParagraphInput = string | [Paragraph['kind'], string];

/** An analysis input built by hand, as segmentation and preparation would give it for a zh-Hans article. */
export function inputOf(
  title: string,
  paragraphs: ParagraphInput[],
  options: { lead?: string | null; bylines?: Byline[] } = {},
): AnalysisInput {
  const lead = options.lead ?? null;
  const article: ArticleText = {
    source: { path: 'test.txt', startLine: 1, endLine: paragraphs.length + 1 },
    copies: [],
    title,
    kicker: null,
    subtitle: null,
    lead,
    outlet: null,
    dateline: null,
    date: null,
    bylines: options.bylines ?? [],
    paragraphs: paragraphs.map((p, i) => {
      const [kind, text] = typeof p === 'string' ? (['text', p] as const) : p;
      return { kind, text, line: i + 2 };
    }),
    script: 'zh-Hans',
  };
  const sentences: Sentence[] = [];
  if (lead) splitSentences(lead).forEach((text, index) => sentences.push({ text, paragraph: -1, index }));
  article.paragraphs.forEach((p, i) => {
    splitSentences(p.text).forEach((text, index) => sentences.push({ text, paragraph: i, index }));
  });
  return { article, title, lead, paragraphs: article.paragraphs.map((p) => p.text), sentences };
}

/** A zh-Hant article: the analysers read its simplified copy and quote its own characters. */
export function traditionalInput(title: string, paragraphs: string[]): AnalysisInput {
  const simplified = inputOf(toSimplified(title), paragraphs.map(toSimplified));
  const article = { ...inputOf(title, paragraphs).article, script: 'zh-Hant' as const };
  return { ...simplified, article };
}

/** One of the seeds' articles (segmented by hand in the shared fixture). */
export function seedInput(key: keyof typeof SEEDS): AnalysisInput {
  const seed = SEEDS[key]!;
  return inputOf(seed.title, seed.paragraphs, { lead: seed.lead });
}

/**
 * An article written for these tests, from tests/fixtures/analyse/NAME.txt: `# title`, `> lead`,
 * `@ role name` bylines, `## heading` paragraphs, and one text paragraph per other line.
 */
export function fixtureInput(name: string): AnalysisInput {
  const lines = readFileSync(new URL(`../fixtures/analyse/${name}.txt`, import.meta.url), 'utf8').split('\n').filter(Boolean);
  let title = '';
  let lead: string | null = null;
  const bylines: Byline[] = [];
  const paragraphs: ParagraphInput[] = [];
  for (const line of lines) {
    if (line.startsWith('# ')) title = line.slice(2);
    else if (line.startsWith('> ')) lead = line.slice(2);
    else if (line.startsWith('@ ')) {
      const [role = '', ...names] = line.slice(2).split(/\s+/u);
      bylines.push({ role, names, text: line.slice(2) });
    } else if (line.startsWith('## ')) paragraphs.push(['heading', line.slice(3)]);
    else paragraphs.push(line);
  }
  return inputOf(title, paragraphs, { lead, bylines });
}
