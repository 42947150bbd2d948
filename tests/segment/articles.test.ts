import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentSource } from '../../src/segment/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/segment/${name}`, import.meta.url), 'utf8');
const segment = (name: string, meta?: { title?: string; date?: string; outlet?: string }) =>
  segmentSource(fixture(name), { path: name, ...(meta ? { meta } : {}) });

describe('a page with three articles and an ad', () => {
  const result = segment('page-three-articles-and-ad.txt');

  it('finds the three articles with their headline blocks', () => {
    expect(result.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([
      [null, '西青区多举措推动外贸企业稳订单拓市场', null],
      [null, '津南区小站镇稻田里迎来春耕', '智能农机助力“小站稻”提质增产'],
      ['春风送岗位 就业暖人心', '武清区举办2023年春季招聘会', null],
    ]);
  });

  it('reads outlet and bylines from each opener and closing bracket', () => {
    expect(result.articles.map((a) => [a.outlet, a.bylines.map((b) => `${b.role} ${b.names.join('、')}`)])).toEqual([
      ['本报', ['记者 林晓', '通讯员 王海涛']],
      ['本报', ['通讯员 刘畅']],
      ['本报', ['通讯员 赵晨阳']],
    ]);
    expect(result.articles[1]!.paragraphs.at(-1)!.text).toMatch(/有序推进。$/u);
  });

  it('dates every article by the masthead date', () => {
    expect(result.articles.map((a) => a.date)).toEqual(['2023-05-12', '2023-05-12', '2023-05-12']);
  });

  it('sets the page furniture and the ad aside with reasons', () => {
    expect(result.discarded.map((d) => [d.reason, d.startLine, d.endLine])).toEqual([
      ['版面信息', 1, 2],
      ['广告：含联系电话', 19, 24],
    ]);
    expect(result.discarded[1]!.text).toMatch(/^广告\n天津某某家居广场/u);
  });
});

describe('a 中新网 dispatch', () => {
  it('has outlet, dateline, reporter, and no end mark in its text', () => {
    const [a] = segment('dispatch-chinanews.txt').articles;
    expect(a).toMatchObject({ outlet: '中新网', dateline: '天津4月8日电', date: null, title: '天津滨海新区新能源汽车产业链加速集聚' });
    expect(a!.bylines).toEqual([{ role: '记者', names: ['王五'], text: '记者 王五' }]);
    expect(a!.paragraphs).toHaveLength(3);
    expect(a!.paragraphs.map((p) => p.text).join('')).not.toContain('（完）');
    expect(a!.source.endLine).toBe(5);
  });

  it('dates the dispatch with the year the container gives', () => {
    expect(segment('dispatch-chinanews.txt', { date: '2023-04-09' }).articles[0]!.date).toBe('2023-04-08');
  });
});

describe('an article with photo captions and editor lines', () => {
  const [a] = segment('captions-and-editor.txt').articles;

  it('keeps captions apart from the text and credits the photographers', () => {
    expect(a!.paragraphs.map((p) => p.kind)).toEqual(['text', 'caption', 'text', 'caption', 'text']);
    expect(a!.bylines.map((b) => `${b.role}:${b.names.join('')}`)).toEqual(['记者:陈静', '摄影:陈静', '摄影:马骁', '责任编辑:周明', '审核:李华']);
  });
});

describe('an article in traditional characters', () => {
  const result = segment('traditional.txt');
  const [a] = result.articles;

  it('is marked zh-Hant and keeps its own characters', () => {
    expect(a!.script).toBe('zh-Hant');
    expect(a!.title).toBe('濱海新區推動智慧港口建設 自動化碼頭作業效率再提升');
    expect(a!.paragraphs[0]!.text).toMatch(/^記者從天津港集團獲悉/u);
  });

  it('reads traditional openers and bylines', () => {
    expect(a!.outlet).toBe('本報');
    expect(a!.bylines.map((b) => [b.role, b.text])).toEqual([
      ['记者', '記者 張偉'],
      ['通讯员', '通訊員 李娜'],
      ['责任编辑', '責任編輯：王曉東'],
    ]);
  });
});

describe('a web page with a meta line', () => {
  it('takes date, source and author from the line under the headline', () => {
    const [a] = segment('web-meta.txt').articles;
    expect(a).toMatchObject({ title: '宝坻区召开2023年农村人居环境整治工作推进会', date: '2023-03-28', outlet: '宝坻融媒', dateline: '2023-03-28 09:15:32' });
    expect(a!.bylines.map((b) => b.role)).toEqual(['来源', '作者', '编辑']);
    expect(a!.paragraphs[0]!.text).toMatch(/^3月27日/u);
  });
});

describe('headline blocks', () => {
  it.each([
    ['a kicker line before a Markdown headline', ['开好局 起好步 多措并举抓经济', '## 北仓镇跑出经济发展“加速度”'], ['开好局 起好步 多措并举抓经济', '北仓镇跑出经济发展“加速度”', null]],
    ['a dashed subtitle', ['津南区稻田里迎来春耕', '——智能农机助力提质增产'], [null, '津南区稻田里迎来春耕', '智能农机助力提质增产']],
    ['a plain line under a Markdown headline', ['# 北辰区推进京津冀教育协同发展', '深度开展广泛交流活动'], [null, '北辰区推进京津冀教育协同发展', '深度开展广泛交流活动']],
    ['two heading lines', ['# 东丽区开展工业企业大走访', '## 全方位多角度助企纾困解难'], [null, '东丽区开展工业企业大走访', '全方位多角度助企纾困解难']],
    ['kicker, headline and subtitle', ['春风送岗位 就业暖人心', '武清区举办春季招聘会', '——提供就业岗位3200余个'], ['春风送岗位 就业暖人心', '武清区举办春季招聘会', '提供就业岗位3200余个']],
    ['a plain headline', ['武清区举办春季招聘会'], [null, '武清区举办春季招聘会', null]],
    ['a column tag before the headline', ['【学习贯彻】武清区召开区委常委会扩大会议'], ['学习贯彻', '武清区召开区委常委会扩大会议', null]],
    ['a deck of amounts under the headline', ['武清区举行重大项目集中签约活动', '总投资86.5亿元 签约项目23个'], [null, '武清区举行重大项目集中签约活动', '总投资86.5亿元 签约项目23个']],
    ['a kicker over a headline with amounts', ['春风送岗位 就业暖人心', '武清区春季招聘会提供岗位3200个、培训名额500个'], ['春风送岗位 就业暖人心', '武清区春季招聘会提供岗位3200个、培训名额500个', null]],
    ['a kicker over a headline with one amount', ['学思想 强党性 重实践 建新功', '恒科盛年产10万吨铜箔项目主体结构封顶'], ['学思想 强党性 重实践 建新功', '恒科盛年产10万吨铜箔项目主体结构封顶', null]],
  ])('%s', (_, headline, [kicker, title, subtitle]) => {
    const text = [...headline, '本报讯 4月15日，招聘会在区人力资源市场举办，吸引了120余家企业进场招聘。'].join('\n');
    const [a] = segmentSource(text, { path: 'a.txt' }).articles;
    expect([a!.kicker, a!.title, a!.subtitle]).toEqual([kicker, title, subtitle]);
    expect(a!.paragraphs).toHaveLength(1);
  });

  it.each([
    ['内容提要：', '一季度全区经济运行稳中向好。'],
    ['导语：', '一季度全区经济运行稳中向好。'],
    ['摘要：', '一季度全区经济运行稳中向好。'],
    ['【导语】', '一季度全区经济运行稳中向好。'],
  ])('reads %s as the lead, without its label', (label, lead) => {
    const text = ['全区经济稳中向好', label + lead, '据统计，一季度全区地区生产总值同比增长5.1%。'].join('\n');
    const [a] = segmentSource(text, { path: 'a.txt' }).articles;
    expect(a!.lead).toBe(lead);
    expect(a!.paragraphs.map((p) => p.text)).toEqual(['据统计，一季度全区地区生产总值同比增长5.1%。']);
  });

  it('uses the container title for text that starts without a headline', () => {
    const text = '4月15日，武清区春季招聘会举办，吸引了120余家企业进场招聘。\n据统计，当天共有2600余人次进场求职。';
    const result = segmentSource(text, { path: 'a.html', meta: { title: '武清区举办春季招聘会' } });
    expect(result.articles[0]!.title).toBe('武清区举办春季招聘会');
    expect(result.articles[0]!.paragraphs).toHaveLength(2);
  });

  it('titles headline-less text by its first sentence and says so', () => {
    const text = '4月15日，武清区春季招聘会举办，吸引了120余家企业进场招聘。';
    const result = segmentSource(text, { path: 'a.txt' });
    expect(result.articles[0]!.title).toBe('4月15日，武清区春季招聘会举办，吸引了120余家企业进场招…');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['SEGMENT_NO_HEADLINE']);
  });
});

