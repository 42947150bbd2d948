import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/read/pdf.js';
import { cidFontPdf, fixturePath, newspaperParagraph, pdfOf, signingArticle, twoColumnPage } from './_fixtures.js';
import { ideographsOf, withDoorRadical } from '../../src/read/pdf/unicode.js';
import { centredLine, flowParagraphs, glyphByGlyph, type Frame } from './_newspaper.js';

const read = (bytes: Uint8Array, limits = {}) => readPdf(bytes, { limits });
const article = signingArticle();

describe('readPdf: newspaper layouts', () => {
  it('reads a headline over two columns column by column, each paragraph as one line', async () => {
    const [p1, p2, p3, p4] = article.paragraphs as [string, string, string, string];
    const result = await read(await pdfOf(twoColumnPage(article.title, [p1, p2], [p3, p4])));
    expect(result).toMatchObject({ format: 'pdf', encoding: 'pdf', diagnostics: [] });
    const lines = result.text.split('\n');
    expect(lines).toEqual([`# ${article.title}`, p1, p2, p3, p4]);
    expect(result.meta.title).toBe(article.title);
  });

  it.each([
    ['line by line', (nodes: Array<Record<string, unknown>>) => nodes],
    ['glyph by glyph', glyphByGlyph],
  ])('reads a three-column e-paper page set %s: kicker, headlines, paragraphs running on across columns', async (_how, place) => {
    const expected = readFileSync(fixturePath('newspaper-page.md'), 'utf8').trimEnd().split('\n');
    const heads = expected.flatMap((line, i) => (line.startsWith('# ') ? [i] : []));
    const [a, b, c] = heads.map((h, k) => expected.slice(h + 1, heads[k + 1] ?? expected.length)) as [string[], string[], string[]];
    const width = 162.33;
    const col = (i: number, top: number, bottom: number): Frame => ({ x: 40 + i * (width + 14), top, bottom, width });
    const content = place([
      { text: expected[0], fontSize: 9, absolutePosition: { x: 40, y: 36 } },
      centredLine(expected[1]!.slice(3), 40, 515, 54, 14),
      centredLine(expected[2]!.slice(2), 40, 515, 74, 22),
      ...flowParagraphs(a, [col(0, 112, 282), col(1, 112, 282), col(2, 112, 282)], 10, 14),
      centredLine(expected[heads[1]!]!.slice(2), 40, 2 * width + 14, 300, 18),
      centredLine(expected[heads[2]!]!.slice(2), col(2, 0, 0).x, width, 302, 16),
      ...flowParagraphs(b, [col(0, 332, 460), col(1, 332, 460)], 10, 14),
      ...flowParagraphs(c, [col(2, 332, 560)], 10, 14),
    ]);
    const result = await read(await pdfOf({ pageSize: 'A4', content }));
    expect(result.text.split('\n')).toEqual(expected);
  });

  it('reads the page header over three columns first, as one line, not a piece at the head of each column', async () => {
    const width = 162.33;
    const col = (i: number, top: number, bottom: number): Frame => ({ x: 40 + i * (width + 14), top, bottom, width });
    // Paragraphs without digits: the helper's character spacing parts digits (1 8) in so narrow a column.
    const [p1, p2, p3, p4] = [
      '滨海新区持续优化营商环境，推动外贸企业稳订单拓市场，各项工作取得积极成效。',
      '新区商务部门深入企业走访调研，帮助企业解决通关物流等方面的实际困难，企业信心不断增强。',
      '中新天津生态城分布式光伏储能一体化项目正式并网发电，为园区企业提供清洁电力。',
      '生态城管委会相关负责人表示，将加快建设零碳示范区，打造绿色低碳发展样板。',
    ];
    const header = ['2026年11月12日 星期四', '滨城时报', '第3版 区域经济'];
    const content = [
      centredLine(header[0]!, col(0, 0, 0).x, width, 36, 9),
      centredLine(header[1]!, col(1, 0, 0).x, width, 36, 9),
      centredLine(header[2]!, col(2, 0, 0).x, width, 36, 9),
      // The headline in the first column only, as a column layout sets it: the other columns start level with it.
      centredLine('滨海新区外贸稳中提质', col(0, 0, 0).x, width, 56, 14),
      ...flowParagraphs([p1, p2], [col(0, 80, 120), col(1, 56, 300)], 10, 14),
      ...flowParagraphs([p3, p4], [col(2, 56, 560)], 10, 14),
    ];
    const result = await read(await pdfOf({ pageSize: 'A4', content }));
    const [first, headline, ...paragraphs] = result.text.split('\n');
    expect(first).toBe(header.join('  '));
    expect(headline).toMatch(/^#+ 滨海新区外贸稳中提质$/u);
    expect(paragraphs).toEqual([p1, p2, p3, p4]);
  });

  it('reads an article set in an L: a column running down beside a headline keeps its place', async () => {
    const expected = readFileSync(fixturePath('l-shaped-page.md'), 'utf8').trimEnd().split('\n');
    const heads = expected.flatMap((line, i) => (line.startsWith('# ') ? [i] : []));
    const a = expected.slice(1, heads[0]);
    const b = expected.slice(heads[0]! + 1, heads[1]);
    const c = expected.slice(heads[1]! + 1);
    const width = 162.33;
    const col = (i: number, top: number, bottom: number): Frame => ({ x: 40 + i * (width + 14), top, bottom, width });
    const content = [
      { text: expected[0], fontSize: 9, absolutePosition: { x: 40, y: 36 } },
      ...flowParagraphs(a, [col(0, 60, 170), col(1, 60, 170)], 10, 14),
      centredLine(expected[heads[0]!]!.slice(2), 40, 2 * width + 14, 200, 18),
      ...flowParagraphs(b, [col(0, 236, 330), col(1, 236, 330)], 10, 14),
      centredLine(expected[heads[1]!]!.slice(2), col(2, 0, 0).x, width, 56, 14),
      ...flowParagraphs(c, [col(2, 84, 500)], 10, 14),
    ];
    const bytes = await pdfOf({ pageSize: 'A4', content });
    if (process.env.DUMP) (await import('node:fs')).writeFileSync(process.env.DUMP, bytes);
    const result = await read(bytes);
    expect(result.text.split('\n')).toEqual([expected[0], ...a, expected[heads[0]!], ...b, expected[heads[1]!]!.replace('# ', '## '), ...c]);
  });

  it('reads a table row by row, cells joined by two spaces, and keeps list items whole', async () => {
    const rows = [['指标', '数值', '同比'], ['地区生产总值', '268.4亿元', '增长5.6%'], ['固定资产投资', '96.1亿元', '增长12.3%'], ['社会消费品零售总额', '58.7亿元', '增长8.9%']];
    const items = ['在新领域新赛道，小淀镇加快集群化发展，以江铜华北年产10万吨铜箔项目为龙头的新能源产业园正在掀起精准招商新攻势。', '北仓镇积极发挥政府和企业互通的桥梁纽带作用，为企业营造良好发展环境。'];
    const doc = {
      pageSize: 'A5',
      content: [
        // pdfmake rewrites what it is given in place: hand it copies.
        { table: { widths: [120, 80, '*'], body: structuredClone(rows) } },
        { ol: [...items], margin: [0, 8, 0, 8] },
      ],
    };
    const result = await read(await pdfOf(doc));
    expect(result.text.split('\n')).toEqual([...rows.map((row) => row.join('  ')), ...items.map((item, i) => `${i + 1}. ${item}`)]);
  });

  it('keeps a paragraph whole across a page turn, moving the page number after it', async () => {
    const long = article.paragraphs.join('').repeat(3);
    const doc = {
      pageSize: 'A6',
      footer: (page: number) => ({ text: `— ${page} —`, alignment: 'center', fontSize: 9 }),
      content: [newspaperParagraph(long), newspaperParagraph('以上为本期内容。')],
    };
    const result = await read(await pdfOf(doc));
    const lines = result.text.split('\n');
    expect(lines[0]).toBe(long);
    expect(lines.slice(1).filter((line) => !/^— \d+ —$/.test(line))).toEqual(['以上为本期内容。']);
    expect(lines.filter((line) => /^— \d+ —$/.test(line)).length).toBeGreaterThanOrEqual(2);
  });

  it('joins a paragraph broken across a page turn and keeps Latin words apart', async () => {
    const long = Array.from({ length: 14 }, (_, i) => `第${i + 1}项措施：推动Smart Factory改造升级，完善供应链体系，提升产业链现代化水平。`).join('');
    const doc = { pageSize: 'A6', content: [{ text: '推进制造业高质量发展', fontSize: 18, margin: [0, 0, 0, 8] }, newspaperParagraph(long), newspaperParagraph('以上措施自发布之日起施行。')] };
    const result = await read(await pdfOf(doc));
    expect(result.text.split('\n')).toEqual(['# 推进制造业高质量发展', long, '以上措施自发布之日起施行。']);
  });

  it.each<[string, (text: string) => Record<string, unknown>]>([
    ['vertical gaps, no indent', (text) => ({ text, alignment: 'justify', margin: [0, 0, 0, 10] })],
    ['typed full-width spaces, ragged right', (text) => ({ text: `\u3000\u3000${text}`, preserveLeadingSpaces: true })],
  ])('splits paragraphs marked by %s', async (_name, paragraph) => {
    const result = await read(await pdfOf({ pageSize: 'A5', content: article.paragraphs.map(paragraph) }));
    expect(result.text.split('\n')).toEqual(article.paragraphs);
  });
});

describe('readPdf: fonts', () => {
  it('reads Chinese set in a font that is not embedded, through the predefined CMaps', async () => {
    expect((await read(cidFontPdf('北辰区召开重点项目推进会'))).text).toBe('北辰区召开重点项目推进会');
  });
});

describe('ideographsOf', () => {
  it('gives the ideographs that radical code points stand for in Chrome-made PDFs', () => {
    expect(ideographsOf('北⾠区同⽐增⻓，⻓江⻔户')).toBe('北辰区同比增长，长江门户');
    expect(ideographsOf('，。：“”１２３ＡＢ')).toBe('，。：“”１２３ＡＢ');
  });

  it('gives ⼾ as 户 in simplified text and 戶 in traditional, as the fonts that drew it do', () => {
    const simplified = ideographsOf('全村农⼾户均增收');
    expect(withDoorRadical(simplified, () => false)).toBe('全村农户户均增收');
    expect(withDoorRadical(ideographsOf('全村農⼾戶均增收'), () => true)).toBe('全村農戶戶均增收');
  });
});

describe('readPdf: a web page printed by a browser', () => {
  it('leaves out the time, title, address and page count the browser printed around the page', async () => {
    const doc = {
      pageSize: 'A5',
      pageMargins: [40, 50, 40, 50],
      header: { text: '11/23/26, 5:52 AM    北辰区召开重点项目推进会', fontSize: 7, margin: [20, 16, 20, 0] },
      footer: { columns: [{ text: 'file:///C:/Users/user/Downloads/page.html', fontSize: 7 }, { text: '1/1', fontSize: 7, alignment: 'right' }], margin: [20, 16, 20, 0] },
      content: [{ text: article.title, fontSize: 18, margin: [0, 0, 0, 8] }, ...article.paragraphs.map(newspaperParagraph)],
    };
    const lines = (await read(await pdfOf(doc))).text.split('\n');
    expect(lines).toEqual([`# ${article.title}`, ...article.paragraphs]);
  });

  it('reads a two-column page column by column though the header and footer span the page', async () => {
    const [p1, p2, p3, p4] = article.paragraphs as [string, string, string, string];
    const page = {
      ...twoColumnPage(article.title, [p1, p2], [p3, p4]),
      header: { columns: [{ text: '11/23/26, 8:23 AM', fontSize: 7 }, { text: '北辰区召开重点项目推进会', fontSize: 7, alignment: 'center' }], margin: [20, 16, 20, 0] },
      footer: { columns: [{ text: 'file:///C:/Users/user/Downloads/page.html', fontSize: 7 }, { text: '1/1', fontSize: 7, alignment: 'right' }], margin: [20, 16, 20, 0] },
    };
    expect((await read(await pdfOf(page))).text.split('\n')).toEqual([`# ${article.title}`, p1, p2, p3, p4]);
  });
});

describe('readPdf: files that cannot be read', () => {
  it('refuses a password-protected PDF (READ_ENCRYPTED)', async () => {
    const bytes = await pdfOf({ userPassword: 'beichen', ownerPassword: 'owner', content: [{ text: article.paragraphs[0] }] });
    await expect(read(bytes)).rejects.toMatchObject({ code: 'READ_ENCRYPTED' });
  });

  it('reads a PDF that only restricts printing (owner password, no user password)', async () => {
    const bytes = await pdfOf({ ownerPassword: 'owner', permissions: { printing: 'lowResolution' }, content: [{ text: article.paragraphs[0] }] });
    expect((await read(bytes)).text).toBe(article.paragraphs[0]);
  });

  it('names a page without a text layer among pages with text (READ_NO_TEXT warning)', async () => {
    const scanned = { canvas: [{ type: 'rect', x: 0, y: 0, w: 200, h: 100, color: '#cccccc' }], pageBreak: 'before' };
    const bytes = await pdfOf({ content: ['第一页正文。', scanned, { text: '第三页正文。', pageBreak: 'before' }] });
    const result = await read(bytes);
    expect(result.text).toBe('第一页正文。\n第三页正文。');
    expect(result.diagnostics).toMatchObject([{ code: 'READ_NO_TEXT', level: 'warning', line: null }]);
    expect(result.diagnostics[0]!.message).toMatch(/page 2/);
  });

  it('warns when a PDF that still opens was cut short (READ_TRUNCATED)', async () => {
    const bytes = await pdfOf({ content: [article.paragraphs[0]] });
    const end = new TextDecoder('latin1').decode(bytes).lastIndexOf('%%EOF');
    const result = await read(bytes.subarray(0, end));
    expect(result.text).toBe(article.paragraphs[0]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['READ_TRUNCATED']);
  });

  it('refuses a PDF with no text layer (READ_NO_TEXT)', async () => {
    const bytes = await pdfOf({ content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 200, h: 100, color: '#cccccc' }] }] });
    await expect(read(bytes)).rejects.toMatchObject({ code: 'READ_NO_TEXT' });
  });

  it('refuses more pages than the limit (READ_TOO_MANY_PAGES)', async () => {
    const bytes = await pdfOf({ content: ['一', { text: '二', pageBreak: 'before' }, { text: '三', pageBreak: 'before' }] });
    await expect(read(bytes, { maxPdfPages: 2 })).rejects.toMatchObject({ code: 'READ_TOO_MANY_PAGES' });
    expect((await read(bytes, { maxPdfPages: 3 })).text).toBe('一\n二\n三');
  });

  it.each([
    ['a truncated PDF', async () => (await pdfOf({ content: [article.paragraphs[0]] })).subarray(0, 400)],
    ['garbage after a PDF header', async () => new TextEncoder().encode('%PDF-1.4\n' + 'x'.repeat(2000))],
    ['a text file named .pdf', async () => new TextEncoder().encode('北辰区召开会议')],
  ])('refuses %s as READ_CORRUPT', async (_name, make) => {
    await expect(read(await make())).rejects.toMatchObject({ code: 'READ_CORRUPT' });
  });
});
