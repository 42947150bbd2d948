import { describe, expect, it } from 'vitest';
import { context, paragraphWith, paragraphs, write } from './_docx.js';

const body = async (md: string) => (await write(md)).xml('word/document.xml');
const keepsWithNext = (xml: string, text: string) => paragraphWith(xml, text).includes('<w:keepNext/>');

const TABLE = '| 指标 | 数值 |\n| --- | --: |\n| 地区生产总值 | 286.4亿元 |\n| 固定资产投资 | 142.7亿元 |';
const CHART = '```chart\n{"type":"bar","title":"","unit":"亿元","categories":["产值","投资"],"series":[{"name":"本期","values":[3.6,2.1]}]}\n```';

describe('a paragraph that introduces what follows stays on its page', () => {
  it.each([
    ['a lead-in ending with a colon, before a list', '全区重点抓好以下几项工作：\n\n1. 深化审批改革。\n2. 强化要素保障。', '全区重点抓好以下几项工作：'],
    ['a lead-in ending with 如下, before a quote', '区委主要负责同志讲话要点如下。\n\n> 项目是发展的生命线。', '讲话要点如下。'],
    ['a sentence pointing down to the table', `一季度，全区36个重点项目加快推进，具体情况见下表。\n\n${TABLE}`, '具体情况见下表。'],
    ['a numbered caption over a table', `表1 一季度主要指标完成情况\n\n${TABLE}`, '表1 一季度主要指标完成情况'],
    ['a short label over a chart', `**主要经济指标对比**\n\n${CHART}`, '主要经济指标对比'],
    ['a source line under a heading, which would strand it', '### （一）乡村振兴\n\n*来源：天津北方网（000_fbb571fa.txt）*\n\n4月21日上午，新闻发布会召开。', '来源：天津北方网'],
  ])('%s', async (_, md, text) => {
    expect(keepsWithNext(await body(md), text)).toBe(true);
  });

  it.each([
    ['a sentence before a table', `一季度全区经济运行稳中有进，主要指标好于预期，发展质量稳步提升。\n\n${TABLE}`, '发展质量稳步提升。'],
    ['a colon-free paragraph before another', '固定资产投资完成142.7亿元。\n\n社会消费品零售总额实现68.9亿元。', '固定资产投资完成142.7亿元。'],
    ['a lead-in that ends the document', '具体措施如下：', '具体措施如下：'],
    ['a one-line sentence under a heading', '### （一）总体情况\n\n全区经济平稳运行。\n\n下一段。', '全区经济平稳运行。'],
  ])('but not %s', async (_, md, text) => {
    expect(keepsWithNext(await body(md), text)).toBe(false);
  });

  it('keeps a list item that leads in to its sub-list with it', async () => {
    const xml = await body('1. 推进三项改革：\n   1. 审批改革\n   2. 投资改革\n2. 强化保障');
    expect(keepsWithNext(xml, '推进三项改革：')).toBe(true);
    expect(keepsWithNext(xml, '强化保障')).toBe(false);
  });

  it('keeps a heading with what follows it (its style says so)', async () => {
    const docx = await write(`## 一、重点数据\n\n${TABLE}`);
    expect(docx.xml('word/styles.xml')).toMatch(/w:styleId="Heading1"[\s\S]*?<w:keepNext\/>[\s\S]*?<\/w:style>/);
  });
});

