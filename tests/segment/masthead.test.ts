import { describe, expect, it } from 'vitest';
import { segmentSource } from '../../src/segment/index.js';

const segment = (lines: string[], path = 'report.txt') => segmentSource(lines.join('\n'), { path });

describe('a weekly report with its issue, issuer and signature', () => {
  const report = (head: string[]) =>
    segment([
      ...head,
      '',
      '## 一、重点项目建设',
      '',
      '- 1—10月，全区156个重点项目累计完成投资312.4亿元，完成年度计划的86.5%。',
      '- 本周新开工项目4个，总投资18.2亿元。',
      '',
      '---',
      '',
      '发改局办公室 2026年10月16日',
    ], 'weekly.md');

  it('reads the issue line as meta, the office under it as the source, and the signed day as the date', () => {
    const { articles, discarded } = report(['# 綦江区发展改革工作周报', '', '**2026年第41期**（2026年10月10日—10月16日）', '', '> 重庆市綦江区发展和改革委员会 编']);
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a!.title).toBe('綦江区发展改革工作周报');
    expect(a!.outlet).toBe('重庆市綦江区发展和改革委员会');
    expect(a!.date).toBe('2026-10-16');
    expect(a!.paragraphs.map((p) => p.text)).toEqual([
      '一、重点项目建设',
      '1—10月，全区156个重点项目累计完成投资312.4亿元，完成年度计划的86.5%。',
      '本周新开工项目4个，总投资18.2亿元。',
    ]);
    expect(discarded).toEqual([]);
  });

  it('dates an issue by the last day it covers, and by the signature when it gives no day', () => {
    expect(report(['# 綦江区发展改革工作周报', '', '2026年第41期（2026年10月10日—10月16日）']).articles[0]!.date).toBe('2026-10-16');
    expect(report(['# 綦江区发展改革工作周报', '', '第41期']).articles[0]!.date).toBe('2026-10-16');
  });
});

describe('a signature at the foot of a text', () => {
  const body = ['江津区召开秋季森林防火工作会议', '', '10月14日，江津区召开秋季森林防火工作会议，部署今冬明春森林防火工作。会议要求，各镇街要落实网格化巡查。'];

  it('dates the text by an office and a day on one line, or an office over a date line, and prints neither', () => {
    for (const foot of [['重庆市江津区应急管理局 2026年10月15日'], ['重庆市江津区应急管理局', '2026年10月15日']]) {
      const { articles, discarded } = segment([...body, '', ...foot]);
      expect(articles.map((a) => [a.date, a.paragraphs.length])).toEqual([['2026-10-15', 1]]);
      expect(discarded).toEqual([]);
    }
  });

  it('leaves an office named in a line of text that goes on after it', () => {
    const { articles } = segment([...body, '', '重庆市江津区应急管理局', '', '会议还通报了近期火险等级预报情况，要求各镇街加强值守。']);
    expect(articles[0]!.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['10月14日', '重庆市江津区', '会议还通报了']);
  });
});

describe('a 简报 masthead over a single article', () => {
  it('takes the headline under the masthead, the masthead’s office as the source and its day as the date', () => {
    const { articles } = segment([
      '区域观察简报',
      '',
      '第7期',
      '',
      '区域观察编辑部 2026年9月30日',
      '',
      '北辰区工作动态',
      '',
      '9月28日，北辰区召开重点项目推进会，全区48个重点项目完成投资126亿元。',
    ]);
    expect(articles.map((a) => [a.title, a.outlet, a.date])).toEqual([['北辰区工作动态', '区域观察编辑部', '2026-09-30']]);
  });

  it('keeps a report’s numbered section under its issue line in the body', () => {
    const { articles } = segment(['静海区经济运行月报', '', '第9期', '', '一、工业生产', '', '1—8月，全区规上工业增加值同比增长6.2%。'], 'monthly.txt');
    expect(articles.map((a) => [a.title, a.paragraphs[0]!.text])).toEqual([['静海区经济运行月报', '一、工业生产']]);
  });
});