describe('structure without bylines', () => {
  it('sets the distribution lines of a 简报 (报：…  送：…) aside, not as text', () => {
    const lines = [
      '东丽区商务局工作简报',
      '二、重点工作推进情况',
      '新引进内资项目38个，协议投资额102.5亿元。走访重点外贸企业56家，协调解决问题23个。',
      '报：区委办、区政府办',
      '送：区发展改革委、区统计局',
    ];
    const result = segmentSource(lines.join('\n'), { path: 'brief.txt' });
    expect(result.articles[0]!.paragraphs.map((p) => p.text).join('')).not.toMatch(/报：|送：/u);
    expect(result.discarded.map((d) => d.text).join('\n')).toContain('送：区发展改革委、区统计局');
  });

  it('keeps numbered headings of a report as its sections, not its subtitle', () => {
    const text = [
      '# 关于西青区2023年一季度经济运行情况的报告',
      '## 一、总体情况',
      '一季度，全区经济运行总体平稳，实现地区生产总值215.3亿元，同比增长4.8%。',
      '## 二、主要指标',
      '（一）工业生产稳步恢复。全区规上工业增加值同比增长5.2%。',
    ].join('\n\n');
    const [a, ...more] = segmentSource(text, { path: 'a.md' }).articles;
    expect(more).toEqual([]);
    expect(a!.subtitle).toBeNull();
    expect(a!.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual(['一、总体情况', '二、主要指标']);
  });

  it('starts a new article at a headline whose text opens like a news report', () => {
    const text = [
      '## 东丽区华明街道打造“15分钟便民生活圈”',
      '近日，东丽区华明街道新建的便民服务综合体正式投用，服务周边居民2万余人。',
      '街道相关负责人表示，下一步将继续完善社区商业网点布局。',
      '## 宁河区七里海湿地迎来候鸟迁徙高峰',
      '近日，宁河区七里海国家级自然保护区迎来候鸟迁徙高峰。',
    ].join('\n');
    const result = segmentSource(text, { path: 'a.md' });
    expect(result.articles.map((a) => [a.title, a.source.startLine, a.source.endLine])).toEqual([
      ['东丽区华明街道打造“15分钟便民生活圈”', 1, 3],
      ['宁河区七里海湿地迎来候鸟迁徙高峰', 4, 5],
    ]);
  });

  it('starts a new article at a Markdown rule after an article', () => {
    const text = ['和平区开展便民服务活动', '日前，和平区在南市街道开展便民服务活动。', '---', '河西区举办消费季', '河西区消费季启动，发放消费券500万元。'].join('\n');
    expect(segmentSource(text, { path: 'a.md' }).articles.map((a) => a.title)).toEqual(['和平区开展便民服务活动', '河西区举办消费季']);
  });

  it('sets web page leftovers aside', () => {
    const text = ['# 河北区就业服务站开进社区', '来源：河北区融媒体中心  发布时间：2023-05-06 10:21', '近日，河北区首批10个社区就业服务站挂牌运行。', '【纠错】 【责任编辑：刘洋】', '分享到：'].join('\n');
    const result = segmentSource(text, { path: 'a.html' });
    expect(result.articles[0]).toMatchObject({ outlet: '河北区融媒体中心', date: '2023-05-06' });
    expect(result.articles[0]!.source.endLine).toBe(3);
    expect(result.discarded.map((d) => [d.reason, d.startLine, d.endLine])).toEqual([['网页附加信息', 4, 5]]);
  });

  it.each([
    ['发布时间：2026-10-14 09:32　来源：西青区融媒体中心　浏览次数：1236　【字体：大 中 小】'],
    ['2026-10-14 09:32 来源：西青区融媒体中心 【打印】【关闭】'],
    ['来源：西青区融媒体中心  发布时间：2026-10-14 09:32  字号：大 中 小'],
  ])('reads the outlet of a copied meta line without its page widgets: %s', (line) => {
    const text = ['西青区重点项目建设跑出加速度', line, '今年以来，西青区116个市区重点项目完成投资218.5亿元，其中新开工项目42个。'].join('\n');
    const article = segmentSource(text, { path: 'a.txt' }).articles[0]!;
    expect(article).toMatchObject({ outlet: '西青区融媒体中心', date: '2026-10-14' });
    expect(article.bylines).toEqual([{ role: '来源', names: ['西青区融媒体中心'], text: '来源：西青区融媒体中心' }]);
  });
});

describe('a WeChat post copied as text', () => {
  const post = [
    '🔥津南这个“智造”基地，又添新成员！',
    '',
    '原创 津南发布 2026-10-28 18:05 发表于天津',
    '',
    '点击蓝字 关注我们',
    '',
    '10月27日，位于津南区八里台镇的天津智能装备产业园迎来新成员，海工装备研发制造基地项目正式签约落户👍。',
    '',
    '今年以来，八里台镇已累计引进亿元以上项目12个，协议投资额达到68.5亿元。',
    '',
    '编辑：王丽丽',
    '',
    '▼往期推荐▼',
    '津南区召开三季度经济运行分析会',
    '八里台镇：稻田变身“网红打卡地”',
    '',
    '分享 收藏 点赞 在看',
  ].join('\n');
  const result = segmentSource(post, { path: 'post.txt' });

  it('keeps the headline, without its emoji, over the follow prompt, and reads the account and time', () => {
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]).toMatchObject({ title: '津南这个“智造”基地，又添新成员！', outlet: '津南发布', date: '2026-10-28' });
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '10月27日，位于津南区八里台镇的天津智能装备产业园迎来新成员，海工装备研发制造基地项目正式签约落户。',
      '今年以来，八里台镇已累计引进亿元以上项目12个，协议投资额达到68.5亿元。',
    ]);
  });

  it.each([
    ['an account without 原创 or 发表于', '河西发布 2026-10-28 18:05', '河西发布'],
    ['a headline ending in a date', '学习贯彻全会精神 2026年10月28日', null],
  ])('reads %s', (_case, line, outlet) => {
    const text = [line, '10月27日，河西区召开专题会议，部署四季度重点工作，确保完成全年目标任务。'].join('\n');
    expect(segmentSource(text, { path: 'a.txt' }).articles[0]!.outlet).toBe(outlet);
  });

  it('sets the follow prompt, the earlier posts and the share bar aside', () => {
    const aside = result.discarded.map((d) => d.text).join('\n');
    for (const line of ['点击蓝字 关注我们', '▼往期推荐▼', '分享 收藏 点赞 在看']) expect(aside).toContain(line);
    expect(result.articles.map((a) => a.title)).not.toContain('津南区召开三季度经济运行分析会');
  });
});

