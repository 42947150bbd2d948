import { describe, expect, it } from 'vitest';
import { isContactLine, noticeReason } from '../../src/segment/notices.js';
import { furnitureReason } from '../../src/segment/page.js';
import { splitLines } from '../../src/segment/lines.js';

describe('page furniture', () => {
  it.each([
    ['第3版', '版面信息'],
    ['第 12 版 区域观察', '版面信息'],
    ['A3版 要闻', '版面信息'],
    ['本版编辑：刘洋 美编：孙丽', '版面信息'],
    ['2023年4月21日 星期五', '版面信息'],
    ['— 3 —', '版面信息'],
    ['国内统一连续出版物号 CN12-0001', '版面信息'],
    ['分享到：', '网页附加信息'],
    ['【纠错】 【责任编辑：刘洋】', '网页附加信息'],
    ['上一篇：河西区举办消费季', '网页附加信息'],
  ])('%s → %s', (line, reason) => {
    expect(furnitureReason(line)).toBe(reason);
  });

  it.each(['第三季度全区经济运行稳中向好。', '2023年4月21日，区委召开常委会会议。', '版权意识不断增强', '上一年度全区完成投资86亿元。'])(
    'leaves text alone: %s',
    (line) => expect(furnitureReason(line)).toBeNull(),
  );
});

describe('contact lines and notices', () => {
  it.each([
    ['投稿热线：13512908898', true],
    ['咨询电话：022-23456789', true],
    ['投稿邮箱：quyu@example.cn', true],
    ['地址：天津市河东区某某路88号', true],
    ['市民可拨打12345热线反映问题，相关部门将及时处理。', false],
    ['电话会议上，各部门汇报了工作进展。', false],
  ])('%s is a contact line: %s', (line, yes) => {
    expect(isContactLine(line)).toBe(yes);
  });

  it.each([
    ['《区域观察》欢迎投稿。\n投稿热线：13512908898', true, '栏目公告：含投稿热线'],
    ['《区域观察》欢迎投稿。\n投稿邮箱：quyu@example.cn', true, '栏目公告：含投稿邮箱'],
    ['五一大促，全场低至五折。\n咨询电话：022-23456789', true, '广告：含联系电话'],
    ['欢迎订阅2024年度本报。\n订阅电话：022-87654321', true, '订阅启事'],
    ['诚聘记者编辑若干名。\n联系电话：022-87654321', true, '招聘启事'],
    ['区里开通企业服务热线，企业可拨打022-28888888咨询政策。', false, null],
  ])('%s → %s', (text, contactLine, reason) => {
    expect(noticeReason(text, contactLine)).toBe(reason);
  });
});

describe('splitLines', () => {
  it.each([
    ['# 小淀镇：以奋进之姿推进高质量发展', 1, '小淀镇：以奋进之姿推进高质量发展'],
    ['## 以“谋”为先 一张蓝图绘到底 ##', 2, '以“谋”为先 一张蓝图绘到底'],
    ['###北仓镇跑出经济发展“加速度”', 3, '北仓镇跑出经济发展“加速度”'],
    ['**东丽区工信局开展大走访**', 0, '东丽区工信局开展大走访'],
    ['> 引用的一段话。', 0, '引用的一段话。'],
    ['　　本报讯 正文从这里开始。', 0, '本报讯 正文从这里开始。'],
    ['以高质量宣传  ', 0, '以高质量宣传'],
  ])('%s', (raw, level, text) => {
    const [line] = splitLines(raw);
    expect([line!.level, line!.text]).toEqual([level, text]);
  });

  it('numbers lines across \\r\\n, \\r and \\n alike', () => {
    expect(splitLines('一\r\n二\r三\n四').map((l) => [l.no, l.text])).toEqual([[1, '一'], [2, '二'], [3, '三'], [4, '四']]);
  });
});
