import { describe, expect, it } from 'vitest';
import { segmentSource } from '../../src/segment/index.js';
import { rowSentence } from '../../src/segment/tables.js';

describe('a row of a table of data, read with its column names', () => {
  it.each([
    ['a unit in the column name goes to the number', ['项目名称', '总投资（亿元）', '建设内容'], ['北方智能物流园', '32', '冷库及分拣中心'], '北方智能物流园总投资32亿元，建设内容：冷库及分拣中心。'],
    ['a unit given as 单位', ['镇街', '完成投资（单位：万元）'], ['小淀镇', '8,600'], '小淀镇完成投资8,600万元。'],
    ['the row name gives the unit, the column a percentage, the period goes first', ['指标', '1—10月', '同比增长（%）'], ['固定资产投资（亿元）', '138.6', '9.4'], '1—10月固定资产投资138.6亿元，同比增长9.4%。'],
    ['a column of units, a fall, and a sub-item’s 其中', ['指标', '单位', '1—9月', '同比增长(%)'], ['其中：房地产开发投资', '亿元', '86.2', '-8.7'], '1—9月房地产开发投资86.2亿元，同比下降8.7%。'],
    ['a running number and empty cells are left out', ['序号', '企业名称', '所属行业', '备注'], ['3', '天津恒远新材料有限公司', '新材料', ''], '天津恒远新材料有限公司：所属行业：新材料。'],
    ['a bracket that is no unit stays in the name', ['项目名称', '建设单位（业主）'], ['滨河公园提升工程', '区城投公司'], '滨河公园提升工程：建设单位（业主）：区城投公司。'],
  ])('%s', (_, header, row, sentence) => {
    expect(rowSentence(header, row)).toBe(sentence);
  });
});

describe('a pipe table inside an article', () => {
  const text = [
    '# 萧山区重点项目集中开工',
    '11月20日，萧山区举行重点项目集中开工活动，共有21个项目集中开工，总投资238.7亿元。部分项目情况如下：',
    '| 项目名称 | 总投资（亿元） | 建设内容 |',
    '| --- | --- | --- |',
    '| 智能网联汽车零部件产业园 | 45.0 | 建设厂房及研发中心26万平方米 |',
    '| 钱塘江南岸综合提升工程 | 32.6 | 堤防加固12公里 |',
    '区长陈建华表示，将全力保障项目早投产、早见效。',
  ].join('\n');

  it('gives each row as a paragraph of its own, neither a heading nor the end of the article', () => {
    const { articles, discarded } = segmentSource(text, { path: 'a.md' });
    expect(discarded).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['text', '11月20日，萧山区举行重点项目集中开工活动，共有21个项目集中开工，总投资238.7亿元。部分项目情况如下：'],
      ['text', '智能网联汽车零部件产业园总投资45.0亿元，建设内容：建设厂房及研发中心26万平方米。'],
      ['text', '钱塘江南岸综合提升工程总投资32.6亿元，建设内容：堤防加固12公里。'],
      ['text', '区长陈建华表示，将全力保障项目早投产、早见效。'],
    ]);
    expect(articles[0]!.source).toMatchObject({ startLine: 1, endLine: 7 });
  });

  it('gives back a | a cell holds, which the readers escape', () => {
    const lines = ['# 标题在此', '本报讯 全区政务服务事项办理情况如下：', '| 事项 | 办件量（件） |', '| --- | --- |', '| 企业\\|政务专区 | 1200 |'];
    const { articles } = segmentSource(lines.join('\n'), { path: 'a.md' });
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual(['全区政务服务事项办理情况如下：', '企业|政务专区办件量1200件。']);
  });

  it('leaves pipes in prose alone when no dashes follow', () => {
    const { articles } = segmentSource(['# 标题在此', '本报讯 全区推出“企业|政务”服务专区，累计办理业务1.2万件。'].join('\n'), { path: 'a.txt' });
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual(['全区推出“企业|政务”服务专区，累计办理业务1.2万件。']);
  });
});

describe('a table set out with spaces in a statistics release', () => {
  const text = [
    '2026年1—9月南海区主要指标',
    '',
    '前三季度，全区经济运行总体平稳。主要指标如下：',
    '',
    '指标                    单位      1—9月       同比增长(%)',
    '地区生产总值            亿元      2861.37     5.3',
    '  其中：工业投资        —         —           12.5',
    '实际使用外资            亿美元    4.86        -6.1',
    '',
    '注：本表数据为初步统计数。',
  ].join('\n');

  it('reads each row as a sentence with its unit, period and growth, the header as the frame', () => {
    const [article] = segmentSource(text, { path: 'a.txt' }).articles;
    expect(article!.paragraphs.map((p) => p.text)).toEqual([
      '前三季度，全区经济运行总体平稳。主要指标如下：',
      '1—9月地区生产总值2861.37亿元，同比增长5.3%。',
      '工业投资同比增长12.5%。',
      '1—9月实际使用外资4.86亿美元，同比下降6.1%。',
      '注：本表数据为初步统计数。',
    ]);
  });

  it('leaves prose with wide spaces alone', () => {
    const prose = ['区领导  王立军  张海涛  出席活动', '', '会议强调，要抓好四季度各项工作。'].join('\n');
    const [article] = segmentSource(prose, { path: 'a.txt' }).articles;
    expect(article!.title).toBe('区领导 王立军 张海涛 出席活动');
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['会议强调，要抓好四季度各项工作。']);
  });
});