describe('a WeChat post whose headline cries out, under the account name and a written-out follow prompt', () => {
  const post = [
    '总投资42亿元！夷陵这个重大项目一期投产',
    '原创 夷陵发布 2026-11-02 20:15 发表于湖北',
    '',
    '夷陵发布',
    '点击上方蓝字关注我们',
    '',
    '11月2日上午，位于鸦鹊岭镇的磷酸铁锂正极材料项目一期正式投产，区委书记杜明远出席。',
    '',
    '往期推荐',
    '夷陵区召开四季度经济运行调度会',
    '',
    '点击蓝字 关注我们',
  ].join('\n');
  const result = segmentSource(post, { path: 'post.txt' });

  it('is one article under its headline, the account name no heading of it', () => {
    expect(result.articles.map((a) => [a.title, a.outlet, a.date])).toEqual([['总投资42亿元！夷陵这个重大项目一期投产', '夷陵发布', '2026-11-02']]);
    expect(result.articles[0]!.paragraphs.map((p) => p.kind)).toEqual(['text']);
  });

  it('sets each piece of furniture aside on its own lines, not the text between them', () => {
    expect(result.discarded.filter((d) => d.reason === '网页附加信息').map((d) => [d.startLine, d.endLine, d.text])).toEqual([
      [5, 5, '点击上方蓝字关注我们'],
      [9, 9, '往期推荐'],
      [12, 12, '点击蓝字 关注我们'],
    ]);
  });
});

