import { describe, expect, it } from 'vitest';
import { segmentSource } from '../../src/segment/index.js';

/** The paragraph texts of the only article in the text. */
function paragraphsOf(lines: string[]): string[] {
  const { articles } = segmentSource(lines.join('\n'), { path: 'a.txt' });
  expect(articles).toHaveLength(1);
  return articles[0]!.paragraphs.map((p) => (p.kind === 'text' ? p.text : `[${p.kind}] ${p.text}`));
}

describe('joining lines broken mid-sentence', () => {
  it.each([
    ['an open quote', '小淀镇牢固树立“招商为重、项目', '为王”意识，保持招商引资强劲攻势。', '小淀镇牢固树立“招商为重、项目为王”意识，保持招商引资强劲攻势。'],
    ['a long clause', '依托艺术区发展2.5产业及闲置商务楼宇，小淀镇不断完善机制，增', '强发展动能，推动“双招双引”上台阶。', '依托艺术区发展2.5产业及闲置商务楼宇，小淀镇不断完善机制，增强发展动能，推动“双招双引”上台阶。'],
    ['a finished sentence before the break', '小淀镇提出具体办法。日前，“春风行动”线下招聘会成功', '举办，为20余家企业解决了用工需求。', '小淀镇提出具体办法。日前，“春风行动”线下招聘会成功举办，为20余家企业解决了用工需求。'],
    ['a word cut in two', '北辰区积极融入京津冀协同发展。在健全教育机制体制等方面，开展了一系', '列丰富活动。', '北辰区积极融入京津冀协同发展。在健全教育机制体制等方面，开展了一系列丰富活动。'],
    ['a comma at the break', '今年以来，全区新增市场主体3200户，', '同比增长12%。', '今年以来，全区新增市场主体3200户，同比增长12%。'],
    ['punctuation opening the next line', '区工信局立即主动对接电力公司', '，开辟绿色通道。', '区工信局立即主动对接电力公司，开辟绿色通道。'],
  ])('across %s', (_, first, second, joined) => {
    expect(paragraphsOf(['标题在此', first, second])).toEqual([joined]);
    expect(paragraphsOf(['标题在此', first, '', '', '', second])).toEqual([joined]);
  });

  it('across a short line that opens with a time clause, which a heading does not', () => {
    const lines = ['标题在此', '本报讯 今年以来，宁河区多措并举提振消费，商圈人气持续回升。', '1至6月，宁河区社会消费品', '零售总额99.31亿元，同比增长14.7%。'];
    expect(paragraphsOf(lines)).toEqual(['今年以来，宁河区多措并举提振消费，商圈人气持续回升。', '1至6月，宁河区社会消费品零售总额99.31亿元，同比增长14.7%。']);
  });

  it.each([
    ['reported speech', '滨海新区相关负责人表示，将以此为契', '机，持续优化营商环境。'],
    ['a list going on into a clause', '全镇各部门、各村居紧密配合，积极对', '接区级部门，做实做细各项工作。'],
    ['a sequence clause', '下一步，北辰区将持续深化改', '革，推动各项政策落地见效。'],
    ['a means clause', '通过走访帮扶，腾达精密制造', '公司销售额同比增长33%。'],
    ['a source told to the reporter', '区水务局副局长袁伶告诉记者，区水务局加强扬尘治理和移', '动源监管。'],
  ])('across a short line that reads as prose: %s', (_, first, second) => {
    const lines = ['标题在此', '本报讯 今年以来，全区经济运行稳中向好。', first, second];
    expect(paragraphsOf(lines)).toEqual(['今年以来，全区经济运行稳中向好。', first + second]);
  });

  it('joins Latin words with a space and Chinese without one', () => {
    expect(paragraphsOf(['标题在此', '今年以来，该公司与多家企业签约合作，从国外引进了smart', 'factory系统，实现了数字化生产。'])).toEqual([
      '今年以来，该公司与多家企业签约合作，从国外引进了smart factory系统，实现了数字化生产。',
    ]);
  });
});

