import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentSource } from '../../src/segment/index.js';

const seed = (name: string) => readFileSync(new URL(`../../input/${name}`, import.meta.url), 'utf8');

describe('seed 004: a newspaper page of four articles and a column announcement', () => {
  const text = seed('004_e53202daf535e3fa.txt');
  const lines = text.split('\n');
  const result = segmentSource(text, { path: '004_e53202daf535e3fa.txt' });
  const [xiaodian, dongli, beichen, beicang] = result.articles;
  const bodyOf = (a: typeof xiaodian) => a!.paragraphs.map((p) => p.text).join('\n');

  it('finds the four articles in order, with kicker and byline', () => {
    expect(result.articles.map((a) => [a.title, a.kicker, a.bylines.map((b) => b.text)])).toEqual([
      ['小淀镇：以奋进之姿推进高质量发展', '“项目为王”打好招商引资“组合拳” 加快推进经济转型发展', ['通讯员 许磊']],
      ['东丽区工信局开展工业企业大走访专项行动 全方位多角度助企纾困解难', null, ['通讯员 马赫']],
      ['深度开展广泛交流活动 北辰区推进京津冀教育协同发展', null, ['通讯员 郑德伟']],
      ['北仓镇跑出经济发展“加速度”', '开好局 起好步 多措并举抓经济', ['通讯员 杨洋']],
    ]);
    for (const a of result.articles) expect(a.bylines[0]).toMatchObject({ role: '通讯员' });
  });

  it('keeps the 小淀镇 section headings as heading paragraphs', () => {
    expect(xiaodian!.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual([
      '以“谋”为先 一张蓝图绘到底',
      '以“商”为重 高质量推进招商引资',
      '以“干”为要 凝聚高质量发展强大合力',
    ]);
    expect(xiaodian!.paragraphs[0]!.kind).toBe('text');
  });

  it.each([
    ['小淀镇', 0, ['“招商为重、项目为王”意识', '增强发展动能', '成功举办']],
    ['东丽区', 1, ['办理临时用电']],
    ['北辰区', 2, ['开展了一系列丰富活动']],
    ['北仓镇', 3, ['企业互通的桥梁', '处处都是招商环境', '力促林园生态农场项目']],
  ])('joins the lines the PDF broke in the %s article', (_, index, joined) => {
    const body = bodyOf(result.articles[index]);
    for (const words of joined) expect(body).toContain(words);
  });

  it('sets the column announcement and its closing slogan aside, with a reason', () => {
    expect(result.discarded).toHaveLength(1);
    const [notice] = result.discarded;
    expect(notice!.text).toContain('《区域观察》');
    expect(notice!.text).toContain('投稿热线：13512908898');
    expect(notice!.text).toContain('助力高质量发展');
    expect(notice!.reason).toMatch(/栏目公告.*投稿热线/u);
    expect([notice!.startLine, notice!.endLine]).toEqual([87, lines.length]);
  });

  it('puts no byline or kicker text into any paragraph', () => {
    for (const a of result.articles) {
      for (const p of a.paragraphs) {
        expect(p.text).not.toMatch(/通讯员/u);
        if (a.kicker) expect(p.text).not.toContain(a.kicker);
      }
    }
  });

  it('gives each article the lines from its kicker or headline to its byline', () => {
    expect(result.articles.map((a) => [a.source.startLine, a.source.endLine])).toEqual([
      [3, 37],
      [39, 49],
      [51, 59],
      [61, 85],
    ]);
    expect(lines[xiaodian!.source.startLine - 1]).toContain('项目为王');
    expect(lines[beicang!.source.endLine - 1]).toBe('通讯员 杨洋');
    expect(dongli!.script).toBe('zh-Hans');
    expect(beichen!.paragraphs).toHaveLength(2);
  });
});

describe('seed 000: one web article', () => {
  const result = segmentSource(seed('000_fbb571fac9155282.txt'), { path: '000_fbb571fac9155282.txt' });
  const [article] = result.articles;

  it('is one article titled by its first line, with the 内容提要 as lead', () => {
    expect(result.articles).toHaveLength(1);
    expect(result.discarded).toEqual([]);
    expect(article!.title).toBe('乡村振兴、重点项目、文旅融合、招商引资，蓟州区将从这些方面下功夫');
    expect(article!.lead).toMatch(/^4月21日上午，天津市政府新闻办举行“蓟州区落实全国/u);
    expect(article!.lead).not.toContain('内容提要');
  });

  it('takes 天津北方网 as outlet out of the first paragraph', () => {
    expect(article!.outlet).toBe('天津北方网');
    expect(article!.paragraphs[0]!.text).toMatch(/^4月21日上午/u);
    expect(article!.date).toBeNull();
  });

  it('keeps the four 专班 lines as headings and the quotes intact', () => {
    expect(article!.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual([
      '乡村振兴工作专班：借助宅改试点政策 打造蓟州样板',
      '重点项目工作专班：全力推进平谷线东延、引热入京等项目',
      '文旅融合工作专班：发展智慧旅游 打造沉浸式旅游体验新场景',
      '招商引资工作专班：大项目顺利落地 实现首季“开门红”',
    ]);
    const quotes = article!.paragraphs.filter((p) => p.text.startsWith('“'));
    expect(quotes.map((p) => p.text.slice(p.text.lastIndexOf('”')))).toEqual(['”刘凤林说。', '”李淑伶说。', '”邵长亮说。']);
    expect(article!.paragraphs.every((p) => p.text.split('“').length === p.text.split('”').length)).toBe(true);
  });

  it('dates the article when the container gives the year', () => {
    const dated = segmentSource(seed('000_fbb571fac9155282.txt'), { path: '000.txt', meta: { date: '2023' } });
    expect(dated.articles[0]!.date).toBe('2023-04-21');
  });
});
