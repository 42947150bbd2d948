import type { ArticleText, Paragraph } from '../../src/model/article.js';
import type { AnalysisContext } from '../../src/analyse/types.js';
import { createPlaceContext } from '../../src/analyse/district.js';
import { ARTICLES, type WrittenArticle } from '../fixtures/analyse/articles.js';
import { SEEDS } from '../fixtures/analyse/seeds.js';

type ParagraphInput = string | [Paragraph['kind'], string];

/** An ArticleText from a title and paragraphs (a string is a text paragraph), as segmentation would give it. */
export function makeArticle(
  title: string,
  paragraphs: ParagraphInput[],
  options: Partial<Pick<ArticleText, 'kicker' | 'subtitle' | 'lead' | 'outlet' | 'script'>> = {},
): ArticleText {
  return {
    source: { path: 'test.txt', startLine: 1, endLine: paragraphs.length + 1 },
    copies: [],
    title,
    kicker: options.kicker ?? null,
    subtitle: options.subtitle ?? null,
    lead: options.lead ?? null,
    outlet: options.outlet ?? null,
    dateline: null,
    date: null,
    bylines: [],
    paragraphs: paragraphs.map((p, i) => {
      const [kind, text] = typeof p === 'string' ? (['text', p] as const) : p;
      return { kind, text, line: i + 2 };
    }),
    script: options.script ?? 'zh-Hans',
  };
}

/** One of the seeds' articles, segmented by hand. */
export function seedArticle(key: keyof typeof SEEDS): ArticleText {
  const s = SEEDS[key]!;
  return makeArticle(s.title, s.paragraphs, { kicker: s.kicker, lead: s.lead, outlet: s.outlet });
}

export function analysisContext(config: Partial<AnalysisContext['config']> = {}): AnalysisContext {
  const full = { aliases: {}, themes: {}, stopwords: [], ...config };
  return { ...createPlaceContext(full), config: full };
}

/** One of the articles written for these tests. */
export function writtenArticle(key: keyof typeof ARTICLES): ArticleText {
  const a: WrittenArticle = ARTICLES[key];
  return makeArticle(a.title, a.paragraphs, { lead: a.lead ?? null, script: a.script ?? 'zh-Hans' });
}
