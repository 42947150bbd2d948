import { describe, expect, it } from 'vitest';
import { buildDistrictView, buildOverviewView, districtViewSchema, overviewViewSchema } from '../../src/render/view.js';
import { sampleBriefing, sampleSettings } from '../fixtures/render/briefing.js';

describe('buildDistrictView', () => {
  const b = sampleBriefing();
  const view = buildDistrictView(b, b.districts[0]!, sampleSettings());
  const jizhou = buildDistrictView(b, b.districts[1]!, sampleSettings());

  it('matches its own schema, so templates check knows every field', () => {
    expect(districtViewSchema.safeParse(view).success).toBe(true);
    expect(districtViewSchema.safeParse(jizhou).success).toBe(true);
  });

  it('formats the masthead for Chinese readers', () => {
    expect(view.masthead).toEqual({
      name: '区域观察简报',
      issue: '第3期',
      issueNumber: 3,
      unit: '天津市区域经济研究室',
      date: '2023年4月21日',
      dateIso: '2023-04-21',
    });
    expect(view.period.text).toBe('2023年4月18日至4月21日');
    expect(view.place.fullName).toBe('天津市北辰区');
  });

  it('puts money first, then changes, largest first, at most maxFigures', () => {
    expect(view.figures.map((f) => [f.label, f.value])).toEqual([
      ['协议投资额', '52亿元'],
      ['实际利用内资到位额', '8.35亿元'],
      ['实际利用内资到位额', '同比增长23.6%'],
      ['提供岗位', '1200余个'],
      ['参会企业', '36家'],
      ['新签约项目', '18个'],
    ]);
    expect(view.figures[0]!.source).toBe('北辰区一季度招商引资实现“开门红”');
    expect(view.figures[0]!.raw).toBe(5_200_000_000);
    const few = buildDistrictView(b, b.districts[0]!, sampleSettings({ maxFigures: 2 }));
    expect(few.figures.map((f) => f.value)).toEqual(['52亿元', '8.35亿元']);
  });

  it('names project stages in Chinese and formats their investment, or —', () => {
    expect(jizhou.projects.map((p) => [p.name, p.status, p.investment])).toEqual([
      ['盘山文旅综合体', '谋划', '8亿元'],
      ['平谷线东延工程', '在建', '—'],
    ]);
  });

  it('quotes each official once, titles joined with 、, shortened at a sentence end', () => {
    const wang = view.people.find((p) => p.name === '王建华')!;
    expect(wang.titles).toBe('北辰区商务局局长');
    expect(wang.quote.startsWith('下一步，我们将紧盯新能源')).toBe(true);
    expect(wang.quote.endsWith('早投产。')).toBe(true);
    expect(wang.quoteFull.length).toBeGreaterThan(wang.quote.length);
    expect(view.people.find((p) => p.name === '李娜')!.titles).toBe('小淀镇党委副书记、镇长');
  });

  it('traces each key point to its article, at most maxKeyPoints', () => {
    expect(view.keyPoints).toHaveLength(3);
    expect(view.keyPoints[2]).toMatchObject({ articleId: 'a2', articleTitle: '小淀镇“春风行动”招聘会助企解决用工难题' });
    expect(buildDistrictView(b, b.districts[0]!, sampleSettings({ maxKeyPoints: 1 })).keyPoints).toHaveLength(1);
  });

  it('digests every article with outlet, date and source file', () => {
    expect(view.articles.map((a) => [a.number, a.title, a.meta])).toEqual([
      [1, '北辰区一季度招商引资实现“开门红”', '北辰融媒 · 2023年4月18日 · beichen/0418.txt'],
      [2, '小淀镇“春风行动”招聘会助企解决用工难题', '北辰融媒 · 2023年4月20日 · beichen/0420.txt'],
    ]);
    expect(view.articles[1]!.bylines).toBe('通讯员 许明');
    expect(view.articles[0]!.lines).toBe('第1—14行');
  });

  it('charts the money figures when there are enough, else the themes', () => {
    expect(view.chart).toBeNull();
    expect(jizhou.chartOf).toBe('themes');
    expect(jizhou.chart).toMatchObject({ categories: ['乡村振兴', '项目建设', '文旅融合'], series: [{ values: [0.9, 0.7, 0.5] }] });
    const rich = sampleBriefing();
    const d = rich.districts[0]!;
    d.figures.push({ ...d.figures[0]!, label: '注册资金', value: 129_000_000, text: '1.29亿元' });
    const v = buildDistrictView(rich, d, sampleSettings());
    expect(v.chartOf).toBe('figures');
    expect(v.chart).toEqual({
      type: 'hbar',
      title: '北辰区重点数据',
      unit: '亿元',
      categories: ['协议投资额', '实际利用内资到位额', '注册资金'],
      series: [{ name: '金额', values: [52, 8.35, 1.29] }],
    });
  });

  it('charts the changes when money figures are too few, and leaves out themes that score alike', () => {
    const b2 = sampleBriefing();
    const d = b2.districts[1]!;
    const change = (label: string, value: number) => ({ ...d.figures[0]!, kind: 'change' as const, label, value, unit: '%', basis: '同比' as const });
    d.figures.push(change('社会消费品零售总额', 0.082), change('规上工业增加值', -0.031));
    const v = buildDistrictView(b2, d, sampleSettings());
    expect(v.chartOf).toBe('figures');
    expect(v.chart).toMatchObject({ title: '蓟州区主要指标增幅', unit: '%', series: [{ values: [10, 8.2, -3.1] }] });
    expect(v.figures.find((f) => f.label === '规上工业增加值')!.value).toBe('同比下降3.1%');

    d.figures = [];
    d.themes = d.themes.map((t) => ({ ...t, score: 0.9 }));
    expect(buildDistrictView(b2, d, sampleSettings()).chart).toBeNull();
  });

  it('lists keywords and themes, and the 报尾 lines that have names', () => {
    expect(view.keywordText).toBe('招商引资、新能源、招聘会');
    expect(view.themeText).toBe('招商引资、就业服务');
    expect(view.endblock).toEqual({
      lines: [
        { label: '报', names: '市委办公厅、市政府办公厅', list: ['市委办公厅', '市政府办公厅'] },
        { label: '送', names: '各区委宣传部', list: ['各区委宣传部'] },
      ],
      copies: 30,
      copiesText: '（共印30份）',
    });
  });
});

