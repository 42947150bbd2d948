import { describe, expect, it } from 'vitest';
import { parseOpener } from '../../src/segment/openers.js';
import { segmentSource } from '../../src/segment/index.js';

describe('parseOpener', () => {
  it.each([
    ['天津北方网讯：4月21日上午，市政府新闻办举行发布会。', '天津北方网', null, [], '4月21日上午，市政府新闻办举行发布会。'],
    ['本报讯 眼下正值春耕时节，田间地头一派繁忙。', '本报', null, [], '眼下正值春耕时节，田间地头一派繁忙。'],
    ['本报讯（记者 张三 李四）日前，区里召开会议。', '本报', null, ['记者:张三,李四'], '日前，区里召开会议。'],
    ['本报讯（记者 赵六 通讯员 钱七）日前，区里召开会议。', '本报', null, ['记者:赵六', '通讯员:钱七'], '日前，区里召开会议。'],
    ['中新网天津4月8日电（记者 王五）记者8日获悉，项目开工。', '中新网', '天津4月8日电', ['记者:王五'], '记者8日获悉，项目开工。'],
    ['新华社北京3月5日电 第十四届全国人民代表大会第一次会议5日上午开幕。', '新华社', '北京3月5日电', [], '第十四届全国人民代表大会第一次会议5日上午开幕。'],
    ['新华社北京3月5日电（记者 孙甲、李乙）政府工作报告提出，今年发展主要预期目标是国内生产总值增长5%左右。', '新华社', '北京3月5日电', ['记者:孙甲,李乙'], '政府工作报告提出，今年发展主要预期目标是国内生产总值增长5%左右。'],
    ['央广网天津消息 据天津市统计局消息，一季度全市经济运行稳中向好。', '央广网', '天津消息', [], '据天津市统计局消息，一季度全市经济运行稳中向好。'],
    ['人民网天津4月12日电 （记者 周七）天津港一季度吞吐量增长。', '人民网', '天津4月12日电', ['记者:周七'], '天津港一季度吞吐量增长。'],
    ['本报天津4月8日电（记者 吴八）近日，天津市出台新政。', '本报', '天津4月8日电', ['记者:吴八'], '近日，天津市出台新政。'],
    ['津云讯：为进一步优化营商环境，河西区推出十项举措。', '津云', null, [], '为进一步优化营商环境，河西区推出十项举措。'],
    ['本報訊（記者 張偉）天津港集裝箱吞吐量穩步增長。', '本報', null, ['记者:張偉'], '天津港集裝箱吞吐量穩步增長。'],
  ])('%s', (paragraph, outlet, dateline, bylines, rest) => {
    const found = parseOpener(paragraph);
    expect(found?.opener.outlet).toBe(outlet);
    expect(found?.opener.dateline).toBe(dateline);
    expect(found?.opener.bylines.map((b) => `${b.role}:${b.names.join(',')}`)).toEqual(bylines);
    expect(found?.rest).toBe(rest);
  });

  it.each([
    '据新华社消息，今年一季度全国经济开局良好。',
    '一网通办消息推送功能上线后，群众办事更方便了。',
    '视讯会议上，各部门负责人汇报了工作进展。',
    '记者从区商务局获悉，今年以来全区新增市场主体3200户。',
    '近日，区委召开常委会会议。',
  ])('leaves ordinary first sentences alone: %s', (paragraph) => {
    expect(parseOpener(paragraph)).toBeNull();
  });

  it('keeps a bracket without names in the paragraph', () => {
    const found = parseOpener('央视网消息（新闻联播）：今年以来，各地加快推进重大项目建设。');
    expect(found?.opener.outlet).toBe('央视网');
    expect(found?.rest).toBe('（新闻联播）：今年以来，各地加快推进重大项目建设。');
  });
});

describe('openers in articles', () => {
  it('takes outlet, dateline and bylines out of the first paragraph', () => {
    const text = ['滨海新区新能源产业加速集聚', '中新网天津4月8日电（记者 王五）记者8日从滨海新区获悉，一季度产值增长18.3%。', '下一步，该区将继续开展精准招商。'].join('\n');
    const [a] = segmentSource(text, { path: 'a.txt' }).articles;
    expect(a).toMatchObject({ outlet: '中新网', dateline: '天津4月8日电', date: null });
    expect(a!.bylines).toEqual([{ role: '记者', names: ['王五'], text: '记者 王五' }]);
    expect(a!.paragraphs[0]!.text).toBe('记者8日从滨海新区获悉，一季度产值增长18.3%。');
  });

  it.each([
    [{ date: '2023-04-10' }, '2023-04-08'],
    [{ date: '2023' }, '2023-04-08'],
    [{}, null],
  ])('dates a month-day dateline only with a known year (meta %j → %s)', (meta, date) => {
    const text = '标题一行\n中新网天津4月8日电（记者 王五）项目开工。';
    expect(segmentSource(text, { path: 'a.txt', meta }).articles[0]!.date).toBe(date);
  });

  it('dates a dispatch that states its year without meta', () => {
    const text = '标题一行\n新华社北京2023年3月5日电 会议开幕。';
    expect(segmentSource(text, { path: 'a.txt' }).articles[0]!.date).toBe('2023-03-05');
  });

  it('treats an opener alone on its line as the start of the body', () => {
    const text = '西青区外贸稳中有进\n本报讯（记者 林晓）\n今年一季度，全区外贸进出口总额86.3亿元，同比增长7.2%。';
    const [a] = segmentSource(text, { path: 'a.txt' }).articles;
    expect(a!.outlet).toBe('本报');
    expect(a!.bylines.map((b) => b.text)).toEqual(['记者 林晓']);
    expect(a!.paragraphs.map((p) => p.text)).toEqual(['今年一季度，全区外贸进出口总额86.3亿元，同比增长7.2%。']);
  });
});