describe('a sentence end wrapped onto a line of its own', () => {
  it('joins the 。 to its sentence instead of ending the article there', () => {
    const page = [
      '昆山开发区12个重大项目集中开工',
      '',
      '本报讯（记者 顾晓蕾）10月14日上午，昆山开发',
      '区第四季度重大项目集中开工活动在光电产业园举',
      '行。此次开工的项目涉及新能源、高端装备等领域，',
      '市委副书记、市长周建华宣布项目开工，市领导出',
      '席活动',
      '。',
      '　　据了解，本次开工项目总投资186.4亿元，其中',
      '投资超10亿元的项目7个，将于两年内全部建成',
      '投产。',
    ].join('\n');
    const { articles } = segmentSource(page, { path: 'page.txt' });
    expect(articles.map((a) => a.title)).toEqual(['昆山开发区12个重大项目集中开工']);
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '10月14日上午，昆山开发区第四季度重大项目集中开工活动在光电产业园举行。此次开工的项目涉及新能源、高端装备等领域，市委副书记、市长周建华宣布项目开工，市领导出席活动。',
      '据了解，本次开工项目总投资186.4亿元，其中投资超10亿元的项目7个，将于两年内全部建成投产。',
    ]);
  });
});

describe('blocks that are not articles', () => {
  it.each([
    ['a column announcement', ['# 即日起 正式推出', '《区域观察》积极宣传报道各区发展成绩，欢迎各单位踊跃投稿。', '投稿热线：13512908898'], /栏目公告：含投稿热线/u],
    ['an ad', ['广告', '某某家居广场五一大促，全场家具低至五折。', '咨询电话：022-23456789'], /^广告/u],
    ['a subscription notice', ['2024年度报刊征订启事', '欢迎广大读者订阅本报，全年定价360元。', '订阅电话：022-87654321'], /订阅启事/u],
    ['a slogan alone', ['以高质量宣传', '助力高质量发展'], /无正文/u],
  ])('%s is set aside with a reason', (_, lines, reason) => {
    const result = segmentSource(lines.join('\n'), { path: 'a.txt' });
    expect(result.articles).toEqual([]);
    expect(result.discarded).toHaveLength(1);
    expect(result.discarded[0]!.reason).toMatch(reason);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['SEGMENT_NO_ARTICLE']);
  });

  it('keeps a real article that gives a hotline', () => {
    const text = [
      '河西区开通企业服务热线',
      '本报讯（记者 林晓）为帮助企业解决生产经营中的困难，河西区日前开通企业服务热线，企业可拨打热线咨询政策、反映诉求。',
      '咨询电话：022-28888888',
    ].join('\n');
    const result = segmentSource(text, { path: 'a.txt' });
    expect(result.articles.map((a) => a.title)).toEqual(['河西区开通企业服务热线']);
    expect(result.articles[0]!.paragraphs.at(-1)!.text).toBe('咨询电话：022-28888888');
    expect(result.discarded).toEqual([]);
  });

  it('keeps a short news item that mentions a phone number in a sentence', () => {
    const text = ['和平区开展便民服务进社区活动', '日前，和平区在南市街道开展便民服务进社区活动，现场为居民提供义诊、理发等服务，居民可拨打12345咨询后续安排。'].join('\n');
    expect(segmentSource(text, { path: 'a.txt' }).articles).toHaveLength(1);
  });

  it('reports a file without text', () => {
    const result = segmentSource('\n\n  \n', { path: 'empty.txt' });
    expect(result).toMatchObject({ articles: [], discarded: [] });
    expect(result.diagnostics[0]).toMatchObject({ code: 'SEGMENT_NO_ARTICLE', level: 'error' });
  });
});

