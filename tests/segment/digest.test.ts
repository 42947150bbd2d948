import { describe, expect, it } from 'vitest';
import { segmentSource } from '../../src/segment/index.js';

const column = [
  '本版简讯',
  '',
  '●武清区：11月15日，京津产业新城（武清）招商推介会在北京举行，现场签约项目18个，协议投资额62亿元。',
  '',
  '●宝坻区：宝坻区九园工业园区新能源装备产业园一期主体完工，预计明年3月投入使用。',
  '园区已与12家企业签订入驻协议。',
  '',
  '●今年以来，静海区累计发放消费券3000万元，带动消费超过2.4亿元。',
].join('\n');

describe('a column of news in brief', () => {
  const { articles, discarded } = segmentSource(column, { path: 'kuaixun.txt' });

  it('gives each item as an article, under the column heading as its kicker', () => {
    expect(discarded).toEqual([]);
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([
      ['本版简讯', '武清区：京津产业新城（武清）招商推介会在北京举行'],
      ['本版简讯', '宝坻区九园工业园区新能源装备产业园一期主体完工'],
      ['本版简讯', '静海区累计发放消费券3000万元'],
    ]);
  });

  it('keeps the text of each item without its bullet, a paragraph without one on the item before it', () => {
    expect(articles.map((a) => a.paragraphs.map((p) => p.text))).toEqual([
      ['武清区：11月15日，京津产业新城（武清）招商推介会在北京举行，现场签约项目18个，协议投资额62亿元。'],
      ['宝坻区：宝坻区九园工业园区新能源装备产业园一期主体完工，预计明年3月投入使用。', '园区已与12家企业签订入驻协议。'],
      ['今年以来，静海区累计发放消费券3000万元，带动消费超过2.4亿元。'],
    ]);
  });

  it('gives every line to one item: the heading to the first, the lines up to the next bullet to each', () => {
    expect(articles.map((a) => [a.source.startLine, a.source.endLine])).toEqual([
      [1, 4],
      [5, 7],
      [8, 8],
    ]);
  });

  it('dates an item by the day it opens with, in the year of the column, else by the column', () => {
    const dated = segmentSource(`2026年11月17日 星期二\n${column}`, { path: 'kuaixun.txt' }).articles;
    expect(dated.map((a) => a.date)).toEqual(['2026-11-15', '2026-11-17', '2026-11-17']);
  });

  it('leaves an article whose heading is no column of news in brief whole, bullets and all', () => {
    const text = column.replace('本版简讯', '全区经济运行稳中向好');
    expect(segmentSource(text, { path: 'a.txt' }).articles).toHaveLength(1);
  });
});
