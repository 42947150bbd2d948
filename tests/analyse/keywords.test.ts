import { describe, expect, it } from 'vitest';
import { BOILERPLATE, extractKeywords } from '../../src/analyse/keywords.js';
import { prepareArticle } from '../../src/analyse/prepare.js';
import type { ArticleText } from '../../src/model/article.js';
import { analysisContext, makeArticle, seedArticle, writtenArticle } from './article.js';

const ctx = analysisContext();

function keywords(article: ArticleText, context = ctx) {
  return extractKeywords(prepareArticle(article), context).facts.keywords!;
}

const SEEDS = ['jizhou', 'xiaodian', 'dongli', 'education', 'beicang'] as const;

describe('extractKeywords', () => {
  it('leaves out the given name jieba cuts from a surname (沈/建国)', () => {
    const article = makeArticle('安吉：以竹为媒 做强绿色经济', [
      '近日，本报记者专访了安吉县委书记沈建国，听他讲述竹产业转型升级的思路。',
      '沈建国：我们坚持“一根竹子”全链条发展，从卖竹子转向卖材料、卖技术。',
      '沈建国：我们将围绕竹木家居、白茶、文旅三条产业链精准招商。',
    ]);
    const words = keywords(article).map((k) => k.word);
    expect(words).toContain('竹子');
    expect(words).not.toContain('建国');
  });

  it('keeps a town name as one keyword', () => {
    const words = keywords(seedArticle('xiaodian')).map((k) => k.word);
    expect(words[0]).toBe('小淀镇');
    expect(words).not.toContain('小淀');
  });

  it.each(SEEDS)('gives the %s article 8 to 12 keywords, weights descending from 1', (key) => {
    const list = keywords(seedArticle(key));
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.length).toBeLessThanOrEqual(12);
    expect(list[0]!.weight).toBe(1);
    for (let i = 1; i < list.length; i++) expect(list[i]!.weight).toBeLessThanOrEqual(list[i - 1]!.weight);
  });

  it.each(SEEDS)('leaves boilerplate, single characters and numbers out of the %s article', (key) => {
    for (const { word } of keywords(seedArticle(key))) {
      expect(BOILERPLATE.has(word)).toBe(false);
      expect([...word].length).toBeGreaterThan(1);
      expect(word).not.toMatch(/\d/u);
    }
  });

  it('finds what each article is about', () => {
    expect(keywords(seedArticle('jizhou')).map((k) => k.word)).toEqual(expect.arrayContaining(['蓟州区', '招商引资', '文旅融合', '乡村振兴', '重点项目']));
    expect(keywords(seedArticle('education')).map((k) => k.word)).toEqual(expect.arrayContaining(['京津冀', '教育', '北辰区']));
    expect(keywords(seedArticle('dongli')).map((k) => k.word)).toEqual(expect.arrayContaining(['东丽区', '华明高新区', '专精特新']));
  });

  it('gives the same keywords in the same order every time', () => {
    expect(keywords(seedArticle('beicang'))).toEqual(keywords(seedArticle('beicang')));
  });

  it('leaves out the stopwords in the config', () => {
    const before = keywords(seedArticle('education')).map((k) => k.word);
    expect(before).toContain('交流活动');
    const after = keywords(seedArticle('education'), analysisContext({ stopwords: ['交流活动'] })).map((k) => k.word);
    expect(after).not.toContain('交流活动');
  });

  it('reports keywords of a traditional-character article as written', () => {
    expect(keywords(writtenArticle('traditional')).map((k) => k.word)).toContain('雙街鎮');
  });
});
