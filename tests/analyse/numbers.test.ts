import { describe, expect, it } from 'vitest';
import { parseArabicNumber, parseChineseNumeral, scaleDecimal } from '../../src/analyse/figures/numbers.js';
import { scanFigures } from '../../src/analyse/figures/scan.js';

describe('Chinese numerals', () => {
  it.each([
    ['十二', 12],
    ['三十', 30],
    ['一百零五', 105],
    ['一百二十', 120],
    ['两千', 2000],
    ['两千万', 20_000_000],
    ['一百亿', 10_000_000_000],
    ['百亿', 10_000_000_000],
    ['三亿五千万', 350_000_000],
    ['一万亿', 1_000_000_000_000],
    ['十万', 100_000],
    ['三点五', 3.5],
  ])('%s is %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumeral('三个')).toBeNull();
  });
});

describe('Arabic numbers', () => {
  it.each([
    ['7.66亿', 766_000_000],
    ['1.18亿', 118_000_000],
    ['1.29亿', 129_000_000],
    ['1,250万', 12_500_000],
    ['3千万', 30_000_000],
    ['1.2万亿', 1_200_000_000_000],
    ['１２.５万', 125_000],
  ])('%s is exactly %d', (text, value) => {
    expect(parseArabicNumber(text)).toBe(value);
  });

  it('shifts decimals as text, so percentages are the nearest fraction', () => {
    expect(scaleDecimal('27.86', -2)).toBe(0.2786);
    expect(scaleDecimal('155.84', -2)).toBe(1.5584);
    expect(scaleDecimal('0.5', -3)).toBe(0.0005);
  });
});

/** The one figure scanned from a phrase: its text, normalised value, unit, kind and qualifier. */
function only(phrase: string) {
  const found = scanFigures(phrase);
  expect(found, phrase).toHaveLength(1);
  const f = found[0]!;
  return [phrase.slice(f.start, f.end), f.value, f.unit, f.kind, f.qualifier];
}

describe('amounts with units', () => {
  it.each([
    ['到位额7.66亿元，', '7.66亿元', 766_000_000, '元', 'money', null],
    ['税收1000万元。', '1000万元', 10_000_000, '元', 'money', null],
    ['投资300余万元。', '300余万元', 3_000_000, '元', 'money', '余'],
    ['设立两千万元基金', '两千万元', 20_000_000, '元', 'money', null],
    ['协议投资额超百亿元。', '超百亿元', 10_000_000_000, '元', 'money', '超'],
    ['总投资约8400万元，', '约8400万元', 84_000_000, '元', 'money', '约'],
    ['实际使用外资1.86亿美元。', '1.86亿美元', 186_000_000, '美元', 'money', null],
    ['投资3000至5000万元。', '3000至5000万元', 30_000_000, '元', 'money', '3000至5000万元'],
    ['月收入三四千元。', '三四千元', 3000, '元', 'money', '三四千元'],
    ['完成任务的27.86%，', '27.86%', 0.2786, '%', 'percent', null],
    ['占比百分之十。', '百分之十', 0.1, '%', 'percent', null],
    ['年产10万吨铜箔', '10万吨', 100_000, '吨', 'quantity', null],
    ['总建筑面积2.1万平方米，', '2.1万平方米', 21_000, '平方米', 'quantity', null],
    ['占地20亩，', '20亩', 20, '亩', 'quantity', null],
    ['装机容量3千瓦。', '3千瓦', 3, '千瓦', 'quantity', null],
    ['年发电量1.2亿千瓦时。', '1.2亿千瓦时', 120_000_000, '千瓦时', 'quantity', null],
    ['新建公路12.5公里。', '12.5公里', 12.5, '公里', 'quantity', null],
    ['在建项目30个、', '30个', 30, '个', 'count', null],
    ['68名高中干部教师', '68名', 68, '名', 'count', null],
    ['为20余家企业', '20余家', 20, '家', 'count', '余'],
    ['接待游客186万人次。', '186万人次', 1_860_000, '人次', 'count', null],
    ['十二条措施', '十二条', 12, '条', 'count', null],
    ['新增市场主体4,512户。', '4,512户', 4512, '户', 'count', null],
    ['近万家企业', '近万家', 10_000, '家', 'count', '近'],
    ['仅用时16天。', '16天', 16, '天', 'count', null],
    ['新开工项目40个以上。', '40个以上', 40, '个', 'count', '以上'],
  ])('%s → %s', (phrase, text, value, unit, kind, qualifier) => {
    expect(only(phrase)).toEqual([text, value, unit, kind, qualifier]);
  });
});

describe('changes', () => {
  it.each([
    ['同比增长155.84%，', '同比增长155.84%', 1.5584, '%', '同比'],
    ['固定资产投资增长10%目标', '增长10%', 0.1, '%', null],
    ['产值同比下降2.1%。', '同比下降2.1%', -0.021, '%', '同比'],
    ['比上年同期提高3.2个百分点。', '提高3.2个百分点', 0.032, '百分点', '同比'],
    ['同比下降3.2个百分点。', '同比下降3.2个百分点', -0.032, '百分点', '同比'],
    ['零售额环比增长4.6%，', '环比增长4.6%', 0.046, '%', '环比'],
    ['较去年同期减少5.6%。', '减少5.6%', -0.056, '%', '同比'],
    ['营收同比增加2.3亿元。', '同比增加2.3亿元', 230_000_000, '元', '同比'],
    ['产量增长1.5倍。', '增长1.5倍', 1.5, '%', null],
  ])('%s → %s', (phrase, text, value, unit, basis) => {
    const [f] = scanFigures(phrase);
    expect([phrase.slice(f!.start, f!.end), f!.value, f!.unit, f!.kind, f!.basis]).toEqual([text, value, unit, 'change', basis]);
  });

  it('does not take 新增 for a rise', () => {
    expect(scanFigures('全年新增3000人。')[0]).toMatchObject({ kind: 'count', value: 3000 });
  });
});

describe('numbers that are not figures', () => {
  it.each([
    ['dates', '4月21日上午，2023年举行。'],
    ['clock times', '会议于10时30分开始。'],
    ['ordinals', '今年第一批项目启动，第3版刊发，一季度、二季度。'],
    ['phone numbers', '投稿热线：13512908898，咨询电话0512-57731234。'],
    ['document numbers', '文号津政发〔2023〕5号。'],
    ['policy names and slogans', '按照“1310”工作方向和“十项行动”，打造‘四个专班’，落实《三年行动方案（2023—2025年）》。'],
    ['list numerals', '一是抓项目，二是抓招商。'],
    ['durations in years and months', '力争用三到五年时间，3年内投产，5个月完工。'],
    ['an event length and a deadline', '开启为期五天的交流活动，要求15天内办结。'],
    ['ages', '65岁以上老人免费乘车。'],
    ['the article 一 and vague counts', '打造一个平台，引进一批项目，吸引数十家企业，万家灯火。'],
    ['a size class', '其中千万元以上企业4家，亿元级项目。'],
    ['numbers with no unit', '依托小淀当代国际艺术区发展2.5产业。'],
  ])('%s', (_case, sentence) => {
    const texts = scanFigures(sentence).map((f) => sentence.slice(f.start, f.end));
    expect(texts.filter((t) => t !== '4家')).toEqual([]);
  });
});