describe('Markdown bold inside a line', () => {
  it('is taken off, so no asterisks reach a briefing', () => {
    const { articles } = segment(['# 答记者问', '', '近日，记者就招商引资工作采访了区商务局负责人。', '', '**问：** 今年以来，全区招商引资情况如何？', '', '**答：** 1—9月，全区新签约项目42个，协议总投资268亿元。'], 'qa.md');
    expect(articles[0]!.paragraphs.map((p) => p.text).slice(1)).toEqual(['问： 今年以来，全区招商引资情况如何？', '答： 1—9月，全区新签约项目42个，协议总投资268亿元。']);
  });
});

describe('the head of a meeting’s 纪要 and of a press conference', () => {
  const minutes = [
    '宁波市鄞州区人民政府',
    '专题会议纪要',
    '',
    '〔2026〕第21期',
    '',
    '鄞州区人民政府办公室　　　　　　　　2026年10月23日',
    '',
    '关于推进区重点民生工程建设的会议纪要',
    '',
    '时　　间：2026年10月21日（星期三）上午9:00',
    '地　　点：区行政中心2号楼第一会议室',
    '主　　持：区委常委、常务副区长　周海涛',
    '参会人员：区发改局局长　陈晓东；区财政局副局长　王丽萍；首南街道办事处主任　何建军。',
    '记　　录：区政府办　沈佳',
    '',
    '2026年10月21日，区委常委、常务副区长周海涛主持召开专题会议，研究推进区重点民生工程建设有关事项。现将会议议定事项纪要如下：',
    '',
    '一、关于学士路地下停车场项目。会议要求区建设局督促施工单位倒排工期，确保12月底前投入使用。',
  ];

  it('titles the 纪要 by its 关于… line under its red head, dates it by the office’s day, and keeps who held and attended it as text', () => {
    const { articles, discarded } = segmentSource(minutes.join('\n'), { path: 'minutes.txt' });
    expect(articles.map((a) => [a.title, a.outlet, a.date])).toEqual([['关于推进区重点民生工程建设的会议纪要', '宁波市鄞州区人民政府', '2026-10-23']]);
    expect(articles[0]!.paragraphs.map((p) => p.text.slice(0, 5))).toEqual(['主　　持：', '参会人员：', '记　　录：', '2026年', '一、关于学']);
    expect(discarded).toEqual([]);
  });

  it('dates a press conference by its 时间： line and keeps its 地点： line out of the text', () => {
    const { articles } = segmentSource(
      ['平阳县茶产业发展情况新闻发布会实录', '', '时间：2026年10月29日上午10:00', '地点：平阳县融媒体中心新闻发布厅', '', '主持人：各位媒体朋友，大家上午好！欢迎出席今天的新闻发布会。'].join('\n'),
      { path: 'press.txt' },
    );
    expect(articles.map((a) => [a.title, a.date, a.paragraphs.length])).toEqual([['平阳县茶产业发展情况新闻发布会实录', '2026-10-29', 1]]);
  });
});