describe('tables', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `| ${i + 1} | 项目${i + 1} | ${(i + 1) * 1.5}亿元 |`).join('\n');
  const table = (n: number) => `| 序号 | 项目名称 | 总投资 |\n| :-: | --- | --: |\n${rows(n)}`;
  const rowKeeps = (xml: string) =>
    [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => {
      const cells = [...m[0].matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((p) => p[0].includes('<w:keepNext/>'));
      // Every paragraph of a row says the same.
      expect(new Set(cells).size).toBe(1);
      return cells[0];
    });

  it('never leaves the header with fewer than two rows under it, nor carries the last row over alone', async () => {
    // Header, then rows 1–6: header, row 1 and row 5 keep with the next row.
    expect(rowKeeps(await body(table(6)))).toEqual([true, true, false, false, false, true, false]);
  });

  it('keeps a table of two rows whole', async () => {
    expect(rowKeeps(await body(table(2)))).toEqual([true, true, false]);
  });

  it('pads cells as the PDF writer does: 0.4 em at the sides, 0.3 em above and below (12 pt table text)', async () => {
    const xml = await body(table(2));
    const margins = /<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/.exec(xml)![1]!;
    for (const [side, twips] of [['top', 72], ['left', 96], ['bottom', 72], ['right', 96]] as const) {
      expect(margins).toMatch(new RegExp(`<w:${side} w:type="dxa" w:w="${twips}"/>`));
    }
  });

  it('writes no indents on cell paragraphs: their style has none', async () => {
    const cells = paragraphs(await body(table(2))).filter((p) => /TableText|TableHeading/.test(p.xml));
    expect(cells.length).toBe(9);
    for (const c of cells) expect(c.xml).not.toContain('<w:ind ');
  });
});

describe('document defaults', () => {
  it('controls widows and orphans in every paragraph', async () => {
    const defaults = /<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/.exec((await write('正文。')).xml('word/styles.xml'))![0];
    expect(defaults).toContain('<w:widowControl/>');
  });

  it('tells Word which marks may not start or end a line in Chinese text', async () => {
    const settings = (await write('正文。')).xml('word/settings.xml');
    const before = /<w:noLineBreaksBefore w:lang="zh-CN" w:val="([^"]+)"\/>/.exec(settings)![1]!;
    const after = /<w:noLineBreaksAfter w:lang="zh-CN" w:val="([^"]+)"\/>/.exec(settings)![1]!;
    for (const ch of '，。、；：？！”’）》】…') expect(before).toContain(ch);
    for (const ch of '“‘（《【') expect(after).toContain(ch);
    // CT_Settings order: after evenAndOddHeaders, before compat.
    expect(settings).toMatch(/<w:evenAndOddHeaders\/><w:noLineBreaksAfter [^>]*\/><w:noLineBreaksBefore [^>]*\/><w:compat>/);
  });
});

describe('报尾', () => {
  it('sets each line one character in from either edge, between full-width rules, the text midway', async () => {
    const xml = await body(':::endblock{copies="30"}\n报：区委、区政府领导\n\n发：区委宣传部各科室\n:::');
    const lines = paragraphs(xml).filter((p) => p.xml.includes('<w:pStyle w:val="Endblock"/>'));
    expect(lines.map((l) => l.text)).toEqual(['报：区委、区政府领导', '发：区委宣传部各科室（共印30份）']);
    for (const l of lines) {
      expect(l.xml).not.toContain('<w:ind ');
      expect(l.xml).toMatch(/<w:tab w:val="left" w:pos="280"\/><w:tab w:val="right" w:pos="8564"\/>/);
      // Leading under the last line rather than over the first: the glyphs sit at the foot of their lines.
      expect(l.xml).toMatch(/<w:top w:val="single" [^>]*w:space="0"\/><w:bottom w:val="single" [^>]*w:space="11"\/>/);
      expect(l.xml).toMatch(/^<w:p>[\s\S]*?<\/w:pPr><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:tab\/><\/w:r>/);
    }
  });
});

describe('the same for every theme', () => {
  it('writes each document with its own theme’s styles, whatever was written before', async () => {
    const { resolveTheme } = await import('../../../src/write/theme.js');
    await write('正文。');
    const larger = await write('正文。', context({ theme: resolveTheme({ elements: { body: { size: 15 } } }) }));
    expect(/<w:style [^>]*w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(larger.xml('word/styles.xml'))![0]).toContain('<w:sz w:val="30"/>');
    const again = await write('正文。');
    expect(/<w:style [^>]*w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(again.xml('word/styles.xml'))![0]).toContain('<w:sz w:val="32"/>');
  });
});
