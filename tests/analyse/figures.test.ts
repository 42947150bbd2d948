import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/index.js';
import { extractFigures } from '../../src/analyse/figures.js';
import { context, fixtureInput, inputOf, seedInput, traditionalInput } from './_facts-input.js';
import type { AnalysisInput } from '../../src/analyse/types.js';

function figuresOf(input: AnalysisInput): Figure[] {
  return extractFigures(input, context).facts.figures ?? [];
}

const SEED_KEYS = ['jizhou', 'xiaodian', 'dongli', 'education', 'beicang'] as const;

// Every figure an analyst would take from the seeds' five articles: [text, value, unit, kind].
const SEED_TARGETS: [string, number, string, Figure['kind']][] = [
  ['增长10%', 0.1, '%', 'change'],
  ['100个', 100, '个', 'count'],
  ['11个', 11, '个', 'count'],
  ['9个', 9, '个', 'count'],
  ['7.66亿元', 766_000_000, '元', 'money'],
  ['27.86%', 0.2786, '%', 'percent'],
  ['同比增长155.84%', 1.5584, '%', 'change'],
  ['30个', 30, '个', 'count'],
  ['超百亿元', 10_000_000_000, '元', 'money'],
  ['10万吨', 100_000, '吨', 'quantity'],
  ['30个', 30, '个', 'count'],
  ['6个', 6, '个', 'count'],
  ['42个', 42, '个', 'count'],
  ['20余家', 20, '家', 'count'],
  ['56家', 56, '家', 'count'],
  ['4家', 4, '家', 'count'],
  ['1.29亿元', 129_000_000, '元', 'money'],
  ['12条', 12, '条', 'count'],
  ['1.18亿元', 118_000_000, '元', 'money'],
  ['20亩', 20, '亩', 'quantity'],
  ['2.1万平方米', 21_000, '平方米', 'quantity'],
  ['16天', 16, '天', 'count'],
  ['1亿元', 100_000_000, '元', 'money'],
  ['1000万元', 10_000_000, '元', 'money'],
  ['68名', 68, '名', 'count'],
  ['90.2%', 0.902, '%', 'change'],
  ['21.6%', 0.216, '%', 'change'],
  ['34.5%', 0.345, '%', 'change'],
];

