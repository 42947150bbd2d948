import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analyse/figures.js';
import { context, inputOf } from './_facts-input.js';
import type { AnalysisInput } from '../../src/analyse/types.js';

/** [figure as written, outlook or null for a result] for every figure of the article. */
function outlooks(input: AnalysisInput): [string, string | null][] {
  return (extractFigures(input, context).facts.figures ?? []).map((f) => [f.text, f.outlook ?? null]);
}

describe('figures the article sets as goals or expects, told apart from results', () => {
  it('reads a government work report: last year’s results, then this year’s targets in the same words', () => {
    const input = inputOf('政府工作报告', [
      ['heading', '一、过去一年工作回顾'],
      '过去一年，全县实现地区生产总值418.6亿元，同比增长6.3%；一般公共预算收入31.2亿元，增长4.8%。',
      ['heading', '二、今年主要目标和重点工作'],
      '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%左右。',
      '（一）扩大有效投资。全年实施县重点项目120个，完成投资260亿元以上。',
      ['heading', '三、政府自身建设'],
      '全年办理人大代表建议86件。',
    ]);
    expect(outlooks(input)).toEqual([
      ['418.6亿元', null],
      ['同比增长6.3%', null],
      ['31.2亿元', null],
      ['增长4.8%', null],
      ['增长6%左右', 'goal'],
      ['增长5%左右', 'goal'],
      ['120个', 'goal'],
      ['260亿元以上', 'goal'],
      ['86件', null],
    ]);
  });

  it('carries a list of targets after a colon through its semicolons, with no heading to say so', () => {
    const input = inputOf('测试', ['会议明确，明年的主要目标是：规上工业增加值增长8%；社会消费品零售总额增长6%。上年社会消费品零售总额增长5.1%。']);
    expect(outlooks(input)).toEqual([
      ['增长8%', 'goal'],
      ['增长6%', 'goal'],
      ['增长5.1%', null],
    ]);
  });

  it('takes the words of a sentence: 力争 and 计划 set goals, 预计 and 达产后 forecast, the rest reports', () => {
    const input = inputOf('测试', [
      '今年1至10月，园区完成固定资产投资36.4亿元，力争全年突破45亿元。',
      '该项目总投资18亿元，达产后可实现年产值30亿元，带动就业1200人。',
      '今年全镇葡萄预计产量1.2万吨，产值超过3亿元，种植户达到860户。',
      '全区计划新建口袋公园15处。',
    ]);
    expect(outlooks(input)).toEqual([
      ['36.4亿元', null],
      ['突破45亿元', 'goal'],
      // The size of a project is a fact about it, planned or not.
      ['18亿元', null],
      ['30亿元', 'forecast'],
      ['1200人', 'forecast'],
      ['1.2万吨', 'forecast'],
      ['超过3亿元', 'forecast'],
      // A forecast reaches the next clause, not the rest of the sentence.
      ['860户', null],
      ['15处', 'goal'],
    ]);
  });

  it('reads 计划 and 目标 as nouns where a result is measured against them', () => {
    const input = inputOf('测试', [
      '今年以来，全区重点项目完成投资52.3亿元，占年度计划的91.2%。',
      '全县完成年度目标任务的103.5%，累计争取上级资金2.6亿元。',
      '按照计划，滨河绿道全长约6.2公里。',
    ]);
    expect(outlooks(input)).toEqual([
      ['52.3亿元', null],
      ['91.2%', null],
      ['103.5%', null],
      ['2.6亿元', null],
      ['约6.2公里', null],
    ]);
  });

  it('keeps what a goal section says is already done a result', () => {
    const input = inputOf('测试', [
      ['heading', '下一步工作打算'],
      '目前已完成投资8.5亿元，年底前新增就业岗位600个。',
    ]);
    expect(outlooks(input)).toEqual([
      ['8.5亿元', null],
      ['600个', 'goal'],
    ]);
  });
});
