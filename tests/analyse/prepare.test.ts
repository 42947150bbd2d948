import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/analyse/prepare.js';
import { makeArticle, writtenArticle } from './article.js';

describe('prepareArticle', () => {
  it('splits the lead and the text and heading paragraphs into sentences, leaving captions out', () => {
    const article = makeArticle('标题', ['第一句。第二句！', ['heading', '小标题'], ['caption', '图为施工现场。'], '“很好。”他说。'], { lead: '导语一句。' });
    expect(prepareArticle(article).sentences).toEqual([
      { text: '导语一句。', paragraph: -1, index: 0 },
      { text: '第一句。', paragraph: 0, index: 0 },
      { text: '第二句！', paragraph: 0, index: 1 },
      { text: '小标题', paragraph: 1, index: 0 },
      { text: '“很好。”他说。', paragraph: 3, index: 0 },
    ]);
  });

  it('gives simplified copies of a traditional-character article and leaves the article as written', () => {
    const article = writtenArticle('traditional');
    const input = prepareArticle(article);
    expect(input.title).toBe('北辰区双街镇：招商引资跑出加速度');
    expect(input.paragraphs[0]).toContain('北辰区双街镇坚持项目为王');
    expect(input.article.title).toBe('北辰區雙街鎮：招商引資跑出加速度');
  });

  it('leaves a simplified article as it is', () => {
    const article = makeArticle('乾坤', ['乾隆年间的后街。']);
    expect(prepareArticle(article).paragraphs).toEqual(['乾隆年间的后街。']);
  });
});
