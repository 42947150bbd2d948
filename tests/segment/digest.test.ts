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

describe('a numbered column whose items carry their own bracketed headlines and days', () => {
  const text = [
    '乐清简讯（2026年第18期）',
    '',
    '▲【柳市镇：电气企业加快出海】（9月8日）今年以来，柳市镇电气企业新开拓海外市场12个，出口额同比增长18.6%。',
    '',
    '▲【虹桥镇：农贸市场完成改造】（9月12日）虹桥镇中心农贸市场提升改造完工，新增摊位120个。',
  ].join('\n');
  const { articles } = segmentSource(text, { path: 'a.txt' });

  it('titles each item by its headline, dates it by its day in the column’s year, and keeps ▲ items out of the captions', () => {
    expect(articles.map((a) => [a.title, a.kicker, a.date])).toEqual([
      ['柳市镇：电气企业加快出海', '乐清简讯（2026年第18期）', '2026-09-08'],
      ['虹桥镇：农贸市场完成改造', '乐清简讯（2026年第18期）', '2026-09-12'],
    ]);
    expect(articles.flatMap((a) => a.paragraphs.map((p) => p.kind))).toEqual(['text', 'text']);
  });
});

describe('flashes one after the other, with no headlines', () => {
  const text = [
    '【快讯】11月18日，萧山区机器人小镇集中签约智能装备项目5个，总投资9.6亿元。',
    '',
    '【快讯】记者从富阳区经信局获悉，1—10月，富阳区规上工业产值同比增长7.4%。',
  ].join('\n');
  const { articles } = segmentSource(text, { path: 'a.txt' });

  it('gives each flash as an article titled by what happened, its tag the kicker, each in its own district', () => {
    expect(articles.map((a) => [a.title, a.kicker, a.paragraphs[0]!.text.slice(0, 6)])).toEqual([
      ['萧山区机器人小镇集中签约智能装备项目5个', '快讯', '11月18日'],
      ['富阳区规上工业产值同比增长7.4%', '快讯', '记者从富阳区'],
    ]);
  });
});

describe('an office’s 简报 with its pieces under tagged headings', () => {
  const brief = [
    '工　作　简　报',
    '',
    '第12期',
    '',
    '成都市郫都区发展和改革局编　　　　　　2026年7月20日',
    '',
    '────────────────',
    '',
    '【项目建设】上半年全区重点项目完成投资156.8亿元',
    '',
    '　　上半年，全区112个重点项目累计完成投资156.8亿元，占年度计划的56.3%。',
    '',
    '【营商环境】“项目审批服务专班”正式上线运行',
    '',
    '　　为进一步压缩项目审批时限，我局会同9个部门组建“项目审批服务专班”，于7月1日起运行。',
    '',
    '　　……',
    '',
    '　　专班运行以来，平均审批时限由45个工作日压缩至28个工作日。',
  ].join('\n');
  const { articles } = segmentSource(brief, { path: 'brief.txt' });

  it('gives each piece as an article titled by its heading, the tag as kicker', () => {
    expect(articles.map((a) => [a.kicker, a.title, a.paragraphs.length])).toEqual([
      ['项目建设', '上半年全区重点项目完成投资156.8亿元', 1],
      ['营商环境', '“项目审批服务专班”正式上线运行', 2],
    ]);
    expect(articles.map((a) => [a.source.startLine, a.source.endLine])).toEqual([
      [1, 12],
      [13, 19],
    ]);
  });

  it('dates each piece by the masthead and credits the office that issued it', () => {
    expect(articles.map((a) => [a.date, a.outlet])).toEqual([
      ['2026-07-20', '成都市郫都区发展和改革局'],
      ['2026-07-20', '成都市郫都区发展和改革局'],
    ]);
  });
});

describe('an office’s 简报 with each tag on a line of its own over the headline', () => {
  const brief = [
    '                    综  合  信  息',
    '',
    '                        第31期',
    '',
    '中共岳西县委办公室                        2026年10月22日',
    '',
    '【工作动态】',
    '岳西县召开秋冬季森林防火工作会议',
    '',
    '    10月20日，县委副书记、县长程立新主持召开全县秋冬季森林防火工作会议，部署防火期重点工作。',
    '',
    '【典型经验】',
    '主簿镇“茶旅融合”带动群众增收',
    '',
    '    今年以来，主簿镇新建茶园观光步道12公里，1—9月接待游客32万人次。',
    '',
    '【基层信息】',
    '店前镇完成高标准农田建设1.2万亩',
    '',
    '    近日，店前镇2026年度高标准农田建设项目通过县级验收，项目总投资2100万元。',
  ].join('\n');
  const { articles } = segmentSource(brief, { path: 'brief.txt' });

  it('gives each piece as an article titled by the headline under its tag, not by the issue number', () => {
    expect(articles.map((a) => [a.kicker, a.title, a.paragraphs.map((p) => p.text.slice(0, 5))])).toEqual([
      ['工作动态', '岳西县召开秋冬季森林防火工作会议', ['10月20']],
      ['典型经验', '主簿镇“茶旅融合”带动群众增收', ['今年以来，']],
      ['基层信息', '店前镇完成高标准农田建设1.2万亩', ['近日，店前']],
    ]);
  });

  it('dates every piece by the masthead and credits the office, a piece opening as news does (近日，…) too', () => {
    expect(articles.map((a) => [a.date, a.outlet])).toEqual([
      ['2026-10-22', '中共岳西县委办公室'],
      ['2026-10-22', '中共岳西县委办公室'],
      ['2026-10-22', '中共岳西县委办公室'],
    ]);
  });
});

