import { afterEach, describe, expect, it } from 'vitest';
import { analyseArticle, analysers, createAnalysisContext } from '../../src/analyse/index.js';
import { makeArticle } from './article.js';

describe('an analyser that fails on one article', () => {
  const registered = analysers.length;
  afterEach(() => {
    analysers.length = registered;
  });

  it('leaves out that analyser’s facts with an error naming it and the article’s line, and keeps the rest', () => {
    analysers.push(['broken', () => { throw new Error('unexpected character'); }]);
    const article = makeArticle('北辰区召开项目推进会', ['11月20日，北辰区召开重点项目推进会，区长王晓明出席。']);
    const { facts, diagnostics } = analyseArticle(article, createAnalysisContext({ aliases: {}, themes: {}, stopwords: [] }));
    expect(facts.district?.name).toBe('北辰区');
    expect(facts.people.map((p) => p.name)).toEqual(['王晓明']);
    expect(diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'ANALYSE_FAILED', line: 1 })]);
    expect(diagnostics[0]!.message).toContain('broken');
  });
});
