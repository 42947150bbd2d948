import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Paragraph, Text } from 'mdast';
import type { ChartSpec } from '../../../src/render/tree.js';
import { chartHeight } from '../../../src/write/chart/index.js';
import { parse, pdfLines, renderMarkdown, renderTree, squeeze, textByFont, writeContext } from './_render.js';

/** A real PNG of w × h red pixels. */
function png(w: number, h: number): Buffer {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.concat(Array.from({ length: h }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, Buffer.from([230, 59, 46]))])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

async function imageCount(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  let n = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const ops = await (await doc.getPage(p)).getOperatorList();
    n += ops.fnArray.filter((f) => f === pdfjs.OPS.paintImageXObject).length;
  }
  await doc.destroy();
  return n;
}

/** A paragraph of exactly `lines` full body lines (no punctuation, so no squeezing). */
const filler = (lines: number, ch = '甲') => ch.repeat(26 + 28 * (lines - 1));
const flatText = async (bytes: Uint8Array) => (await pdfLines(bytes)).map((p) => squeeze(p.map((l) => l.text).join('')));

describe('pictures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-assets-'));
  writeFileSync(join(dir, 'chart.png'), png(40, 20));

  it('draws a PNG from an asset folder, with its description as caption', async () => {
    const out = await renderMarkdown('正文。\n\n![图1 北岸镇产业园区位](chart.png)\n', { assetDirs: [dir] });
    expect(out.diagnostics).toEqual([]);
    expect(await imageCount(out.bytes)).toBe(1);
    expect((await flatText(out.bytes))[0]).toContain('图1北岸镇产业园区位');
  });

  it.each([
    ['an address on the web', 'https://example.com/a.png'],
    ['a file outside the asset folders', '../../../../etc/hostname'],
    ['a file that is not a picture', 'notes.txt'],
  ])('refuses %s, reports it and writes the description instead', async (_, url) => {
    writeFileSync(join(dir, 'notes.txt'), 'not a picture');
    const out = await renderMarkdown(`![区位示意图](${url})\n`, { assetDirs: [dir] });
    expect(out.diagnostics.map((d) => d.code)).toEqual(['RENDER_IMAGE_REFUSED']);
    expect(out.diagnostics[0]!.message).toContain(url);
    expect(await imageCount(out.bytes)).toBe(0);
    expect((await flatText(out.bytes))[0]).toContain('区位示意图');
  });
});

describe('charts', () => {
  it('draws a chart fence as a vector chart with real text', async () => {
    const spec = { type: 'hbar', title: '各街镇签约项目', unit: '个', categories: ['河湾街', '东岸镇'], series: [{ name: '项目', values: [12, 7] }] };
    const out = await renderMarkdown(`前文。\n\n\`\`\`chart\n${JSON.stringify(spec)}\n\`\`\`\n\n后文。\n`);
    expect(out.diagnostics).toEqual([]);
    const text = (await flatText(out.bytes))[0]!;
    expect(text).toContain('各街镇签约项目');
    expect(text).toContain('河湾街');
    expect(text.indexOf('前文')).toBeLessThan(text.indexOf('各街镇签约项目'));
  });

  it('skips a chart whose spec is not valid JSON, says so, and writes the rest', async () => {
    const out = await renderMarkdown('前文。\n\n```chart\n{"type": "bar", "title": \n```\n\n后文。\n');
    expect(out.diagnostics.map((d) => d.code)).toEqual(['RENDER_CHART_INVALID']);
    expect(out.diagnostics[0]!.line).toBe(3);
    expect((await flatText(out.bytes))[0]).toBe('前文。后文。—1—');
  });
});

