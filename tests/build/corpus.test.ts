import iconv from 'iconv-lite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type Corpus } from '../../bench/corpus.js';
import { loadConfig } from '../../src/config.js';
import type { Briefing } from '../../src/model/briefing.js';
import { parseAll } from '../../src/parse.js';

const TIANJIN = ['和平区', '河东区', '河西区', '南开区', '河北区', '红桥区', '东丽区', '西青区', '津南区', '北辰区', '武清区', '宝坻区', '滨海新区', '宁河区', '静海区', '蓟州区'];

const textOf = (f: Corpus['files'][number]) => (f.encoding === 'gb18030' ? iconv.decode(f.bytes, 'gb18030') : f.bytes.toString('utf8'));

describe('the benchmark corpus', () => {
  const corpus = generateCorpus({ articles: 400 });
  const texts = corpus.files.map(textOf);

  it('is the same bytes for the same seed, and other articles for another seed', () => {
    const again = generateCorpus({ articles: 400 });
    expect(again.files.map((f) => f.name)).toEqual(corpus.files.map((f) => f.name));
    expect(again.files.every((f, i) => f.bytes.equals(corpus.files[i]!.bytes))).toBe(true);
    const other = generateCorpus({ articles: 400, seed: 7 });
    expect(other.files[0]!.bytes.equals(corpus.files[0]!.bytes)).toBe(false);
  });

  it('holds exactly the articles asked for, plus republished copies', () => {
    expect(corpus.articles).toBe(400);
    const inFiles = corpus.files.reduce((n, f) => n + f.articles, 0);
    expect(inFiles).toBe(400 + corpus.copies);
    expect(corpus.copies).toBeGreaterThan(0);
  });

  it('covers the 16 districts of Tianjin and counties of other provinces', () => {
    for (const d of TIANJIN) expect(corpus.byDistrict[d], d).toBeGreaterThan(0);
    expect(Object.keys(corpus.byDistrict).filter((d) => !TIANJIN.includes(d)).length).toBe(4);
  });

  it('writes some files in GB18030 that decode to Chinese text', () => {
    const gb = corpus.files.filter((f) => f.encoding === 'gb18030');
    expect(gb.length).toBeGreaterThan(20);
    expect(gb[0]!.bytes.toString('utf8')).toContain('\uFFFD'); // not UTF-8
    expect(textOf(gb[0]!)).toMatch(/[区县市]/u);
  });

  it('has newspaper pages in the style of the seeds: several articles, bylines, lines broken mid-sentence', () => {
    const pages = texts.filter((t) => /^第\d+版 /mu.test(t));
    expect(pages.length).toBeGreaterThan(20);
    expect(texts.some((t) => /^## /mu.test(t) && /^通讯员 \S+$/mu.test(t))).toBe(true);
    // A paragraph cut mid-sentence: a line ending in a Han character, then blank lines, then more of the sentence.
    expect(texts.some((t) => /\p{Script=Han}\n{2,5}\p{Script=Han}[^\n]*。/u.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('投稿热线'))).toBe(true);
  });

  it('has web articles with 内容提要, an outlet opener and a time-and-source line', () => {
    expect(texts.some((t) => t.includes('内容提要：'))).toBe(true);
    expect(texts.some((t) => /^天津北方网讯：/mu.test(t))).toBe(true);
    expect(texts.some((t) => /^中新网\p{Script=Han}+\d+月\d+日电（记者/mu.test(t))).toBe(true);
    expect(texts.some((t) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 来源：/mu.test(t))).toBe(true);
  });

  it('varies its headlines and quotes officials with their titles', () => {
    const headlines = texts.map((t) => t.split('\n').find((l) => /^(#+ )?\S/u.test(l) && !/^第\d+版/u.test(l)) ?? '');
    expect(new Set(headlines).size).toBeGreaterThan(headlines.length * 0.8);
    expect(texts.some((t) => /(?:主任|局长|书记|镇长)\p{Script=Han}{2,3}(?:表示|介绍|说|指出)，/u.test(t))).toBe(true);
    expect(texts.some((t) => /“[^”]+。”\p{Script=Han}{2,3}说。/u.test(t))).toBe(true);
  });
});

describe('the corpus through the real parser', () => {
  let dir: string;
  let briefing: Briefing;
  let corpus: Corpus;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jianbao-corpus-'));
    corpus = writeCorpus(join(dir, 'input'), { articles: 40, seed: 11 });
    const { config } = loadConfig({ cwd: dir, overrides: { input: join(dir, 'input'), workers: 0 } });
    ({ briefing } = await parseAll(config, { issue: 1 }));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('segments nearly every generated article, and merges the republished copies', () => {
    expect(briefing.articles.length).toBeGreaterThanOrEqual(corpus.articles * 0.9);
    expect(briefing.articles.length).toBeLessThanOrEqual(corpus.articles);
    expect(briefing.sources.filter((s) => s.encoding === 'gb18030').length).toBe(corpus.files.filter((f) => f.encoding === 'gb18030').length);
  });

  it('attributes the articles to the districts they were written about', () => {
    const found = Object.fromEntries(briefing.districts.map((d) => [d.name, d.articleIds.length]));
    const agree = Object.entries(corpus.byDistrict).reduce((n, [name, count]) => n + Math.min(count, found[name] ?? 0), 0);
    expect(agree).toBeGreaterThanOrEqual(corpus.articles * 0.85);
  });

  it('gives the articles dates spread over the year, and distinct keywords', () => {
    const months = new Set(briefing.articles.map((a) => a.date?.slice(0, 7)).filter(Boolean));
    expect(months.size).toBeGreaterThanOrEqual(8);
    const tops = new Set(briefing.articles.map((a) => a.keywords.slice(0, 3).map((k) => k.word).join('/')));
    expect(tops.size).toBeGreaterThan(briefing.articles.length * 0.7);
  });
});