describe('lines that stay apart', () => {
  it.each([
    ['a sentence end', ['标题在此', '今年以来，全区经济稳中向好。', '下一步，将继续优化营商环境。'], ['今年以来，全区经济稳中向好。', '下一步，将继续优化营商环境。']],
    ['a heading before its paragraph', ['标题在此', '第一段说明了背景情况。', '乡村振兴工作专班：借助宅改试点政策 打造蓟州样板', '蓟州区将攻坚重点项目落位，充分发挥专班组织优势。'], ['第一段说明了背景情况。', '[heading] 乡村振兴工作专班：借助宅改试点政策 打造蓟州样板', '蓟州区将攻坚重点项目落位，充分发挥专班组织优势。']],
    ['a colon before a list', ['标题在此', '会议提出三点要求：', '一、压实工作责任', '二、加强督导检查'], ['会议提出三点要求：', '[heading] 一、压实工作责任', '[heading] 二、加强督导检查']],
    ['a list item after an unfinished line', ['标题在此', '主要措施包括，做好企业服务，抓好项目建设', '（一）强化要素保障，做好用地用能服务。'], ['主要措施包括，做好企业服务，抓好项目建设', '（一）强化要素保障，做好用地用能服务。']],
    ['a closing byline', ['标题在此', '全力打造一流营商环境。（通讯员 杨洋）', '区里还将举办专场招聘会。'], ['全力打造一流营商环境。']],
  ])('at %s', (_, lines, paragraphs) => {
    const { articles } = segmentSource(lines.join('\n'), { path: 'a.txt' });
    expect(articles[0]!.paragraphs.map((p) => (p.kind === 'text' ? p.text : `[${p.kind}] ${p.text}`))).toEqual(paragraphs);
  });

  it('never joins into a Markdown heading, a byline or an opener', () => {
    const text = ['# 第一篇标题', '第一篇正文说到了一半，尚未', '## 第二篇标题', '本报讯 第二篇正文，内容完整。', '通讯员 许磊'].join('\n');
    const { articles } = segmentSource(text, { path: 'a.txt' });
    expect(articles.map((a) => a.title)).toEqual(['第一篇标题', '第二篇标题']);
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual(['第一篇正文说到了一半，尚未']);
  });
});

describe('a PDF column copied line by line', () => {
  const column = [
    '河东区老旧小区改造惠及万余户居民',
    '　　本报讯（通讯员 孙悦）今年以来，河东区加快推进老',
    '旧小区改造提升工程，计划完成改造小区23个，涉及居民',
    '1.2万户，改造总面积约86万平方米。目前，已有9个小区',
    '完成外立面改造和管网更新，其余小区正在加紧施工。',
    '　　在改造过程中，河东区坚持“居民点单、政府配',
    '菜”，通过入户走访、召开议事会等方式广泛征求意见，',
    '累计收集居民意见建议600余条，增设电动自行车充电桩',
    '420个、新建口袋公园5处，小区面貌焕然一新。居民们',
    '纷纷表示，家门口的变化看得见、摸得着。',
  ];

  it('joins each indented paragraph back together', () => {
    expect(paragraphsOf(column)).toEqual([
      '今年以来，河东区加快推进老旧小区改造提升工程，计划完成改造小区23个，涉及居民1.2万户，改造总面积约86万平方米。目前，已有9个小区完成外立面改造和管网更新，其余小区正在加紧施工。',
      '在改造过程中，河东区坚持“居民点单、政府配菜”，通过入户走访、召开议事会等方式广泛征求意见，累计收集居民意见建议600余条，增设电动自行车充电桩420个、新建口袋公园5处，小区面貌焕然一新。居民们纷纷表示，家门口的变化看得见、摸得着。',
    ]);
  });

  it('joins an unindented line after a full line that ended a sentence', () => {
    const lines = [...column.slice(0, 3), '1.2万户，改造总面积约86万平方米。', ...column.slice(5)];
    lines.splice(3, 1, '1.2万户，改造总面积约86万平方米，目前已开工的有9个。', '小区完成外立面改造，其余小区正在加紧施工，进度过半。');
    const paragraphs = paragraphsOf(lines);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toContain('目前已开工的有9个。小区完成外立面改造');
  });
});

describe('an e-paper paste cut at a fixed width, paragraphs apart', () => {
  // Every line holds 20 characters wherever that falls; one break lands right after a ；.
  const cut = (p: string) => p.match(/.{1,20}/gu) ?? [];
  const first = '今年静海区签约项目18个，投资64亿元；其中十亿元以上项目3个，新开工项目11个，完成投资12.6亿元。';
  const second = '下一步，静海区将继续优化营商环境，推动签约项目早落地、早投产、早见效。';

  it('joins a full line that ends in ；with the line after it', () => {
    const lines = ['静海区一季度招商引资开局良好', '', ...cut(first), '', ...cut(second)];
    expect(cut(first)[0]).toMatch(/；$/u);
    expect(paragraphsOf(lines)).toEqual([first, second]);
  });

  it('still ends a paragraph at a short line that ends in ；', () => {
    expect(paragraphsOf(['标题在此', '一是压实工作责任；', '二是加强督导检查。'])).toEqual(['一是压实工作责任；', '二是加强督导检查。']);
  });
});