describe('an office’s 简报 that lists its pieces first (本期要目)', () => {
  const brief = [
    '茶陵县工作简报',
    '2026年第18期',
    '茶陵县人民政府办公室　　　　　　2026年9月26日',
    '本期要目',
    '前8个月全县经济运行平稳',
    '县长刘国庆调研重点项目建设',
    '【经济运行】前8个月全县经济运行平稳',
    '据县统计局初步核算，1—8月，全县规模以上工业增加值同比增长6.8%，固定资产投资同比增长7.5%。',
    '【项目建设】县长刘国庆调研重点项目建设',
    '9月24日，县委副书记、县长刘国庆带队调研茶陵经开区重点项目建设，要求加快推进项目建设进度。',
  ];
  const { articles } = segmentSource(brief.join('\n'), { path: 'brief.txt' });

  it('gives each piece as an article, not the contents, each dated and credited by the masthead', () => {
    expect(articles.map((a) => [a.kicker, a.title, a.date, a.outlet, a.paragraphs.length])).toEqual([
      ['经济运行', '前8个月全县经济运行平稳', '2026-09-26', '茶陵县人民政府办公室', 1],
      ['项目建设', '县长刘国庆调研重点项目建设', '2026-09-26', '茶陵县人民政府办公室', 1],
    ]);
  });
});

describe('an office’s 动态 whose later pieces open as news does', () => {
  const brief = [
    '太康县农业农村局',
    '工作动态',
    '2026年第19期',
    '',
    '太康县农业农村局办公室编　　　　　　　　2026年10月28日',
    '',
    '【秋种进度】全县小麦播种过半',
    '',
    '截至10月26日，全县已播种小麦62.4万亩，占计划面积的54.2%。',
    '',
    '【领导调研】局长孙卫国督导秸秆综合利用',
    '',
    '10月24日，局党组书记、局长孙卫国到高朗乡督导秸秆综合利用工作。',
  ];
  const { articles } = segmentSource(brief.join('\n'), { path: 'brief.txt' });

  it('titles the first piece by its own headline, and dates and credits every piece by the masthead', () => {
    expect(articles.map((a) => [a.kicker, a.title, a.date, a.outlet])).toEqual([
      ['秋种进度', '全县小麦播种过半', '2026-10-28', '太康县农业农村局办公室'],
      ['领导调研', '局长孙卫国督导秸秆综合利用', '2026-10-28', '太康县农业农村局办公室'],
    ]);
  });
});

describe('a bulletin with its issuer under the title', () => {
  it('keeps the title as the headline and the office as its source, notes after an omission included', () => {
    const bulletin = [
      '寿光市2026年前三季度国民经济和社会发展统计公报（摘要）',
      '',
      '寿光市统计局',
      '2026年10月28日',
      '',
      '　　前三季度全市实现地区生产总值612.37亿元，同比增长5.8%。',
      '',
      '　　……',
      '',
      '　　注：本公报中部分数据为初步统计数。',
    ].join('\n');
    const { articles } = segmentSource(bulletin, { path: 'bulletin.txt' });
    expect(articles.map((a) => [a.title, a.kicker, a.outlet, a.date, a.paragraphs.length])).toEqual([
      ['寿光市2026年前三季度国民经济和社会发展统计公报（摘要）', null, '寿光市统计局', '2026-10-28', 2],
    ]);
  });

  it('reads a headline that ends in 局 as a headline', () => {
    const text = ['聚焦“十项行动” 推动高质量发展', '北辰区绿色低碳产业加快布局', '本报讯 2月4日，北辰区召开生态环境保护工作会议，部署年度重点任务。'].join('\n');
    expect(segmentSource(text, { path: 'a.txt' }).articles[0]).toMatchObject({ title: '北辰区绿色低碳产业加快布局', kicker: '聚焦“十项行动” 推动高质量发展' });
  });
});