describe('buildOverviewView', () => {
  const b = sampleBriefing();
  const view = buildOverviewView(b, sampleSettings());

  it('matches its own schema', () => {
    expect(overviewViewSchema.safeParse(view).success).toBe(true);
  });

  it('tables the districts with article counts and headline figures', () => {
    expect(view.districts.map((d) => [d.name, d.articleCount, d.headlineText, d.totalMoney])).toEqual([
      ['北辰区', 2, '协议投资额52亿元；实际利用内资到位额8.35亿元', '60.35亿元'],
      ['蓟州区', 1, '农业总产值45.6亿元；固定资产投资增长10%', '45.6亿元'],
    ]);
  });

  it('ranks by article count, then total money', () => {
    const tie = sampleBriefing();
    tie.districts[1]!.articleIds.push('a2');
    const v = buildOverviewView(tie, sampleSettings());
    // Both have two articles now; 蓟州区's money (45.6亿 + 0) is less than 北辰区's 60.35亿.
    expect(v.ranking.map((r) => [r.rank, r.name])).toEqual([
      [1, '北辰区'],
      [2, '蓟州区'],
    ]);
    tie.districts[1]!.figures.push({ ...tie.districts[1]!.figures[2]!, value: 9_000_000_000, label: '总投资' });
    expect(buildOverviewView(tie, sampleSettings()).ranking[0]!.name).toBe('蓟州区');
  });

  it('links each district briefing by its file name', () => {
    expect(view.districts[0]!.files).toEqual({ pdf: '天津市-北辰区.pdf', docx: '天津市-北辰区.docx', html: '天津市-北辰区.html' });
    expect(view.districts[0]!.hrefs.pdf).toBe('天津市-北辰区.pdf');
  });

  it('compares the districts in a chart', () => {
    expect(view.chart).toEqual({ type: 'bar', title: '各区信息数量', unit: '篇', categories: ['北辰区', '蓟州区'], series: [{ name: '信息数量', values: [2, 1] }] });
  });

  it('tells apart two districts of the same name by their city', () => {
    const twin = sampleBriefing();
    twin.districts.push({ ...twin.districts[0]!, city: '福州市', province: '福建省', code: '350102', name: '鼓楼区', slug: '福州市-鼓楼区' });
    twin.districts.push({ ...twin.districts[0]!, city: '南京市', province: '江苏省', code: '320106', name: '鼓楼区', slug: '南京市-鼓楼区' });
    const names = buildOverviewView(twin, sampleSettings()).districts.map((d) => d.name);
    expect(names).toEqual(['北辰区', '蓟州区', '福州市鼓楼区', '南京市鼓楼区']);
  });
});
