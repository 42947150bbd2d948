import { describe, expect, it } from 'vitest';
import { figureRows } from '../../src/render/_figure-rows.js';
import { changeChart, type SourcedFigure } from '../../src/render/_figures.js';

const S = '截至目前，实际利用内资市级指标任务累计到位额7.66亿元，同比增长155.84%，任务完成率27.86%。';

function fig(over: Partial<SourcedFigure> & Pick<SourcedFigure, 'text' | 'value' | 'kind' | 'label'>): SourcedFigure {
  return { unit: over.kind === 'money' ? '元' : over.kind === 'change' || over.kind === 'percent' ? '%' : '个', basis: null, qualifier: null, sentence: S, articleId: 'a1', ...over };
}

const inflow = fig({ text: '7.66亿元', value: 766_000_000, kind: 'money', label: '实际利用内资市级指标任务累计到位额' });
const growth = fig({ text: '同比增长155.84%', value: 1.5584, kind: 'change', basis: '同比', label: '实际利用内资市级指标任务累计到位额同比增长' });
const rate = fig({ text: '27.86%', value: 0.2786, kind: 'percent', label: '任务完成率' });

const rows = (figures: SourcedFigure[], max = 8) => figureRows(figures, max).map((r) => [r.label, r.value]);

describe('figureRows', () => {
  it('writes a change in its own unit: an amount added, percentage points, a qualifier before the amount', () => {
    const aid = fig({ text: '4860万元', value: 48_600_000, kind: 'money', label: '财政帮扶资金' });
    const more = fig({ text: '增加360万元', value: 3_600_000, kind: 'change', unit: '元', label: '财政帮扶资金增加' });
    const share = fig({ text: '提高1.2个百分点', value: 0.012, kind: 'change', unit: '百分点', basis: '同比', label: '税收占比提高', articleId: 'a2' });
    const target = fig({ text: '不少于5亿元', value: 500_000_000, kind: 'money', qualifier: '不少于', label: '新引进投资', articleId: 'a3' });
    expect(rows([aid, more, share, target])).toEqual([
      ['新引进投资', '不少于5亿元'],
      ['财政帮扶资金', '4860万元，增加360万元'],
      ['税收占比', '同比提高1.2个百分点'],
    ]);
  });

  it('sets a growth rate beside the amount it qualifies', () => {
    expect(rows([growth, rate, inflow])).toEqual([
      ['实际利用内资市级指标任务累计到位额', '7.66亿元，同比增长155.84%'],
      ['任务完成率', '27.86%'],
    ]);
  });

  it('keeps a growth rate on its own row when its amount is in another article, without 增长 twice', () => {
    expect(rows([inflow, { ...growth, articleId: 'a2' }])).toEqual([
      ['实际利用内资市级指标任务累计到位额', '7.66亿元'],
      ['实际利用内资市级指标任务累计到位额', '同比增长155.84%'],
    ]);
  });

  it.each([
    ['money, then growth rates, then shares, then counts, then quantities', [
      fig({ text: '56家', value: 56, kind: 'count', label: '新增注册企业', unit: '家' }),
      fig({ text: '10万吨', value: 100_000, kind: 'quantity', label: '铜箔年产能', unit: '吨' }),
      fig({ text: '增长90.2%', value: 0.902, kind: 'change', label: '岭北金属公司销售额增速' }),
      rate,
      fig({ text: '1.29亿元', value: 129_000_000, kind: 'money', label: '注册资金' }),
    ], [['注册资金', '1.29亿元'], ['岭北金属公司销售额', '增长90.2%'], ['任务完成率', '27.86%'], ['新增注册企业', '56家'], ['铜箔年产能', '10万吨']]],
    ['a figure the article calls a target', [
      fig({ text: '增长10%', value: 0.1, kind: 'change', label: '全年固定资产投资增长', outlook: 'goal', sentence: '专班将锚定全年固定资产投资增长10%目标。' }),
    ], [['全年固定资产投资目标', '增长10%']]],
    ['results before goals and forecasts, each labelled as what it is', [
      fig({ text: '80亿元', value: 8e9, kind: 'money', label: '年产值', outlook: 'forecast', sentence: '项目达产后可实现年产值80亿元。' }),
      fig({ text: '40个', value: 40, kind: 'count', label: '新开工亿元以上项目', unit: '个', outlook: 'goal', sentence: '力争新开工亿元以上项目40个。' }),
      fig({ text: '12亿元', value: 1.2e9, kind: 'money', label: '总投资', sentence: '项目总投资12亿元。' }),
    ], [['总投资', '12亿元'], ['预计年产值', '80亿元'], ['新开工亿元以上项目目标', '40个']]],
    ['a quantity at the scale the article wrote it', [
      fig({ text: '2.1万平方米', value: 21_000, kind: 'quantity', label: '总建筑面积', unit: '平方米' }),
      fig({ text: '21000平方米', value: 21_000, kind: 'quantity', label: '厂房面积', unit: '平方米' }),
    ], [['总建筑面积', '2.1万平方米'], ['厂房面积', '21000平方米']]],
  ] as [string, SourcedFigure[], string[][]][])('orders and labels: %s', (_, figures, expected) => {
    expect(rows(figures)).toEqual(expected);
  });

  it('tells apart rows that would share a label by the clause each figure stands in', () => {
    const a = fig({ text: '100个', value: 100, kind: 'count', label: '重点项目', sentence: '据悉，专班将牢牢把100个重点项目抓在手上，逐个细化时间表。' });
    const b = fig({ text: '11个', value: 11, kind: 'count', label: '重点项目', sentence: '今年第一批11个重点项目包保工作启动以来，已经解决9个问题。' });
    expect(rows([a, b])).toEqual([
      ['专班将牢牢把100个重点项目抓在手上', '100个'],
      ['今年第一批11个重点项目包保工作启动以来', '11个'],
    ]);
  });

  it('drops the amount and its verb from a clause that ends with it, since the value column says it', () => {
    const plan = fig({ text: '98.02亿元', value: 9_802_000_000, kind: 'money', label: '投资', sentence: '汉沽街道今年年度计划投资98.02亿元，重点项目全部开工。' });
    const income = fig({ text: '53.35亿元', value: 5_335_000_000, kind: 'money', label: '投资', sentence: '截至目前，大沽街道重点项目累计完成投资达到53.35亿元。' });
    expect(rows([plan, income])).toEqual([
      ['汉沽街道今年年度计划投资', '98.02亿元'],
      ['大沽街道重点项目累计完成投资', '53.35亿元'],
    ]);
  });

  it('shows a difference of shares in percentage points, never as a percentage', () => {
    const gap = fig({ text: '7.2个百分点', value: 0.072, kind: 'percent', unit: '百分点', label: '高于全市平均水平' });
    expect(rows([gap])).toEqual([['高于全市平均水平', '7.2个百分点']]);
  });

  it('shows at most max rows', () => {
    expect(rows([inflow, growth, rate], 1)).toEqual([['实际利用内资市级指标任务累计到位额', '7.66亿元，同比增长155.84%']]);
  });
});

describe('changeChart', () => {
  it('plots rates only, not amounts added or percentage points, on its percent axis', () => {
    const rates = ['工业产值', '社零总额', '进出口'].map((label, i) => fig({ text: `增长${i + 5}%`, value: (i + 5) / 100, kind: 'change', label: `${label}增长` }));
    const more = fig({ text: '增加360万元', value: 3_600_000, kind: 'change', unit: '元', label: '帮扶资金增加' });
    const share = fig({ text: '提高1.2个百分点', value: 0.012, kind: 'change', unit: '百分点', label: '税收占比提高' });
    const chart = changeChart([...rates, more, share], '增幅');
    expect(chart?.categories).toEqual(['工业产值', '社零总额', '进出口']);
    expect(Math.max(...chart!.series[0]!.values)).toBe(7);
  });
});