describe('directives and blocks', () => {
  it('starts a new page at ::pagebreak', async () => {
    const out = await renderMarkdown('第一页。\n\n::pagebreak\n\n第二页。\n');
    expect(await flatText(out.bytes)).toEqual(['第一页。—1—', '第二页。—2—']);
  });

  it('centres :::center paragraphs', async () => {
    const out = await renderMarkdown(':::center\n滨河区委办公室\n:::\n');
    const line = (await pdfLines(out.bytes))[0]![0]!;
    const left = line.x - 28 * 2.8346;
    const right = 210 * 2.8346 - 26 * 2.8346 - line.right;
    expect(Math.abs(left - right)).toBeLessThan(1);
  });

  it('keeps the text of an unknown directive and reports it', async () => {
    const out = await renderMarkdown(':::sidebar\n旁注内容。\n:::\n');
    expect(out.diagnostics.map((d) => d.code)).toEqual(['RENDER_UNKNOWN_DIRECTIVE']);
    expect((await flatText(out.bytes))[0]).toContain('旁注内容。');
  });

  it('numbers ordered lists from their start and marks bullets with ·', async () => {
    const out = await renderMarkdown('3. 第三项工作\n4. 第四项工作\n\n- 要点甲\n- 要点乙\n');
    const lines = (await pdfLines(out.bytes))[0]!.map((l) => squeeze(l.text));
    expect(lines.slice(0, 4)).toEqual(['3.第三项工作', '4.第四项工作', '·要点甲', '·要点乙']);
  });

  it('reports a footnote reference without a definition and keeps its text', async () => {
    // Markdown would not parse such a reference; a tree built in code can hold one.
    const tree = parse('见附注。\n');
    const paragraph = tree.children[0] as Paragraph;
    paragraph.children.splice(1, 0, { type: 'footnoteReference', identifier: 'x', label: 'x' });
    (paragraph.children[0] as Text).value = '见附注';
    paragraph.children.push({ type: 'text', value: '。' });
    const out = await renderTree(tree);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['RENDER_FOOTNOTE_UNDEFINED']);
    expect((await flatText(out.bytes))[0]).toContain('见附注[^x]。');
  });

  it('writes footnotes at the end, numbered in order of reference, the reference raised', async () => {
    const out = await renderMarkdown('甲事项[^b]，乙事项[^a]。\n\n[^a]: 乙的出处。\n[^b]: 甲的出处。\n');
    const lines = (await pdfLines(out.bytes))[0]!;
    expect(squeeze(lines[0]!.text)).toBe('甲事项1，乙事项2。');
    expect(lines.slice(1, 3).map((l) => squeeze(l.text))).toEqual(['1.甲的出处。', '2.乙的出处。']);
    expect(lines[1]!.size).toBeLessThan(lines[0]!.size);
  });
});