describe('the day a Word or PDF file was made', () => {
  const speech = ['在全区招商引资工作推进会上的讲话', '区委副书记、区长　孟庆川', '（2026年11月6日）', '', '同志们：', '', '今天，我们召开全区招商引资工作推进会，通报1―10月招商引资工作情况。'];

  it('comes after every date the text states: the bracketed day under a speech’s title is its date', () => {
    const { articles } = segmentSource(speech.join('\n'), { path: 'speech.docx', meta: { fileDate: '2026-11-23' } });
    expect(articles.map((a) => a.date)).toEqual(['2026-11-06']);
    // The horizontal bar some PDFs and code pages write for the dash of 1—10月 is the dash.
    expect(articles[0]!.paragraphs.at(-1)!.text).toContain('1—10月');
  });

  it('dates a text that states no day of its own, and gives the year to a month and day', () => {
    const undated = ['区委副书记、区长孟庆川调研重点项目', '', '11月4日，区委副书记、区长孟庆川调研重点项目建设。'];
    expect(segmentSource(undated.join('\n'), { path: 'a.docx', meta: { fileDate: '2026-11-23' } }).articles[0]!.date).toBe('2026-11-04');
    expect(segmentSource(undated.slice(0, 1).concat('', '区委副书记、区长孟庆川调研重点项目建设，现场协调解决问题。').join('\n'), { path: 'b.docx', meta: { fileDate: '2026-11-23' } }).articles[0]!.date).toBe('2026-11-23');
  });

  it('sets a printed page count (1/3) aside as page furniture', () => {
    const { discarded } = segmentSource(['标题一则', '', '11月4日，区委副书记、区长孟庆川调研重点项目建设，现场协调解决问题。', '', '1/3'].join('\n'), { path: 'c.pdf' });
    expect(discarded.map((d) => [d.text, d.reason])).toEqual([['1/3', '版面信息']]);
  });
});

describe('an official document issued by two offices', () => {
  it('titles it by its 关于… lines under the offices and the number, the first office its source, dated by its signature', () => {
    const doc = [
      '中共太仓市委办公室',
      '太仓市人民政府办公室',
      '',
      '太委办〔2026〕31号',
      '',
      '关于表扬2026年度安全生产工作',
      '先进集体和先进个人的通报',
      '',
      '各镇党委和人民政府，市各委办局：',
      '',
      '今年以来，全市各级各部门认真贯彻安全生产工作部署，全市安全生产形势总体平稳。经研究，决定对浏河镇人民政府等8个单位予以通报表扬。',
      '',
      '中共太仓市委办公室　　　　太仓市人民政府办公室',
      '2026年10月20日',
    ];
    const { articles, discarded } = segmentSource(doc.join('\n'), { path: 'doc.txt' });
    expect(articles.map((a) => [a.title, a.outlet, a.date, a.source.startLine, a.source.endLine])).toEqual([
      ['关于表扬2026年度安全生产工作先进集体和先进个人的通报', '中共太仓市委办公室', '2026-10-20', 1, 14],
    ]);
    expect(discarded).toEqual([]);
  });
});

describe('the line under a headline that dates it and names who published it', () => {
  const body = '11月18日，浏阳经开区举行重点项目集中签约仪式，现场签约项目9个，协议总投资46.2亿元。';

  it('reads a day and time followed by the site’s name, as news pages copy them, in either script', () => {
    for (const [line, outlet] of [['2026年11月19日 09:40　湘东财经网', '湘东财经网'], ['2026年11月19日 09:40　湘東財經網', '湘東財經網']] as const) {
      const { articles } = segment(['浏阳经开区集中签约9个项目 协议总投资46.2亿元', line, '', body]);
      expect(articles.map((a) => [a.title, a.date, a.outlet])).toEqual([['浏阳经开区集中签约9个项目 协议总投资46.2亿元', '2026-11-19', outlet]]);
    }
  });

  it('reads an office of any kind with its day under a report’s title as the report’s source and date', () => {
    const { articles } = segment(['# 浏阳经开区招商引资工作周报', '', '浏阳经济技术开发区管委会投资促进服务局　　2026年11月16日', '', body], 'weekly.md');
    expect(articles.map((a) => [a.title, a.date, a.outlet, a.paragraphs.length])).toEqual([['浏阳经开区招商引资工作周报', '2026-11-16', '浏阳经济技术开发区管委会投资促进服务局', 1]]);
  });

  it('takes a labelled day (播出日期：…) as the date whatever stands beside it on the line', () => {
    const { articles } = segment(['浏阳经开区集中签约9个项目', '栏目：《浏阳新闻》　播出日期：2026年11月19日（星期四）', '', body]);
    expect(articles.map((a) => [a.title, a.date])).toEqual([['浏阳经开区集中签约9个项目', '2026-11-19']]);
  });
});

