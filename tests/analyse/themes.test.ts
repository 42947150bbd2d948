import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/analyse/prepare.js';
import { classifyThemes, themeTaxonomy } from '../../src/analyse/themes.js';
import type { ArticleText } from '../../src/model/article.js';
import { analysisContext, seedArticle, writtenArticle } from './article.js';

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

  it('reports nothing for an article without any signal', () => {
    expect(themes(writtenArticle('noPlace'))).toEqual([]);
  });
});
