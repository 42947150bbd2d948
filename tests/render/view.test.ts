import { describe, expect, it } from 'vitest';
import { buildDistrictView, buildOverviewView, districtViewSchema, overviewViewSchema } from '../../src/render/view.js';
import { sampleBriefing, sampleSettings } from '../fixtures/render/briefing.js';
import type { Briefing } from '../../src/model/briefing.js';

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

  it('tables money first, the growth rate beside its amount, then counts, each pointing at its digest entry', () => {
    expect(view.figures.map((f) => [f.label, f.value, f.source])).toEqual([
      ['协议投资额', '52亿元', '（一）北辰区一季度招商引资实现…'],
      ['实际利用内资到位额', '8.35亿元，同比增长23.6%', '（一）北辰区一季度招商引资实现…'],
      ['提供岗位', '1200余个', '（二）小淀镇“春风行动”招聘会…'],
      ['参会企业', '36家', '（二）小淀镇“春风行动”招聘会…'],
      ['新签约项目', '18个', '（一）北辰区一季度招商引资实现…'],
    ]);
    expect(view.figures[1]).toMatchObject({ change: '同比增长23.6%', raw: 835_000_000, articleNumber: 1, articleTitle: '北辰区一季度招商引资实现“开门红”' });
    expect(view.figureSources).toBe(true);
    const few = buildDistrictView(b, b.districts[0]!, sampleSettings({ maxFigures: 2 }));
    expect(few.figures.map((f) => f.value)).toEqual(['52亿元', '8.35亿元，同比增长23.6%']);
  });

  it('needs no 来源 column when the district has one article', () => {
    expect(jizhou.figureSources).toBe(false);
  });

  it('names a target as a target, and tells apart two figures that share a label by their clauses', () => {
    const b2 = sampleBriefing();
    const d = b2.districts[1]!;
    const sentence = '今年第一批11个重点项目包保工作已全面启动。';
    d.figures.push({ text: '11个', value: 11, unit: '个', kind: 'count', label: '重点项目', basis: null, qualifier: null, sentence, articleId: 'a3' });
    const rows = buildDistrictView(b2, d, sampleSettings()).figures.map((f) => [f.label, f.value]);
    expect(rows).toContainEqual(['固定资产投资目标', '增长10%']);
    expect(rows).toContainEqual(['牢牢抓住100个重点项目', '100个']);
    expect(rows).toContainEqual(['今年第一批11个重点项目包保工作已全面启动', '11个']);
  });

  it("drops the district's own name from the front of a label, in its table and its chart", () => {
    const rich = sampleBriefing();
    const d = rich.districts[0]!;
    d.figures.push({ ...d.figures[0]!, label: `${d.name}普惠小微贷款余额`, value: 129_000_000, text: '1.29亿元', sentence: `${d.name}普惠小微贷款余额1.29亿元。` });
    const v = buildDistrictView(rich, d, sampleSettings());
    expect(v.figures.map((f) => f.label)).toContain('普惠小微贷款余额');
    expect(v.chart?.categories).toContain('普惠小微贷款余额');
    expect(v.figures.some((f) => f.label.startsWith(d.name))).toBe(false);
  });

  it("names a company's bar without its legal form, so the measure fits; the table keeps the full name", () => {
    const rich = sampleBriefing();
    const d = rich.districts[0]!;
    d.figures.push({ ...d.figures[0]!, label: '天津恒远精密机械有限公司营业收入', value: 260_000_000, text: '2.6亿元', sentence: '天津恒远精密机械有限公司营业收入2.6亿元。' });
    const v = buildDistrictView(rich, d, sampleSettings());
    expect(v.figures.map((f) => f.label)).toContain('天津恒远精密机械有限公司营业收入');
    expect(v.chart?.categories).toContain('天津恒远精密机械营业收入');
  });

  it('keeps the short label of a measure two articles report in the same words', () => {
    const b2 = sampleBriefing();
    const d = b2.districts[1]!;
    const spend = (text: string, value: number, articleId: string) => ({
      text,
      value,
      unit: '元',
      kind: 'money' as const,
      label: '全社会研发投入',
      basis: null,
      qualifier: null,
      sentence: `今年以来，蓟州区全社会研发投入${text}。`,
      articleId,
    });
    d.figures = [spend('9.7亿元', 970_000_000, 'a3'), spend('9.1亿元', 910_000_000, 'a1')];
    const rows = buildDistrictView(b2, d, sampleSettings()).figures.map((f) => [f.label, f.value]);
    expect(rows).toEqual([
      ['全社会研发投入', '9.7亿元'],
      ['全社会研发投入', '9.1亿元'],
    ]);
  });

  it('lists projects with only the columns that have something to say', () => {
    expect(jizhou.projects.map((p) => [p.name, p.status, p.investment])).toEqual([
      ['盘山文旅综合体', '谋划', '8亿元'],
      ['平谷线东延工程', '在建', '—'],
    ]);
    expect(jizhou.projectColumns).toEqual({ status: true, investment: true });
    const b2 = sampleBriefing();
    const d = b2.districts[1]!;
    d.projects = d.projects.map((p) => ({ ...p, status: null, investment: null }));
    const bare = buildDistrictView(b2, d, sampleSettings());
    expect(bare.projectColumns).toEqual({ status: false, investment: false });
    expect(bare.projectNames).toBe('平谷线东延工程、盘山文旅综合体');
  });

  it('quotes each official once, in quotation marks, cut to whole sentences', () => {
    const wang = view.people.find((p) => p.name === '王建华')!;
    expect(wang.titles).toBe('北辰区商务局局长');
    expect(wang.quote).toMatch(/^下一步，我们将紧盯新能源.*放心投资。$/);
    expect(wang.quoted).toBe(`“${wang.quote}”`);
    const b2 = sampleBriefing();
    const more = '今年，全区将新建标准厂房二十万平方米，推动一批优质项目拿地即开工、竣工即投产，为经济平稳增长提供坚实支撑。';
    b2.districts[0]!.people[0]!.quotes = [`“${wang.quote}${more}”`];
    const long = buildDistrictView(b2, b2.districts[0]!, sampleSettings()).people[0]!;
    expect(long.quote).toBe(wang.quote);
    expect(long.quoteFull).toBe(wang.quote + more);
    expect(view.people.find((p) => p.name === '李娜')!.titles).toBe('小淀镇党委副书记、镇长');
    // Quotation marks inside a quote nest as ‘…’.
    expect(jizhou.people[0]!.quoted).toBe('“专班将做好‘推、服、谋’三篇文章，全力抓项目、稳投资。”');
  });

  it('quotes officials with titles first, and at most eight of them', () => {
    const b2 = sampleBriefing();
    const d = b2.districts[0]!;
    const villager = { name: '赵大姐', titles: [], quotes: ['现在家门口就能找到工作。'], articleIds: ['a2'] };
    const staff = Array.from({ length: 9 }, (_, i) => ({ name: `干部${i + 1}`, titles: ['北辰区商务局科员'], quotes: ['我们全力服务企业。'], articleIds: ['a1'] }));
    d.people = [villager, ...d.people, ...staff];
    const names = buildDistrictView(b2, d, sampleSettings()).people.map((p) => p.name);
    expect(names).toHaveLength(8);
    expect(names.slice(0, 3)).toEqual(['王建华', '李娜', '干部1']);
    expect(names).not.toContain('赵大姐');
  });

  it('gives an official the article reports without quoting (X表示，……) that statement, without quotation marks', () => {
    const b2 = sampleBriefing();
    const d = b2.districts[0]!;
    const article = b2.articles.find((a) => a.id === d.articleIds[0])!;
    article.paragraphs = [...article.paragraphs, { kind: 'text', text: '区商务局副局长孙立新表示，下一步将围绕集成电路产业链精准招商。随后他介绍了签约项目。', line: 9 }];
    d.people = [...d.people, { name: '孙立新', titles: ['区商务局副局长'], quotes: [], articleIds: [article.id] }];
    const sun = buildDistrictView(b2, d, sampleSettings()).people.find((p) => p.name === '孙立新')!;
    expect(sun.reported).toBe(true);
    expect(sun.quoted).toBe('下一步将围绕集成电路产业链精准招商。');
    // Someone the article names without anything they said stays out.
    d.people = [...d.people, { name: '周敏', titles: ['区招商中心主任'], quotes: [], articleIds: [article.id] }];
    expect(buildDistrictView(b2, d, sampleSettings()).people.map((p) => p.name)).not.toContain('周敏');
  });

  it('keeps 本期要点 to one point per article, at most maxKeyPoints', () => {
    expect(view.keyPoints.map((k) => k.articleId)).toEqual(['a1', 'a2']);
    expect(view.keyPoints[1]).toMatchObject({ articleTitle: '小淀镇“春风行动”招聘会助企解决用工难题' });
    expect(buildDistrictView(b, b.districts[0]!, sampleSettings({ maxKeyPoints: 1 })).keyPoints).toHaveLength(1);
  });

  it('leaves out 本期要点 that would repeat the only article’s digest word for word', () => {
    expect(jizhou.keyPoints).toEqual([]);
  });

  it('digests every article with outlet, date and, at the end, its file', () => {
    expect(view.articles.map((a) => [a.number, a.title, a.meta])).toEqual([
      [1, '北辰区一季度招商引资实现“开门红”', '来源：北辰融媒　2023年4月18日（beichen/0418.txt）'],
      [2, '小淀镇“春风行动”招聘会助企解决用工难题', '来源：北辰融媒　2023年4月20日（beichen/0420.txt）'],
    ]);
    expect(view.articles[1]!.bylines).toBe('通讯员 许明');
    expect(view.articles[0]!.lines).toBe('第1—14行');
    expect(view.digestMore).toBeNull();
  });

  it('names the lines of a file that holds several articles, and every copy of a republished one', () => {
    const b2 = sampleBriefing();
    b2.sources = [{ path: 'beichen/0418.txt', format: 'txt', encoding: 'utf-8', sha256: '', articleIds: ['a1', 'x'], discarded: [] }];
    b2.articles[0]!.copies = [{ path: 'tianjin/0419.txt', startLine: 3, endLine: 20 }];
    const a = buildDistrictView(b2, b2.districts[0]!, sampleSettings()).articles[0]!;
    expect(a.meta).toBe('来源：北辰融媒　2023年4月18日（beichen/0418.txt 第1—14行、tianjin/0419.txt）');
    expect(a.files).toEqual(['beichen/0418.txt 第1—14行', 'tianjin/0419.txt']);
  });

  it('orders the digest by date, undated last, and cuts it at maxDigest with a line saying where the rest are', () => {
    const b2 = sampleBriefing();
    b2.articles[0]!.date = null;
    const v = buildDistrictView(b2, b2.districts[0]!, sampleSettings());
    expect(v.articles.map((a) => a.id)).toEqual(['a2', 'a1']);
    const cut = buildDistrictView(b2, b2.districts[0]!, sampleSettings({ maxDigest: 1 }));
    expect(cut.articles.map((a) => a.id)).toEqual(['a2']);
    expect(cut.digestMore).toEqual({ count: 1, text: '另有1篇信息未列入本期摘编，其标题、摘要和出处见本期 briefing.json。' });
    expect(cut.articleCount).toBe(2);
  });

  it('asks for a 目录 when the district has more articles than the threshold', () => {
    expect(view.toc).toBe(false);
    expect(buildDistrictView(b, b.districts[0]!, sampleSettings({ tocThreshold: 1 })).toc).toBe(true);
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

  /** The sample briefing's first district with 注册资金 1.29亿元 and `extra` figures (each built on its first figure), and its view. */
  function withFigures(...extra: Partial<Briefing['districts'][number]['figures'][number]>[]) {
    const rich = sampleBriefing();
    const d = rich.districts[0]!;
    d.figures.push(...[{ label: '注册资金', value: 129_000_000, text: '1.29亿元' }, ...extra].map((f) => ({ ...d.figures[0]!, ...f })));
    return { rich, d, view: buildDistrictView(rich, d, sampleSettings()) };
  }
  const THREE_BARS = { categories: ['协议投资额', '实际利用内资到位额', '注册资金'], series: [{ values: [52, 8.35, 1.29] }] };

  it('writes money in another currency in that currency, and sets it against no amount in yuan', () => {
    const dollars = { label: '实际利用外资', value: 15_000_000_000, unit: '美元', qualifier: '突破', text: '突破150亿美元', sentence: '实际利用外资突破150亿美元。' };
    const { rich, d, view: v } = withFigures(dollars);
    expect(v.figures.find((f) => f.label === '实际利用外资')?.value).toBe('突破150亿美元');
    expect(v.chart).toMatchObject(THREE_BARS);
    const row = buildOverviewView(rich, sampleSettings()).districts.find((r) => r.name === d.name)!;
    expect(row.headlineText).toContain('实际利用外资突破150亿美元');
    expect(row.topAmountText).toBe('协议投资额52亿元');
  });

  it('charts no amount too small to show beside the largest (人均收入 in 万元 beside 亿元)', () => {
    const { view: v } = withFigures({ label: '农村居民人均可支配收入', value: 49_000, text: '4.9万元' });
    expect(v.chart).toMatchObject(THREE_BARS);
    expect(v.figures.map((f) => f.label)).toContain('农村居民人均可支配收入');
  });

  it('names every bar of the chart differently: a measure two articles report is charted once, the larger', () => {
    const rich = sampleBriefing();
    const d = rich.districts[0]!;
    const other = '协议投资额30亿元。';
    d.figures.push(
      { ...d.figures[0]!, label: '注册资金', value: 129_000_000, text: '1.29亿元' },
      { ...d.figures[0]!, label: '协议投资额', value: 3_000_000_000, text: '30亿元', sentence: other, articleId: 'a2' },
    );
    const v = buildDistrictView(rich, d, sampleSettings());
    // The table keeps both, each with its source; their clauses name them alike.
    expect(v.figures.filter((f) => f.label === '协议投资额').map((f) => [f.value, f.articleId])).toEqual([
      ['52亿元', 'a1'],
      ['30亿元', 'a2'],
    ]);
    expect(v.chart).toMatchObject({ categories: ['协议投资额', '实际利用内资到位额', '注册资金'], series: [{ values: [52, 8.35, 1.29] }] });
  });

  it('charts the changes when money figures are too few, and leaves out themes that score alike', () => {
    const b2 = sampleBriefing();
    const d = b2.districts[1]!;
    const sentence = '一季度，社会消费品零售总额同比增长8.2%，规上工业增加值同比下降3.1%，农村居民人均可支配收入同比增长6.4%。';
    const result = d.figures.find((f) => !f.outlook)!;
    const change = (label: string, value: number, text: string) => ({ ...result, kind: 'change' as const, label, value, text, sentence, unit: '%', basis: '同比' as const });
    d.figures.push(change('社会消费品零售总额增速', 0.082, '同比增长8.2%'), change('规上工业增加值', -0.031, '同比下降3.1%'), change('农村居民人均可支配收入', 0.064, '同比增长6.4%'));
    const v = buildDistrictView(b2, d, sampleSettings());
    expect(v.chartOf).toBe('figures');
    // The target (固定资产投资增长10%目标) is in the table, labelled, but no bar beside the results.
    expect(v.chart).toMatchObject({ title: '蓟州区主要指标增幅', unit: '%', categories: ['社会消费品零售总额', '农村居民人均可支配收入', '规上工业增加值'], series: [{ values: [8.2, 6.4, -3.1] }] });
    expect(v.figures.map((f) => [f.label, f.outlook])).toContainEqual(['固定资产投资目标', 'goal']);
    expect(v.figures.find((f) => f.label === '规上工业增加值')!.value).toBe('同比下降3.1%');

    d.figures = [];
    d.themes = d.themes.map((t) => ({ ...t, score: 0.9 }));
    expect(buildDistrictView(b2, d, sampleSettings()).chart).toBeNull();
  });

  it('lists keywords and themes, and the 报尾 lines that have names', () => {
    expect(view.keywordText).toBe('招商引资、新能源、招聘会');
    expect(view.themeText).toBe('招商引资、就业服务');
    expect(view.endblock).toMatchObject({
      lines: [
        { label: '报', names: '市委办公厅、市政府办公厅', list: ['市委办公厅', '市政府办公厅'] },
        { label: '送', names: '各区委宣传部', list: ['各区委宣传部'] },
      ],
      copies: 30,
      copiesText: '（共印30份）',
      showIssuer: false,
    });
  });

  it('without recipients, the 报尾 holds the 编印单位 and the date', () => {
    const v = buildDistrictView(b, b.districts[0]!, sampleSettings({ recipients: { 报: [], 送: [' '], 发: [] }, copies: null }));
    expect(v.endblock).toMatchObject({ lines: [], showIssuer: true, issuer: { text: '天津市区域经济研究室　　2023年4月21日印发' } });
  });
});

describe('buildOverviewView', () => {
  const b = sampleBriefing();
  const view = buildOverviewView(b, sampleSettings());

  it('matches its own schema', () => {
    expect(overviewViewSchema.safeParse(view).success).toBe(true);
  });

  it('tables the districts with article counts, their share and headline figures, never a sum of unrelated amounts', () => {
    expect(view.districts.map((d) => [d.name, d.articleCount, d.share, d.headlineText, d.topAmountText])).toEqual([
      ['北辰区', 2, '66.7%', '协议投资额52亿元；实际利用内资到位额8.35亿元，同比增长23.6%', '协议投资额52亿元'],
      ['蓟州区', 1, '33.3%', '农业总产值45.6亿元；重点项目100个', '农业总产值45.6亿元'], // (results before the 固定资产投资 target)
    ]);
  });

  it('ranks by article count, then the largest amount', () => {
    const tie = sampleBriefing();
    tie.districts[1]!.articleIds.push('a2');
    const v = buildOverviewView(tie, sampleSettings());
    // Both have two articles now; 蓟州区's largest amount (45.6亿) is less than 北辰区's (52亿).
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
