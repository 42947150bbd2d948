import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/index.js';
import { prepareArticle } from '../../src/analyse/prepare.js';
import { classifyThemes, themeTaxonomy, themesOfRegion } from '../../src/analyse/themes.js';
import type { ArticleText } from '../../src/model/article.js';
import { analysisContext, makeArticle, seedArticle, writtenArticle } from './article.js';

const ctx = analysisContext();

function themes(article: ArticleText, context = ctx) {
  return classifyThemes(prepareArticle(article), context).facts.themes!;
}

const COLUMN_BEATS = ['党建引领', '区域发展', '京津冀协同发展', '产业业态', '招商引资', '创新科技', '商贸先锋', '民生动态', '金融改革', '绿色生态', '商圈消费', '健康服务', '文化赋能', '乡镇风貌', '津农精品'];

describe('classifyThemes', () => {
  it('covers the beats of the 《区域观察》 column and more', () => {
    const names = themeTaxonomy().map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining([...COLUMN_BEATS, '乡村振兴', '重点项目', '文旅融合', '营商环境', '教育']));
  });

  it('gives the 蓟州区 article the four areas its title names', () => {
    expect(themes(seedArticle('jizhou')).map((t) => t.name).sort()).toEqual(['乡村振兴', '招商引资', '文旅融合', '重点项目'].sort());
  });

  it.each([
    ['education', ['京津冀协同发展', '教育']],
    ['xiaodian', ['招商引资', '重点项目']],
    ['dongli', ['营商环境']],
    ['beicang', ['招商引资', '重点项目']],
  ] as const)('finds the themes of the %s article', (key, expected) => {
    expect(themes(seedArticle(key)).map((t) => t.name)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each(['jizhou', 'xiaodian', 'dongli', 'education', 'beicang'] as const)('returns at most four themes for %s, best first, scores in 0..1', (key) => {
    const list = themes(seedArticle(key));
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < list.length; i++) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
    for (const t of list) {
      expect(t.score).toBeGreaterThan(0);
      expect(t.score).toBeLessThanOrEqual(1);
    }
  });

  it('learns a new theme from the config', () => {
    expect(themes(writtenArticle('lowAltitude')).map((t) => t.name)).not.toContain('低空经济');
    const context = analysisContext({ themes: { 低空经济: ['无人机', '低空', '飞行服务站'] } });
    expect(themes(writtenArticle('lowAltitude'), context)[0]!.name).toBe('低空经济');
  });

  it('tells other regions’ cooperation from 京津冀: 协同发展 alone is no sign of it', () => {
    const article = makeArticle('长三角一体化示范区跨省协同发展联席会议召开', [
      '11月13日，长三角生态绿色一体化发展示范区“两区一县”协同发展联席会议在西塘召开，青浦、吴江、嘉善三地签署跨省公交互联互通协议。',
    ]);
    const names = themes(article).map((t) => t.name);
    expect(names[0]).toBe('区域协同');
    expect(names).not.toContain('京津冀协同发展');
  });

  it('names a beat of Tianjin’s column by its general name in another province, merging it with that theme', () => {
    const found = [{ name: '津农精品', score: 0.6 }, { name: '乡村振兴', score: 0.4 }];
    expect(themesOfRegion(found, '天津市')).toEqual(found);
    expect(themesOfRegion(found, '安徽省')).toEqual([{ name: '特色农业', score: 0.6 }, { name: '乡村振兴', score: 0.4 }]);
    expect(themesOfRegion([...found, { name: '特色农业', score: 0.7 }], null)).toEqual([{ name: '特色农业', score: 0.7 }, { name: '乡村振兴', score: 0.4 }]);
  });

  it('gives a farm-brand article of another province 特色农业, and Tianjin’s 津农精品', () => {
    const themesIn = (place: string) => {
      const article = makeArticle(`${place}特色农产品品牌走俏市场`, [`${place}打造农业品牌，特色农产品获评地理标志，绿色食品认证面积扩大，蔬菜种植户增收明显。`]);
      return analyseArticle(article, ctx).facts.themes.map((t) => t.name);
    };
    expect(themesIn('安徽省砀山县')).toContain('特色农业');
    expect(themesIn('安徽省砀山县')).not.toContain('津农精品');
    expect(themesIn('天津市西青区')).toContain('津农精品');
  });

  it('reports nothing for an article without any signal', () => {
    expect(themes(writtenArticle('noPlace'))).toEqual([]);
  });
});