describe('pagination', () => {
  it('leaves no first line of a paragraph alone at the foot of a page', async () => {
    const md = [filler(7), filler(7), filler(7), filler(5, '乙')].join('\n\n');
    const pages = await pdfLines((await renderMarkdown(md)).bytes);
    expect(pages[0]!.some((l) => l.text.includes('乙'))).toBe(false);
    expect(pages[1]!.filter((l) => l.text.includes('乙'))).toHaveLength(5);
  });

  it('leaves no last line of a paragraph alone at the head of a page', async () => {
    const md = [filler(6), filler(6), filler(6), filler(5, '乙')].join('\n\n');
    const pages = await pdfLines((await renderMarkdown(md)).bytes);
    expect(pages[0]!.filter((l) => l.text.includes('乙')).length).toBeGreaterThanOrEqual(2);
    expect(pages[1]!.filter((l) => l.text.includes('乙')).length).toBeGreaterThanOrEqual(2);
  });

  it('fills a page with 22 lines of body text', async () => {
    const pages = await pdfLines((await renderMarkdown(filler(30))).bytes);
    expect(pages[0]!.filter((l) => l.size === 16)).toHaveLength(22);
  });

  it.each([
    ['a list', '1. 部分重点项目前期手续办理周期较长，用地、能耗等要素保障压力较大，影响项目按期开工。\n2. 消费市场恢复仍需加力。'],
    ['a block quote', '> 营商环境好不好，企业最有发言权。政府部门多一些主动服务，企业就少一些后顾之忧。'],
    ['a chart', `\`\`\`chart\n${JSON.stringify({ type: 'bar', title: '各街镇签约项目', unit: '个', categories: ['河湾街', '东岸镇', '新港街'], series: [{ name: '项目', values: [12, 7, 5] }] })}\n\`\`\``],
  ])('never leaves a heading alone at the foot of a page when %s follows it', async (_, block) => {
    const md = [filler(7), filler(7), filler(7), '## 二、存在的主要问题', block].join('\n\n');
    const pages = await pdfLines((await renderMarkdown(md)).bytes);
    const last = pages[0]!.filter((l) => !/^—/.test(squeeze(l.text))).at(-1)!;
    expect(squeeze(last.text)).not.toBe('二、存在的主要问题');
    expect(pages.findIndex((p) => p.some((l) => squeeze(l.text) === '二、存在的主要问题'))).toBe(1);
  });

  it('shrinks a chart that nearly fits the foot of a page instead of moving it and leaving the space empty', async () => {
    const spec = { type: 'bar', title: '各街镇签约项目', unit: '个', categories: ['河湾街', '东岸镇', '新港街'], series: [{ name: '项目', values: [12, 7, 5] }] };
    const ctx = writeContext();
    const pitch = 225 * 2.8346 / 22;
    const height = chartHeight(spec as ChartSpec, { theme: ctx.theme, fonts: ctx.fonts, width: 442.2 });
    // Body lines that leave at most 90 per cent of the chart's height (and the half-em above it) at the foot of page 1.
    const n = Math.ceil((22 * pitch - 0.9 * height - 5.25) / pitch);
    const md = [filler(n), `\`\`\`chart\n${JSON.stringify(spec)}\n\`\`\``].join('\n\n');
    const pages = await pdfLines((await renderMarkdown(md)).bytes);
    expect(pages).toHaveLength(1);
    const title = pages[0]!.find((l) => squeeze(l.text) === '各街镇签约项目')!;
    expect(title.size).toBeLessThan(12 * 0.91);
    expect(title.size).toBeGreaterThanOrEqual(12 * 0.7);
  });

  it('moves a heading to the next page with the table that follows it', async () => {
    const table = ['| 项目 | 投资 |', '| --- | --- |', ...Array.from({ length: 6 }, (_, i) => `| 项目${i + 1} | ${i + 1}.0 |`)].join('\n');
    const md = [filler(7), filler(7), filler(7), '## 二、项目清单', table].join('\n\n');
    const pages = await pdfLines((await renderMarkdown(md)).bytes);
    expect(pages[0]!.some((l) => squeeze(l.text) === '二、项目清单')).toBe(false);
    expect(squeeze(pages[1]![0]!.text)).toBe('二、项目清单');
  });
});

describe('theme', () => {
  it('prints the running header and leaves out page numbers when the theme says so', async () => {
    const out = await renderMarkdown('正文。\n', { theme: { header: { text: '{title}' }, pageNumber: { show: false } } });
    const lines = (await pdfLines(out.bytes))[0]!.map((l) => squeeze(l.text));
    expect(lines).toEqual(['滨河区一季度经济运行情况', '正文。']);
  });
});

describe('faces', () => {
  it('drops the zero-width characters web text carries instead of drawing boxes for them', async () => {
    const out = await renderMarkdown('\ufeff据悉，\u200b全区\u200b经济\t稳中向好。\n');
    const text = Object.values(await textByFont(out.bytes)).join('');
    expect(text).toContain('据悉，全区经济');
    expect(text).not.toMatch(/[\u200b\ufeff\t]/);
    expect(out.diagnostics).toEqual([]);
  });

  it('sets strong text in 黑体, emphasis in 楷体, the title in 小标宋 and body text in 仿宋', async () => {
    const out = await renderMarkdown('# 关于推进重点工作的报告\n\n全区要**狠抓落实**，做到*久久为功*。\n');
    const fonts = await textByFont(out.bytes);
    expect(fonts.NotoSerifSCBold).toContain('关于推进重点工作的报告');
    expect(fonts.NotoSansSC).toContain('狠抓落实');
    expect(fonts.FandolKai).toContain('久久为功');
    expect(fonts.FandolFang).toContain('全区要');
  });

  it('writes two documents at once without mixing their fonts or pages', async () => {
    const a = '# 甲区简报\n\n甲区**重点**工作。\n';
    const b = '# 乙区简报\n\n乙区*特色*工作。\n\n::pagebreak\n\n第二页。\n';
    const [one, two] = await Promise.all([renderMarkdown(a), renderMarkdown(b)]);
    expect(Buffer.from(one!.bytes).equals(Buffer.from((await renderMarkdown(a)).bytes))).toBe(true);
    expect(Buffer.from(two!.bytes).equals(Buffer.from((await renderMarkdown(b)).bytes))).toBe(true);
  });
});
