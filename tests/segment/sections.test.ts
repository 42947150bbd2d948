import { describe, expect, it } from 'vitest';
import { segmentSource } from '../../src/segment/index.js';

const post = (first: string, second: string) =>
  [
    '宝坻这条街，年轻人爱来了',
    '',
    '宝坻融媒 2026-10-12 19:05',
    '',
    first,
    '老街焕新颜',
    '',
    '走进宝坻区钰华街道南关大街，修缮一新的青砖门脸整齐排列，改造后的街区共有商户86家。',
    '',
    '“周末一天的客流能有两万人。”街区运营负责人韩雪松说。',
    '',
    second,
    '夜经济添活力',
    '',
    '近日，街区推出夜市，营业时间延长到晚上十点，国庆假期接待游客15.6万人次。',
    '',
    '编辑：齐悦',
  ].join('\n');

describe('a post in numbered sections', () => {
  it('is one article: the numbers set aside, the heading under each a section of it', () => {
    const { articles, discarded } = segmentSource(post('01', '02'), { path: 'post.txt' });
    expect(discarded).toEqual([]);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article!.title).toBe('宝坻这条街，年轻人爱来了');
    expect(article!.date).toBe('2026-10-12');
    expect(article!.paragraphs.map((p) => `${p.kind}:${p.text.slice(0, 6)}`)).toEqual([
      'heading:老街焕新颜',
      'text:走进宝坻区钰',
      'text:“周末一天的',
      'heading:夜经济添活力',
      'text:近日，街区推',
    ]);
    expect([article!.source.startLine, article!.source.endLine]).toEqual([1, 17]);
  });

  it.each([
    ['PART 1', 'PART 2'],
    ['Part.01', 'Part.02'],
    ['NO.1', 'NO.2'],
  ])('reads %s, %s as section numbers too', (first, second) => {
    const { articles } = segmentSource(post(first, second), { path: 'post.txt' });
    expect(articles.map((a) => a.title)).toEqual(['宝坻这条街，年轻人爱来了']);
    expect(articles[0]!.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual(['老街焕新颜', '夜经济添活力']);
  });

  it.each([
    ['a number without its sequence', '01', '03'],
    ['numbers written as page numbers are', '1', '2'],
    ['a sequence not starting at one', '02', '03'],
  ])('leaves %s as page furniture', (_, first, second) => {
    const { discarded } = segmentSource(post(first, second), { path: 'post.txt' });
    expect(discarded.filter((d) => d.reason === '版面信息').map((d) => d.text)).toEqual([first, second]);
  });

  it('leaves page numbers above a line that goes on with the page before as page furniture', () => {
    const pages = [
      '东丽区召开优化营商环境推进会',
      '',
      '本报讯（记者 魏然）10月9日，东丽区召开优化营商环境推进会，区长孙立新出席并讲话。会议通报了前三季度',
      '01',
      '企业开办、项目审批等重点指标完成情况，部署下一阶段重点任务。',
      '02',
      '会议要求，各部门要持续推进“一件事一次办”改革。',
    ].join('\n');
    const { articles, discarded } = segmentSource(pages, { path: 'pages.txt' });
    expect(discarded.map((d) => [d.reason, d.text])).toEqual([
      ['版面信息', '01'],
      ['版面信息', '02'],
    ]);
    expect(articles[0]!.paragraphs.some((p) => p.kind === 'heading')).toBe(false);
  });
});