describe('figures in the seeds', () => {
  const found = SEED_KEYS.flatMap((key) => figuresOf(seedInput(key)));
  const reported = found.map((f) => [f.text, f.value, f.unit, f.kind]);

  it('finds at least 95% of what an analyst would, and reports at least 90% right', () => {
    const pool = [...reported];
    let hits = 0;
    for (const target of SEED_TARGETS) {
      const i = pool.findIndex((r) => JSON.stringify(r) === JSON.stringify(target));
      if (i >= 0) {
        hits++;
        pool.splice(i, 1);
      }
    }
    expect(hits / SEED_TARGETS.length).toBeGreaterThanOrEqual(0.95);
    expect(hits / reported.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['7.66亿元', '实际利用内资市级指标任务累计到位额'],
    ['27.86%', '任务完成率'],
    ['同比增长155.84%', '实际利用内资市级指标任务累计到位额同比增长'],
    ['100个', '重点项目'],
    ['超百亿元', '协议投资额'],
    ['10万吨', '铜箔年产能'],
    ['56家', '新增注册企业'],
    ['4家', '千万元以上企业'],
    ['1.29亿元', '注册资金'],
    ['1.18亿元', '项目总投资'],
    ['20亩', '占地'],
    ['2.1万平方米', '总建筑面积'],
    ['16天', '送电用时'],
    ['1亿元', '年销售收入'],
    ['1000万元', '税收'],
    ['68名', '高中干部教师'],
    ['90.2%', '岭北金属公司销售额增速'],
    ['21.6%', '水泥工业设计研究院营业收入增速'],
  ])('labels %s as %s', (text, label) => {
    expect(found.find((f) => f.text === text)?.label).toBe(label);
  });

  it('names each of the three building-project counts and the signed ones by their own noun', () => {
    const labels = found.filter((f) => f.text === '30个' || f.text === '6个' || f.text === '42个').map((f) => f.label);
    expect(labels).toEqual(['签约招商引资重点项目', '在建项目', '储备项目', '谋划项目']);
  });

  it('labels the 12 measures with what they support', () => {
    const measures = found.find((f) => f.text === '12条')!;
    expect(measures.label).toMatch(/^支持制造业.*措施$/u);
  });

  it('keeps the hedge of 超百亿元 as its qualifier and the basis of the 同比 change', () => {
    expect(found.find((f) => f.text === '超百亿元')?.qualifier).toBe('超');
    expect(found.find((f) => f.text === '同比增长155.84%')?.basis).toBe('同比');
  });

  it('reports 10万吨 once although the project is named twice', () => {
    expect(found.filter((f) => f.text === '10万吨')).toHaveLength(1);
  });

  it('quotes the whole sentence each figure comes from', () => {
    const f = found.find((x) => x.text === '1.18亿元')!;
    expect(f.sentence).toBe(
      '天津沃可达科技园项目位于天津市东丽区华明高新区，项目总投资1.18亿元，占地20亩，总建筑面积2.1万平方米，是东丽区重大项目之一。',
    );
  });
});

describe('figures in an economic report from another province', () => {
  const found = figuresOf(fixtureInput('kunshan-economy'));
  const byText = (text: string) => found.find((f) => f.text === text);

  it.each([
    ['386.5亿元', 38_650_000_000, 'money', '地区生产总值'],
    ['同比增长6.8%', 0.068, 'change', '地区生产总值同比增长'],
    ['912亿元', 91_200_000_000, 'money', '规上工业总产值'],
    ['同比下降2.1%', -0.021, 'change', '规上工业总产值同比下降'],
    ['47.3%', 0.473, 'percent', '新一代电子信息产业产值占比'],
    ['环比增长4.6%', 0.046, 'change', '全区社会消费品零售总额环比增长'],
    ['1.86亿美元', 186_000_000, 'money', '实际使用外资'],
    ['1,250万元', 12_500_000, 'money', '稳岗补贴'],
    ['两千万元', 20_000_000, 'money', '产业引导基金'],
    ['一百二十家', 120, 'count', '规上企业'],
    ['超过20亿元', 2_000_000_000, 'money', '全年研发投入'],
  ])('%s is %d (%s), labelled %s', (text, value, kind, label) => {
    expect(byText(text)).toMatchObject({ value, kind, label });
  });

  it('gives a change in percentage points its own unit and sign', () => {
    expect(byText('提高3.2个百分点')).toMatchObject({ value: 0.032, unit: '百分点', kind: 'change', basis: '同比' });
  });

  it('makes a decline negative', () => {
    expect(byText('减少5.6%')).toMatchObject({ value: -0.056, kind: 'change', basis: '同比', label: '进出口总额同比减少' });
  });

  it('pairs 分别增长 with the amounts before it, in order', () => {
    expect(byText('增长35.2%')).toMatchObject({ value: 0.352, kind: 'change', label: '全区接待游客增长' });
    expect(byText('41.7%')).toMatchObject({ value: 0.417, kind: 'change', label: '旅游收入增长' });
  });

  it('keeps a phone number, a duration and a year range out', () => {
    const texts = found.map((f) => f.text);
    expect(texts.some((t) => /0512|三到五年|57731234/u.test(t))).toBe(false);
  });

  it('reads the measure behind a short quoted name (专精特新“小巨人”企业)', () => {
    expect(byText('5家')?.label).toBe('专精特新小巨人企业');
  });
});

describe('labels read from a single sentence', () => {
  it.each([
    ['目前，园区入驻企业已由2019年的35家增至126家。', '126家', '园区入驻企业'],
    ['城镇登记失业率下降0.5个百分点至3.2%。', '3.2%', '城镇登记失业率'],
    ['2023年全区GDP增长5.2%。', '增长5.2%', '全区GDP增长'],
    ['对种粮大户每亩补贴200元，带动周边3000余名村民就业。', '3000余名', '村民'],
    ['该镇共有12个行政村、3个社区，总人口4.6万人。', '12个', '行政村'],
    ['5年来累计投入资金12.6亿元。', '12.6亿元', '累计投入资金'],
    ['全年实现税收3.2亿元，占全区税收总额的18.5%。', '18.5%', '占全区税收总额比重'],
    ['该项目整体投入运营后预计可实现年销售收入1亿元。', '1亿元', '年销售收入'],
    // 有 cuts a label (企业有12家) but not inside 有限公司.
    ['上半年，天津恒远精密机械有限公司营业收入2.6亿元。', '2.6亿元', '天津恒远精密机械有限公司营业收入'],
    ['项目总投资12亿元，年度计划投资4.5亿元。', '4.5亿元', '年度计划投资'],
    ['现场签约项目9个，意向投资额36亿元。', '36亿元', '意向投资额'],
    // What the article expects (预计能, 有望) or keeps (稳定在) is not part of the measure; 产能 keeps its 能.
    ['“今年亩产预计能达到650公斤。”', '650公斤', '亩产'],
    ['全区小站稻种植面积稳定在35万亩。', '35万亩', '全区小站稻种植面积'],
    ['全年产值有望突破8亿元。', '突破8亿元', '全年产值'],
    ['一期项目产能达到5万吨。', '5万吨', '一期项目产能'],
    ['200余名工人正在加紧进行主体结构施工。', '200余名', '工人'],
    // The counted projects and what they did: the indicator 重点项目完成投资.
    ['今年以来，全区116个市区重点项目完成投资218.5亿元。', '218.5亿元', '市区重点项目完成投资'],
    // 共 goes like 共计; a dash pair ends the clause but one dash joins a range; 高于全省 is no place.
    ['本次集中签约项目共23个。', '23个', '本次集中签约项目'],
    ['产业园迎来新成员——总投资15亿元的海工装备项目签约落户。', '15亿元', '总投资'],
    ['全区1—9月接待游客412万人次。', '412万人次', '全区接待游客'],
    ['北辰区生物医药产业产值同比增长11.3%，武清区同比增长9.7%。', '同比增长9.7%', '武清区生物医药产业产值同比增长'],
    ['近日，天荒坪镇大溪村将1.2万亩毛竹林的碳汇交易收益分红到户。', '1.2万亩', '大溪村毛竹林'],
    ['全县规上工业增加值同比增长9.4%，高于全省平均水平2.1个百分点。', '2.1个百分点', '高于全省平均水平'],
    // What follows 及 is another thing, not what was counted.
    ['建设内容：安置住房1600套及配套设施。', '1600套', '安置住房'],
    // 力争到2027年…: the 到 of a target year is not part of the measure; 到位额 keeps its 到.
    ['力争到2027年全区工业总产值突破2000亿元。', '突破2000亿元', '全区工业总产值'],
    // 建成后 says when: the label keeps it whole, not a 后年 (the year after next) out of it.
    ['建成后年产值可达80亿元。', '80亿元', '建成后年产值'],
    // A price per quantity: 每500克 is no other amount in the phrase, and stays in the label.
    ['猪肉平均零售价格为每500克13.6元，环比下降1.4%。', '13.6元', '猪肉平均零售价格每500克'],
    // The projects' own indicator, with 累计 between: 重点项目累计完成投资.
    ['全区重点项目累计完成投资156.8亿元。', '156.8亿元', '全区重点项目累计完成投资'],
    // A digit inside a name (5G, C919) is no other amount in the phrase.
    ['今年全市新建5G基站8000个。', '8000个', '全市新建5G基站'],
    ['C919大飞机配套企业达到26家。', '26家', 'C919大飞机配套企业'],
    // The things counted end with their head noun, not with what is done with them.
    ['围绕三条产业链精准招商，引进项目42个。', '三条', '产业链'],
    // Heads listed before one shared measure and 分别: each amount is its own head's.
    ['城镇、农村居民人均可支配收入分别达到61250元和38460元。', '61250元', '城镇居民人均可支配收入'],
    ['城镇、农村居民人均可支配收入分别达到61250元和38460元。', '38460元', '农村居民人均可支配收入'],
    ['全年进口、出口分别完成86亿元和112亿元。', '86亿元', '进口'],
    // Heads of things counted in different units; two heads joined by 和, with a measure shared or not;
    // heads of unequal length that end alike; ordinals; a list closed by 等.
    ['工业机器人、新能源汽车产量分别为1.26万套和3.5万辆。', '1.26万套', '工业机器人产量'],
    ['工业机器人、新能源汽车产量分别为1.26万套和3.5万辆。', '3.5万辆', '新能源汽车产量'],
    ['早稻和晚稻产量分别为6.31万吨和11.05万吨。', '11.05万吨', '晚稻产量'],
    ['批发业和住宿业营业额分别为86.2亿元和9.4亿元。', '86.2亿元', '批发业营业额'],
    ['限额以上商品零售额和餐饮收入分别为96.3亿元和12.8亿元。', '12.8亿元', '餐饮收入'],
    ['纺织业、计算机通信和其他电子设备制造业增加值分别增长6.2%和15.4%。', '增长6.2%', '纺织业增加值增长'],
    ['纺织业、计算机通信和其他电子设备制造业增加值分别增长6.2%和15.4%。', '15.4%', '计算机通信和其他电子设备制造业增加值增长'],
    ['第一、二、三产业增加值分别增长3.2%、5.9%和6.4%。', '5.9%', '第二产业增加值增长'],
    ['城乡居民人均可支配收入分别达到52360元和31840元，分别增长4.9%和6.7%。', '31840元', '农村居民人均可支配收入'],
    ['城乡居民人均可支配收入分别达到52360元和31840元，分别增长4.9%和6.7%。', '增长4.9%', '城镇居民人均可支配收入增长'],
    ['光伏组件、储能电池等新兴产品产量分别增长28.6%和41.3%。', '增长28.6%', '光伏组件新兴产品产量增长'],
    // 2026年度 is when, all of it: no 度 is left on the label.
    ['全区2026年度重点项目完成投资56亿元。', '56亿元', '全区重点项目完成投资'],
    // A field of a list (总投资：…): its name is what the value measures.
    ['总投资：约12亿元', '约12亿元', '总投资'],
    // Levels listed before 级 (市、区级) are one word of what was counted.
    ['全县67个省、市级重点项目完成投资98.2亿元。', '67个', '省、市级重点项目'],
    // 均 is "all" after a verb, but part of 平均 and 人均.
    ['全镇城镇化率高出全省平均2.3个百分点。', '2.3个百分点', '全镇城镇化率高出全省平均'],
  ])('%s: %s measures %s', (sentence, text, label) => {
    const figures = figuresOf(inputOf('测试', [sentence]));
    expect(figures.find((f) => f.text === text)?.label).toBe(label);
  });
});

describe('figures in a quoted sentence and with bare amounts', () => {
  it('reads 总投资50亿 as money because its label is an investment', () => {
    const input = inputOf('测试', ['该项目总投资50亿，建成后年产值可达80亿元。']);
    const figures = figuresOf(input);
    expect(figures.map((f) => [f.text, f.value, f.kind])).toEqual([
      ['50亿', 5_000_000_000, 'money'],
      ['80亿元', 8_000_000_000, 'money'],
    ]);
  });

  it('does not read a bare 10万 as money when it measures people', () => {
    const input = inputOf('测试', ['全区常住人口10万，其中城镇人口6.5万人。']);
    expect(figuresOf(input).map((f) => f.text)).toEqual(['6.5万人']);
  });
});

describe('figures in a traditional-script article', () => {
  it('quotes the figure as the article writes it and reads its value from the simplified text', () => {
    const paragraph = '臺中市政府表示，該計畫總投資達1.5億元，較去年同期增長12.5%。';
    const figures = figuresOf(traditionalInput('臺中市推動智慧城市', [paragraph]));
    expect(figures.map((f) => [f.text, f.value])).toEqual([
      ['1.5億元', 150_000_000],
      ['增長12.5%', 0.125],
    ]);
    expect(figures[0]!.sentence).toBe(paragraph);
    expect(figures[0]!.label).toBe('总投资');
  });
});

describe('shares, units and hedges a careful reader takes as figures', () => {
  const texts = (sentence: string) => figuresOf(inputOf('测试', [sentence])).map((f) => [f.text, f.value, f.kind]);

  it.each([
    ['全县茶叶有四分之一销往海外，其中三成通过跨境电商。', [['四分之一', 0.25, 'percent'], ['三成', 0.3, 'percent']]],
    ['线上订单占比超过七成，外地客户占五成以上。', [['超过七成', 0.7, 'percent'], ['五成以上', 0.5, 'percent']]],
    ['销售额同比增长两成。', [['同比增长两成', 0.2, 'change']]],
    ['今年共接待研学团队860余批次，新打机井12口。', [['860余批次', 860, 'count'], ['12口', 12, 'count']]],
    ['小区新装电梯14部，快递员一天能送出200多单。', [['14部', 14, 'count'], ['200多单', 200, 'count']]],
    ['书店一年卖出绘本2万多本，合作社收购鲜椒8000斤。', [['2万多本', 20000, 'count'], ['8000斤', 8000, 'quantity']]],
  ])('%s', (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });

  it('keeps 不 with 不超过, which without it says the opposite', () => {
    const figures = figuresOf(inputOf('测试', ['签约项目从拿地到开工不超过90天。']));
    expect(figures.map((f) => [f.text, f.qualifier, f.label])).toEqual([['不超过90天', '不超过', '拿地到开工']]);
  });

  it('takes no amount from a session ordinal (十二届九次全会)', () => {
    expect(texts('会议传达学习市委十二届九次全会精神。')).toEqual([]);
  });

  it('takes no amount from a word that opens with a numeral (三位一体, 一站式, 一条龙)', () => {
    expect(texts('坚持茶园、茶企、茶品牌三位一体发展，为企业提供一站式、一条龙服务，新建产业园两个。')).toEqual([['两个', 2, 'count']]);
  });

  it('counts the projects of a range class (5亿元至10亿元项目6个) and takes no money from it', () => {
    const figures = figuresOf(inputOf('测试', ['其中，投资10亿元以上项目3个，5亿元至10亿元项目6个。']));
    expect(figures.map((f) => [f.text, f.label])).toEqual([
      ['3个', '投资10亿元以上项目'],
      ['6个', '5亿元至10亿元项目'],
    ]);
  });

  it('keeps a ceiling as the qualifier, out of the text, and 突破 in it', () => {
    const figures = figuresOf(inputOf('测试', ['对落户企业给予最高300万元奖励，力争全年产值突破80亿元。']));
    expect(figures.map((f) => [f.text, f.qualifier])).toEqual([
      ['300万元', '最高'],
      ['突破80亿元', '突破'],
    ]);
  });

  it('counts the enterprises of 200家以上 but not a class that the clause counts', () => {
    expect(texts('全区将推动200家以上中小企业上云，年纳税超千万元企业达到36家，其中纳税超5000万元的企业9家。')).toEqual([
      ['200家以上', 200, 'count'],
      ['36家', 36, 'count'],
      ['9家', 9, 'count'],
    ]);
  });

  it('leaves out ranks, holiday lengths and distances between places', () => {
    expect(texts('端午假期三天，古镇接待游客4.2万人次，游客量居全市景区前五位。')).toEqual([['4.2万人次', 42000, 'count']]);
    expect(texts('园区距天津港仅40公里，今年新修园区道路6.5公里。')).toEqual([['6.5公里', 6.5, 'quantity']]);
  });

  it('reports two equal figures of one sentence twice, a restatement in another sentence once', () => {
    const input = inputOf('测试', ['其中，南开区企业提供岗位800个，红桥区企业提供岗位800个。', '南开区企业提供岗位800个。']);
    expect(figuresOf(input).map((f) => f.text)).toEqual(['800个', '800个']);
  });
});

describe('figures shown as data cards, each on its own line over what it measures', () => {
  const labels = (paragraphs: Parameters<typeof inputOf>[1]) => figuresOf(inputOf('数说温江', paragraphs)).map((f) => [f.text, f.label]);

  it('labels each figure by the line under it, and a bare change under that by the same', () => {
    expect(
      labels([
        ['heading', '612.8亿元'],
        ['heading', '前三季度地区生产总值'],
        ['heading', '同比增长6.1%，增速居全市前列🔥'],
        ['heading', '1.2万户'],
        ['heading', '1—10月新增经营主体'],
      ]),
    ).toEqual([
      ['612.8亿元', '前三季度地区生产总值'],
      ['同比增长6.1%', '前三季度地区生产总值同比增长'],
      ['1.2万户', '1—10月新增经营主体'],
    ]);
  });

  it('takes no label from the next heading for a single figure standing alone', () => {
    expect(labels([['heading', '53.2%'], ['heading', '重点数据'], '全区外贸进出口总额增长8.5%。'])).toEqual([
      ['53.2%', ''],
      ['增长8.5%', '全区外贸进出口总额增长'],
    ]);
  });
});

describe('figures of a list of project records', () => {
  it('labels a record’s field by its project (项目名称：…, then 总投资：…)', () => {
    const figures = figuresOf(
      inputOf('招商项目推介', [
        ['heading', '1. 项目名称：筠连县红茶精深加工项目'],
        ['heading', '总投资：6.5亿元'],
        ['heading', '2. 项目名称：筠连县生态康养小镇项目'],
        ['heading', '总投资：12亿元'],
      ]),
    );
    expect(figures.map((f) => [f.text, f.label])).toEqual([
      ['6.5亿元', '筠连县红茶精深加工总投资'],
      ['12亿元', '筠连县生态康养小镇总投资'],
    ]);
  });
});