describe('whom 本报 stands for', () => {
  const article = ['浏阳花炮产业前三季度产值增长一成', '', '本报讯（记者 周文静）前三季度，浏阳花炮产业实现产值286亿元，同比增长10.2%，出口额同比增长15.6%。'];

  it('is the paper the page’s header names', () => {
    const { articles } = segment(['2026年11月18日　星期三　浏阳日报　第3版　县域经济', '', ...article]);
    expect(articles.map((a) => [a.title, a.outlet, a.date])).toEqual([['浏阳花炮产业前三季度产值增长一成', '浏阳日报', '2026-11-18']]);
  });

  it('is the paper a meta line over the article names', () => {
    const { articles } = segment(['浏阳日报 2026-11-18', '', ...article]);
    expect(articles.map((a) => [a.outlet, a.date])).toEqual([['浏阳日报', '2026-11-18']]);
  });

  it('stays 本报 when nothing names the paper', () => {
    expect(segment(article).articles.map((a) => a.outlet)).toEqual(['本报']);
  });
});

describe('a version note under a title', () => {
  it('joins （摘　要） and （草案） to the title above it instead of taking the title’s place', () => {
    for (const [note, title] of [['（摘　要）', '2026年前三季度巢湖市国民经济和社会发展统计公报（摘要）'], ['（草案）', '2026年前三季度巢湖市国民经济和社会发展统计公报（草案）']] as const) {
      const { articles } = segment(['2026年前三季度巢湖市国民经济和社会发展统计公报', note, '', '巢湖市统计局', '', '前三季度，全市实现地区生产总值512.36亿元，同比增长6.2%。']);
      expect(articles.map((a) => [a.title, a.kicker])).toEqual([[title, null]]);
    }
  });
});

describe('a list of briefs, each headline carrying its day', () => {
  const column = [
    '沁源乡镇快讯',
    '（第12期　沁源县融媒体中心编　2026年11月21日）',
    '',
    '郭道镇：千亩连翘基地完成冬季管护　2026-11-16',
    '近日，郭道镇组织农技人员对全镇1200亩连翘基地开展冬季修剪和病虫害防治，带动周边村民务工增收。',
    '',
    '灵空山镇：林下中药材种植面积突破3000亩　2026-11-18',
    '时下，灵空山镇林下党参、黄芩长势良好，全镇林下中药材种植面积已突破3000亩，户均增收4200元。',
    '',
    '王和镇：太岳山景区冬季门票半价　2026-11-20',
    '即日起至2027年2月底，太岳山景区实行冬季门票半价优惠，门票由60元降至30元。',
    '',
    '（供稿：沁源县融媒体中心　联系电话：0355-7022318）',
  ];

  it('makes each brief an article under its own headline and day, the issue line the column’s', () => {
    const { articles, discarded } = segment(column);
    expect(articles.map((a) => [a.title, a.date])).toEqual([
      ['郭道镇：千亩连翘基地完成冬季管护', '2026-11-16'],
      ['灵空山镇：林下中药材种植面积突破3000亩', '2026-11-18'],
      ['王和镇：太岳山景区冬季门票半价', '2026-11-20'],
    ]);
    expect(articles[0]!.outlet).toBe('沁源县融媒体中心');
    // The contact line at the foot makes no notice of the brief above it.
    expect(discarded).toEqual([]);
  });

  it('reads a masthead’s dated line as no headline', () => {
    // (As our own index page reads: the line is no brief's dated headline starting an article.)
    const { articles } = segment(['# 区域观察简报', '区域观察编辑部 · 第1期 · 2026年11月23日', '## 综述', '本期共收录3个区县的5篇信息，涉及重点项目12个。'], 'index.md');
    expect(articles.map((a) => a.title)).toEqual(['区域观察简报']);
  });
});
