import { describe, expect, it } from 'vitest';
import { dateNear, findFullDate, findMonthDay } from '../../src/segment/dates.js';
import { segmentSource } from '../../src/segment/index.js';

describe('dates', () => {
  it.each([
    ['2023年4月21日 星期五', '2023-04-21'],
    ['2023-04-21 10:30', '2023-04-21'],
    ['2023.4.21', '2023-04-21'],
    ['2023/04/21', '2023-04-21'],
    ['２０２３年４月２１日', '2023-04-21'],
    ['2023年2月30日', null],
    ['注册资金共计1.29亿元', null],
    ['4月21日上午', null],
  ])('findFullDate(%s) = %s', (text, iso) => {
    expect(findFullDate(text)).toBe(iso);
  });

  it('completes a month and day only with a known year', () => {
    expect(dateNear(findMonthDay('天津4月8日电'), '2023-05-01')).toBe('2023-04-08');
    expect(dateNear(findMonthDay('天津4月8日电'), '2023')).toBe('2023-04-08');
    expect(dateNear(findMonthDay('天津4月8日电'), undefined)).toBeNull();
    expect(findMonthDay('13月40日')).toBeNull();
  });

  it.each([
    ['12月28日', '2024-01-05', '2023-12-28'],
    ['1月20日', '2024-01-05', '2024-01-20'],
    ['3月1日', '2024-01-05', '2024-03-01'],
    ['12月28日', '2024', '2024-12-28'],
  ])('dates %s in a source of %s as %s: the year before for a day months after it', (md, anchor, iso) => {
    expect(dateNear(findMonthDay(md), anchor)).toBe(iso);
  });

  it.each([
    ['the masthead', '2023年5月12日 星期五\n西青区外贸稳中有进\n本报讯 一季度全区外贸进出口同比增长7.2%。', {}, '2023-05-12'],
    ['a web meta line', '西青区外贸稳中有进\n发布时间：2023-05-12 09:30\n一季度全区外贸进出口同比增长7.2%。', {}, '2023-05-12'],
    ['the container', '西青区外贸稳中有进\n一季度全区外贸进出口同比增长7.2%。', { date: '2023-05-13' }, '2023-05-13'],
    ['a full date opening the text', '西青区外贸稳中有进\n2023年5月11日，西青区召开外贸企业座谈会。', {}, '2023-05-11'],
    ['a month and day opening the text, year from the container', '西青区外贸稳中有进\n5月11日，西青区召开外贸企业座谈会。', { date: '2023' }, '2023-05-11'],
    ['a month and day of last December in a January issue', '2024年1月5日 星期五\n西青区外贸稳中有进\n本报12月28日讯 西青区召开外贸企业座谈会。', {}, '2023-12-28'],
    ['nothing but a month and day', '西青区外贸稳中有进\n5月11日，西青区召开外贸企业座谈会。', {}, null],
  ])('dates an article by %s', (_, text, meta, date) => {
    expect(segmentSource(text, { path: 'a.txt', meta }).articles[0]!.date).toBe(date);
  });
});
