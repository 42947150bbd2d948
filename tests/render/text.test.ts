import { describe, expect, it } from 'vitest';
import { clauseAround, leadingSentences, quoted, sentencesOf, shortTitle } from '../../src/render/_text.js';

describe('sentencesOf', () => {
  it('splits at sentence ends and keeps closing quotation marks with their sentence', () => {
    expect(sentencesOf('他说：“项目要早落地。”我们全力推进！下一步怎么办？')).toEqual(['他说：“项目要早落地。”', '我们全力推进！', '下一步怎么办？']);
  });
});

describe('leadingSentences', () => {
  const text = '今年第一批11个重点项目包保工作启动以来，已经解决9个问题。另一方面，发挥专班作用，围绕资金、用地等共性问题破题攻坚。';
  it.each([
    ['keeps a text that fits', 200, text],
    ['keeps the whole sentences that fit', 40, '今年第一批11个重点项目包保工作启动以来，已经解决9个问题。'],
    ['cuts a first sentence too long for the limit at a clause end', 25, '今年第一批11个重点项目包保工作启动以来……'],
  ])('%s', (_, max, expected) => {
    expect(leadingSentences(text, max)).toBe(expected);
  });
});

describe('quoted', () => {
  it.each([
    ['今年要抓好项目建设。', '“今年要抓好项目建设。”'],
    ['坚持“项目为王”理念。', '“坚持‘项目为王’理念。”'],
  ])('%s → %s', (text, expected) => {
    expect(quoted(text)).toBe(expected);
  });
});

describe('clauseAround', () => {
  it.each([
    ['the clause between commas', '据悉，专班将牢牢把100个重点项目抓在手上，逐个细化时间表。', '100个', '专班将牢牢把100个重点项目抓在手上'],
    ['without a quotation mark whose partner is outside', '“今年第一批11个重点项目包保工作启动以来，已经解决9个问题。', '11个', '今年第一批11个重点项目包保工作启动以来'],
    ['a long clause cut around the figure', '全区实际利用内资市级指标任务累计到位额达到7.66亿元并持续保持较快增长势头', '7.66亿元', '…指标任务累计到位额达到7.66亿元并持续保持较…'],
    ['the sentence start when the figure is not found', '新签约项目十八个，协议投资额五十二亿元。', '18个', '新签约项目十八个，协议投资额五十二亿元。'],
  ])('%s', (_, sentence, needle, expected) => {
    expect(clauseAround(sentence, needle)).toBe(expected);
  });
});

describe('shortTitle', () => {
  it.each([
    ['西青区打造“津门第一镇”', '西青区打造“津门第一镇”'],
    ['北仓镇跑出经济发展“加速度”', '北仓镇跑出经济发展…'],
    ['深度开展广泛交流活动 北辰区推进京津冀教育协同发展', '深度开展广泛交流活动'],
    ['小淀镇：以奋进之姿推进高质量发展', '小淀镇'],
    ['10月17日 滨海新区召开生态环境保护工作会议', '滨海新区召开生态环境保护…'],
    ['北辰区一季度招商引资实现“开门红”', '北辰区一季度招商引资实现…'],
    ['乡村振兴、重点项目、文旅融合、招商引资，蓟州区将从这些方面下功夫', '乡村振兴、重点项目…'],
  ])('%s → %s', (title, expected) => {
    expect(shortTitle(title)).toBe(expected);
  });
});