describe('headlines, openers and meta lines as pages and posts really lay them out', () => {
  const only = (lines: string[]) => {
    const r = segmentSource(lines.join('\n'), { path: 'a.txt' });
    expect(r.articles).toHaveLength(1);
    return { article: r.articles[0]!, discarded: r.discarded };
  };

  it('keeps a headline over the page date line, and dates the article by it', () => {
    const { article, discarded } = only([
      '前海合作區港企簽約額創新高',
      '',
      '2026年3月12日　星期四　　經濟　A10',
      '',
      '【本報訊】記者陳思穎報道：深圳前海昨日舉行港企投資推介會，現場簽約項目16個，總投資約95億元人民幣。',
      '',
      '前海管理局一名負責人表示，今年將繼續優化港企落戶服務。',
    ]);
    expect(article).toMatchObject({ title: '前海合作區港企簽約額創新高', outlet: '本報', date: '2026-03-12' });
    expect(article.bylines.map((b) => [b.role, b.names])).toEqual([['记者', ['陳思穎']]]);
    expect(article.paragraphs[0]!.text).toMatch(/^深圳前海昨日/u);
    expect(discarded.map((d) => d.reason)).not.toContain('无正文：标语或孤立标题');
  });

  it('sets aside a masthead line that names its page after the paper, and takes its date', () => {
    const { article, discarded } = only([
      '烟台日报　2026年7月14日　第3版　县域',
      '',
      '蓬莱区葡萄酒产业园二期开工',
      '',
      '本报讯　7月13日，蓬莱区葡萄酒产业园二期项目开工，总投资12亿元，建成后年产高端葡萄酒2万吨。',
    ]);
    expect(article).toMatchObject({ title: '蓬莱区葡萄酒产业园二期开工', kicker: null, date: '2026-07-14' });
    expect(discarded.map((d) => [d.reason, d.text])).toEqual([['版面信息', '烟台日报　2026年7月14日　第3版　县域']]);
  });

  it('ends an article at its jump to another page, so the next headline starts the next one', () => {
    const r = segmentSource(
      [
        '崇义县竹木产业链加速延伸',
        '',
        '本报讯（记者 钟晓燕）今年以来，崇义县竹木产业实现主营业务收入86.2亿元，新增规上企业9家。（转第4',
        '版）',
        '',
        '大余县钨产业项目集中签约',
        '',
        '本报讯（记者 胡志刚）9月10日，大余县举行钨产业项目集中签约仪式，签约项目8个，总投资37.5亿元。',
      ].join('\n'),
      { path: 'a.txt' },
    );
    expect(r.articles.map((a) => a.title)).toEqual(['崇义县竹木产业链加速延伸', '大余县钨产业项目集中签约']);
    expect(r.articles[0]!.paragraphs.at(-1)!.text).toMatch(/（转第4版）$/u);
  });

  it('reads an opener whose bracket the column broke, and keeps the deck line above it as the subtitle', () => {
    const { article } = only([
      '南康：“一张床”撑起千亿产业',
      '前8个月家具产业集群产值1620亿元，同比增长9.6%',
      '',
      '本报讯（记者 刘晓光 通讯员 曾丽娟 黄文',
      '）9月6日，在南康区家居小镇的一家智能工',
      '厂里，数控开料机正在赶制一批出口订单。',
      '“订单已经排到了明年春节，车间两班倒，',
      '每天能出货3000套。”企业负责人告诉记者。',
      '今年以来，南康区坚持把家具产业作为首位',
      '产业，全链条发力，产业规模持续扩大。',
    ]);
    expect(article.subtitle).toBe('前8个月家具产业集群产值1620亿元，同比增长9.6%');
    expect(article.outlet).toBe('本报');
    expect(article.bylines.map((b) => [b.role, b.names])).toEqual([
      ['记者', ['刘晓光']],
      ['通讯员', ['曾丽娟', '黄文']],
    ]);
    expect(article.paragraphs[0]!.text).toMatch(/^9月6日，在南康区/u);
  });

  it('joins a photo caption the column broke inside a word, its credit on the second line', () => {
    const { article } = only([
      '会昌县脐橙迎来采摘季',
      '',
      '本报讯（记者 邱文华）10月20日，会昌县的脐橙园里一派繁忙，今年全县脐橙种植面积达到12.6万亩，预计产量20万吨，',
      '果农们正忙着采摘、分拣、装箱，销往全国各地。',
      '图为会昌县周田镇一处脐橙基地内，果农正',
      '在采摘脐橙。　□ 记者 邱文华 摄',
    ]);
    expect(article.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.text)).toEqual(['图为会昌县周田镇一处脐橙基地内，果农正在采摘脐橙。']);
  });

  it('reads a web page meta line with the time between the source and the author', () => {
    const { article } = only([
      '长兴县秋季重点项目集中开工',
      '来源：长兴新闻网  发布时间：2026-10-16 10:05  作者：钱晓峰  编辑：姚丽',
      '本网讯　10月15日，长兴县2026年秋季重点项目集中开工，共有项目18个，总投资96.3亿元。',
    ]);
    expect(article).toMatchObject({ outlet: '长兴新闻网', date: '2026-10-16' });
    expect(article.bylines.map((b) => [b.role, b.names])).toEqual([
      ['来源', ['长兴新闻网']],
      ['作者', ['钱晓峰']],
      ['编辑', ['姚丽']],
    ]);
  });

  it('dates a report by the day it was given, stated under its title', () => {
    const { article } = only([
      '政府工作报告',
      '',
      '——2026年1月12日在嘉兴市南湖区第三届人民代表大会第六次会议上',
      '',
      '各位代表：现在，我代表区人民政府向大会报告工作，请予审议。',
    ]);
    expect(article.date).toBe('2026-01-12');
  });

  it('reads a WeChat meta line split in two: author and account, then time and province', () => {
    const { article, discarded } = only([
      '温江发布',
      '',
      '原创 温江融媒 温江发布',
      '2026-10-30 19:20 四川',
      '',
      '👆点击蓝字关注我们',
      '',
      '数说温江｜前三季度经济运行稳中向好',
      '',
      '前三季度，温江区实现地区生产总值612.8亿元，同比增长6.1%。',
    ]);
    expect(article).toMatchObject({ title: '数说温江｜前三季度经济运行稳中向好', outlet: '温江发布', date: '2026-10-30' });
    expect(discarded.map((d) => d.text)).toContain('👆点击蓝字关注我们');
  });

  it('reads a WeChat meta line split in two without 原创: the account twice, then time and province', () => {
    const { article } = only([
      '点击蓝字关注我们',
      '',
      '金秋十月 望奎10万亩大豆颗粒归仓',
      '',
      '望奎发布 望奎发布',
      '2026年10月12日 18:05 黑龙江',
      '',
      '10月11日，望奎县10万亩大豆全面收获，平均亩产达到320斤。',
    ]);
    expect(article).toMatchObject({ title: '金秋十月 望奎10万亩大豆颗粒归仓', subtitle: null, outlet: '望奎发布', date: '2026-10-12' });
  });

  it('reads an official document: its red head and number aside, its 关于… title over two lines whole', () => {
    const { article } = only([
      '宁乡市市场监督管理局文件',
      '',
      '宁市监〔2026〕21号',
      '',
      '宁乡市市场监督管理局',
      '关于2026年上半年食品安全',
      '监督抽检情况的通报',
      '',
      '各乡镇（街道）市场监管所，各有关单位：',
      '',
      '2026年1月至6月，我局共抽检食品样品1260批次，合格率98.6%。现将有关情况通报如下。',
    ]);
    expect(article).toMatchObject({ title: '关于2026年上半年食品安全监督抽检情况的通报', kicker: null, outlet: '宁乡市市场监督管理局' });
    expect(article.paragraphs.map((p) => p.text).join('')).not.toMatch(/文件|〔2026〕/u);
  });

  it('sets a short 声明 or 启事 under its title aside, not as an article', () => {
    const r = segmentSource(
      [
        '上犹县油茶产业园投产',
        '',
        '本报讯（记者 陈立）9月12日，上犹县油茶产业园一期投产，年加工油茶籽3万吨。',
        '',
        '遗失声明',
        '上犹县兴旺农资店遗失营业执照副本一份，声明作废。',
      ].join('\n'),
      { path: 'a.txt' },
    );
    expect(r.articles.map((a) => a.title)).toEqual(['上犹县油茶产业园投产']);
    expect(r.discarded.map((d) => d.reason)).toEqual(['启事：遗失声明']);
  });

  it('splits a news site’s list page into its articles, each a heading over a dated meta line', () => {
    const r = segmentSource(
      [
        '# 镇街动态',
        '## 岔河镇：稻虾共作亩均增收2000元',
        '发布时间：2026-10-21 10:05　来源：兴化市融媒体中心　作者：周涛',
        '今年，岔河镇稻虾共作面积达到3.2万亩，亩均增收2000元。',
        '## 戴南镇：不锈钢产业集群产值突破千亿',
        '发布时间：2026-10-19 15:30　来源：戴南镇　作者：通讯员 吴敏　记者 钱磊',
        '前三季度，戴南镇不锈钢产业集群实现产值1020亿元，同比增长8.6%。',
      ].join('\n'),
      { path: 'a.html' },
    );
    expect(r.articles.map((a) => [a.title, a.date])).toEqual([
      ['岔河镇：稻虾共作亩均增收2000元', '2026-10-21'],
      ['戴南镇：不锈钢产业集群产值突破千亿', '2026-10-19'],
    ]);
    expect(r.articles[1]!.bylines.map((b) => [b.role, b.names])).toEqual([
      ['来源', ['戴南镇']],
      ['通讯员', ['吴敏']],
      ['记者', ['钱磊']],
    ]);
  });

  it('reads a Markdown interview’s italic meta line, its parts set apart by bars', () => {
    const { article } = only([
      '# 做强先进制造 打造开放高地',
      '## ——访高新区管委会主任周明',
      '',
      '*记者 许静 ｜ 2026年10月30日 ｜ 来源：常熟日报*',
      '',
      '前三季度，常熟高新区实现规上工业产值1260亿元，同比增长7.2%。',
    ]);
    expect(article).toMatchObject({ date: '2026-10-30', outlet: '常熟日报', subtitle: '访高新区管委会主任周明' });
    expect(article.bylines.map((b) => b.role)).toEqual(['记者', '来源']);
  });

  it('reads a national paper’s byline under the title and the reprint line that dates it', () => {
    const { article } = only([
      '小木耳长成大产业',
      '——陕西柞水县做强木耳全产业链见闻',
      '',
      '《经济日报》记者 赵明远 孙 洁',
      '',
      '秋日的柞水县，木耳大棚连片铺展，全县木耳种植规模达到1.2亿袋，综合产值超过20亿元。',
      '',
      '《经济日报》（2026年11月05日 第9版）',
    ]);
    expect(article.date).toBe('2026-11-05');
    expect(article.subtitle).toBe('陕西柞水县做强木耳全产业链见闻');
    expect(article.bylines.map((b) => [b.role, b.names])).toEqual([['记者', ['赵明远', '孙洁']]]);
  });

  it.each([
    ['a date written out in Chinese numerals', '本报讯（记者 岩香）二〇二六年十月二十六日晚，第十五届茶文化旅游节落下帷幕。', '2026-10-26'],
    ['a dotted date after X讯', '滨海新区讯 2026.10.18，一家瑞士药企与开发区签署投资协议，总投资12亿元。', '2026-10-18'],
  ])('dates an article by %s at the start of its text', (_case, text, date) => {
    expect(only(['茶旅节落幕', text]).article.date).toBe(date);
  });

  it('reads a statistics release’s 发布单位 as its source and an issuer line with a spaced 编 under a 简讯 title', () => {
    const release = only(['2026年1—9月南海区主要经济指标', '', '发布单位：佛山市南海区统计局　　发布时间：2026-10-24', '', '前三季度，南海区地区生产总值增长5.6%。']).article;
    expect(release).toMatchObject({ outlet: '佛山市南海区统计局', date: '2026-10-24' });
    const brief = only(['瑞安简讯（2026年第42期）', '', '瑞安市融媒体中心　编', '', '塘下镇今年已有57家企业完成智能化产线改造，平均生产效率提升约两成。']).article;
    expect(brief).toMatchObject({ title: '瑞安简讯（2026年第42期）', outlet: '瑞安市融媒体中心' });
  });

  it('keeps a list of projects for investors, with a contact for each, as an article', () => {
    const lines = ['筠连县2026年招商引资重点项目推介', ''];
    for (const [n, name, amount] of [[1, '筠连县红茶精深加工项目', 6.5], [2, '筠连县生态康养小镇项目', 12], [3, '筠连县新型建材产业园项目', 8.8]] as const) {
      lines.push(
        `${n}．项目名称：${name}`,
        '建设地点：筠连县工业园区，规划用地约200亩，水电路讯等基础设施已配套到位，距高速公路出口约5公里。',
        '建设内容：新建标准化厂房、研发中心、仓储物流中心及配套设施，建成后可实现年产值15亿元，带动就业800人。',
        `总投资：${amount}亿元`,
        '联系人：王海 电话：0831-7712345',
        '',
      );
    }
    const { article } = only(lines);
    expect(article.title).toBe('筠连县2026年招商引资重点项目推介');
  });

  it('sets a 简报’s 发： line aside and reads 签发 as an editor role', () => {
    const r = segmentSource(
      ['鹿邑县推进高标准农田建设', '', '今年以来，全县新建高标准农田2.3万亩，完成投资3.2亿元。', '', '发：各乡镇党委、县直各单位', '编辑：李秀梅　签发：陈国庆'].join('\n'),
      { path: 'a.txt' },
    );
    expect(r.articles.map((a) => a.paragraphs.map((p) => p.text))).toEqual([['今年以来，全县新建高标准农田2.3万亩，完成投资3.2亿元。']]);
    expect(r.discarded.map((d) => [d.reason, d.text])).toEqual([['版面信息', '发：各乡镇党委、县直各单位\n编辑：李秀梅　签发：陈国庆']]);
  });
});
