import { describe, expect, it } from 'vitest';
import type { ParsedSource } from '../../src/build/parse-input.js';
import type { Config } from '../../src/config.js';
import type { Article } from '../../src/model/article.js';
import { mergeRepublished, periodOf, withinPeriod } from '../../src/parse.js';

function article(id: string, path: string, startLine: number, date: string | null = null): Article {
  return { id, title: id, date, source: { path, startLine, endLine: startLine + 5 }, copies: [] } as unknown as Article;
}
const parsedOf = (path: string, articles: Article[]): ParsedSource =>
  ({ source: { path }, articles, diagnostics: [] }) as unknown as ParsedSource;

describe('republished copies', () => {
  it('are one article that lists every other copy once, first file first', () => {
    const merged = mergeRepublished([
      parsedOf('a.txt', [article('x', 'a.txt', 1), article('y', 'a.txt', 20)]),
      parsedOf('b.txt', [article('x', 'b.txt', 3)]),
      parsedOf('c.txt', [article('x', 'c.txt', 1), article('z', 'c.txt', 9)]),
      parsedOf('a.txt', [article('x', 'a.txt', 1)]), // the same file listed twice adds nothing
    ]);
    expect(merged.map((a) => a.id)).toEqual(['x', 'y', 'z']);
    expect(merged[0]!.source.path).toBe('a.txt');
    expect(merged[0]!.copies.map((c) => c.path)).toEqual(['b.txt', 'c.txt']);
  });

  it('are merged at the scale of a year of a city’s news: 20,000 articles, every story printed twice', () => {
    const parsed = Array.from({ length: 200 }, (_, f) =>
      parsedOf(`${f}.txt`, Array.from({ length: 100 }, (_, i) => article(`s${(f * 100 + i) % 10_000}`, `${f}.txt`, i * 10 + 1))),
    );
    const merged = mergeRepublished(parsed);
    expect(merged).toHaveLength(10_000);
    expect(merged.every((a) => a.copies.length === 1)).toBe(true);
  });
});

describe('the period a briefing covers', () => {
  const config = { since: null, until: null } as unknown as Config;
  const articles = [article('a', 'a.txt', 1, '2023-05-02'), article('b', 'b.txt', 1, null), article('c', 'c.txt', 1, '2023-01-15'), article('d', 'd.txt', 1, '2023-12-30')];

  it('runs from the earliest to the latest dated article', () => {
    expect(periodOf(articles, config)).toEqual({ since: '2023-01-15', until: '2023-12-30' });
  });

  it('is what the configuration says, when it says', () => {
    expect(periodOf(articles, { ...config, since: '2023-03-01' } as Config)).toEqual({ since: '2023-03-01', until: '2023-12-30' });
  });

  it('leaves out dated articles outside --since/--until and keeps undated ones', () => {
    expect(withinPeriod(articles, '2023-02-01', '2023-06-30').map((a) => a.id)).toEqual(['a', 'b']);
  });
});
