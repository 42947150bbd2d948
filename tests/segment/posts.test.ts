import { describe, expect, it } from 'vitest';
import { segmentSource } from '../../src/segment/index.js';

const posts = [
  '海曙发布',
  '宁波市海曙区人民政府新闻办公室官方微博',
  '',
  '海曙发布',
  '11-19 10:15 来自 微博 weibo.com',
  '#海曙这一年# 【前10个月海曙区外贸进出口额增长9.4%】记者从区商务局获悉，1—10月，海曙区实现外贸进出口额1286.3亿元，同比增长9.4%。@宁波日报',
  '转发 15 ｜ 评论 6 ｜ 赞 88',
  '',
  '海曙发布',
  '11-18 08:40 来自 iPhone客户端',
  '#海曙民生# 【鼓楼沿社区新增养老服务点3个】今年以来，鼓楼街道新增社区养老服务点3个，累计服务老年人1.2万人次。',
  '',
  '海曙发布',
  '2026-11-16 19:05 来自 微博视频号',
  '#海曙就业# 【岗位800余个！秋季招聘会本周六举行】11月21日上午，海曙区秋季招聘会将在区人力资源市场举行，52家企业提供岗位800余个。',
  '转发 40 ｜ 评论 9 ｜ 赞 120',
];

describe('microblog posts copied one after the other', () => {
  const { articles, discarded, diagnostics } = segmentSource(posts.join('\n'), { path: 'weibo.txt' });

  it('gives each post as an article titled by its bracketed headline, its topic the kicker, its account the outlet', () => {
    expect(articles.map((a) => [a.title, a.kicker, a.paragraphs.map((p) => p.text.slice(0, 8))])).toEqual([
      ['前10个月海曙区外贸进出口额增长9.4%', '海曙这一年', ['记者从区商务局获']],
      ['鼓楼沿社区新增养老服务点3个', '海曙民生', ['今年以来，鼓楼街']],
      ['岗位800余个！秋季招聘会本周六举行', '海曙就业', ['11月21日上午']],
    ]);
    expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(articles.map((a) => a.outlet)).toEqual(['海曙发布', '海曙发布', '海曙发布']);
  });

  it('starts each post at its account’s name, dates a post whose stamp gives the year, and sets the page and counters aside', () => {
    expect(articles.map((a) => [a.source.startLine, a.source.endLine, a.date])).toEqual([
      [4, 6, null],
      [9, 11, null],
      [13, 15, '2026-11-16'],
    ]);
    expect(discarded.map((d) => [d.startLine, d.reason])).toEqual([
      [1, '网页附加信息'],
      [7, '网页附加信息'],
      [16, '网页附加信息'],
    ]);
  });
});
