import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FontSet } from '../../../src/write/fonts.js';
import { resolveTheme } from '../../../src/write/theme.js';
import { writeDocx } from '../../../src/write/docx.js';
import { context, drawnRuns, embeddedFonts, open, paragraphWith, paragraphs, parse, runsOf, textOf, write } from './_docx.js';

const body = async (md: string, ctx = context()) => {
  const docx = await write(md, ctx);
  return { docx, xml: docx.xml('word/document.xml'), diagnostics: ctx.diagnostics };
};

describe('inline text', () => {
  it.each([
    ['**重点项目**', '重点项目', 'NotoSansSC'],
    ['*稳中求进*', '稳中求进', 'FandolKai'],
    ['`PUE`', 'PUE', 'FandolFang'],
  ])('%s is set in its own face, never synthetic bold or italic', async (md, text, face) => {
    const { xml, docx } = await body(`区里表示，${md}。`);
    expect(runsOf(docx, text).find((r) => r.text === text)?.face).toBe(face);
    expect(xml).not.toMatch(/<w:b\/>|<w:i\/>/);
  });

  it('writes a link as its text, with no hyperlink', async () => {
    const { xml, docx } = await body('详见[区政府网站](https://www.tjbc.gov.cn/)公告。');
    expect(textOf(xml)).toContain('详见区政府网站公告。');
    expect(xml).not.toContain('<w:hyperlink');
    expect(docx.xml('word/_rels/document.xml.rels')).not.toContain('tjbc');
  });

  it.each([
    ['天穆镇\n双街镇', '天穆镇双街镇'],
    ['Mini\nLED', 'Mini LED'],
    ['产值3.6\n亿元', '产值3.6亿元'],
  ])('joins a soft line break in %j without a space between Chinese', async (md, text) => {
    const { xml } = await body(md);
    expect(textOf(xml)).toBe(text);
  });

  it('writes text that happens to parse as an inline directive back as typed', async () => {
    const { xml, diagnostics } = await body('能耗指标PUE:low，运行正常。');
    expect(textOf(xml)).toBe('能耗指标PUE:low，运行正常。');
    expect(diagnostics.map((d) => d.code)).toEqual(['RENDER_UNKNOWN_DIRECTIVE']);
  });

  it('reports a footnote reference nothing defines and keeps its mark as text', async () => {
    const ctx = context();
    const tree = parse('数据待核实[^9]。\n\n[^9]: 注。');
    // Drop the definition, as a template might.
    tree.children = tree.children.filter((c) => c.type !== 'footnoteDefinition');
    const xml = open(await writeDocx(tree, ctx)).xml('word/document.xml');
    expect(textOf(xml)).toBe('数据待核实[^9]。');
    expect(ctx.diagnostics.map((d) => d.code)).toContain('RENDER_FOOTNOTE_UNDEFINED');
  });
});

describe('blocks and directives', () => {
  it('puts ::pagebreak on the next paragraph as "page break before"', async () => {
    const { xml } = await body('第一页。\n\n::pagebreak\n\n第二页。');
    expect(paragraphWith(xml, '第二页。')).toContain('<w:pageBreakBefore/>');
    expect(paragraphWith(xml, '第一页。')).not.toContain('<w:pageBreakBefore/>');
  });

  it('carries a page break before a table on an empty hairline paragraph', async () => {
    const { xml } = await body('正文。\n\n::pagebreak\n\n| 指标 | 数值 |\n| --- | --: |\n| 产值 | 3.6 |');
    const before = xml.slice(0, xml.indexOf('<w:tbl>'));
    expect(before.slice(before.lastIndexOf('<w:p>'))).toMatch(
      /<w:pageBreakBefore\/>[\s\S]*<w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"\/>/,
    );
  });

  it('centres :::center paragraphs without indent', async () => {
    const { xml } = await body(':::center\n北辰区委宣传部编印\n:::');
    const p = paragraphWith(xml, '北辰区委宣传部编印');
    expect(p).toContain('<w:jc w:val="center"/>');
    expect(p).toContain('w:firstLine="0" w:firstLineChars="0"');
  });

  it('draws a thematic break as a bottom border', async () => {
    const { xml } = await body('上文。\n\n---\n\n下文。');
    expect(xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it.each([
    ['::banner{text="x"}', '::banner'],
    [':::sidebar\n侧栏文字\n:::', ':::sidebar'],
  ])('reports unknown directive %j and keeps its text', async (md, name) => {
    const { xml, diagnostics } = await body(md);
    const d = diagnostics.find((x) => x.code === 'RENDER_UNKNOWN_DIRECTIVE');
    expect(d?.message).toContain(name);
    if (md.includes('侧栏文字')) expect(textOf(xml)).toContain('侧栏文字');
  });

  it('numbers a nested list （1） under 1. and starts an ordered list where Markdown says', async () => {
    const { xml, docx } = await body('3. 第三项\n   1. 子项一\n   2. 子项二\n4. 第四项');
    const numbering = docx.xml('word/numbering.xml');
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/>/);
    expect(numbering).toContain('<w:lvlText w:val="（%2）"/>');
    expect(paragraphWith(xml, '子项一')).toMatch(/<w:ilvl w:val="1"\/>/);
    expect(paragraphWith(xml, '第四项')).toMatch(/<w:ilvl w:val="0"\/>/);
  });

  it('pins the 报尾 to the foot of the page in a frame when there are no footnotes', async () => {
    const long = '报：市委办公厅、市人大常委会办公厅、市政府办公厅、市政协办公厅、各有关部门';
    const { xml } = await body(`正文。\n\n:::endblock{copies="120"}\n${long}\n:::`);
    const lines = paragraphs(xml).filter((p) => p.xml.includes('<w:pStyle w:val="Endblock"/>'));
    expect(lines.map((l) => l.text)).toEqual([long, '（共印120份）']);
    for (const l of lines) expect(l.xml).toMatch(/<w:framePr [^>]*w:vAnchor="margin"[^>]*w:yAlign="bottom"/);
  });
});

describe('charts and pictures', () => {
  const chart = {
    type: 'bar',
    title: '一季度主要指标',
    unit: '亿元',
    categories: ['地区生产总值', '固定资产投资'],
    series: [{ name: '2023年', values: [286.4, 142.7] }],
  };

  it('draws a chart code block as a picture', async () => {
    const { xml, docx } = await body('```chart\n' + JSON.stringify(chart) + '\n```');
    expect(xml).toContain('<w:drawing>');
    expect(Object.keys(docx.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
  });

  it.each([['{"type": "bar", '], [JSON.stringify({ ...chart, type: 'pie' })]])('skips and reports an invalid chart %#', async (spec) => {
    const { xml, diagnostics } = await body('前文。\n\n```chart\n' + spec + '\n```\n\n后文。');
    expect(xml).not.toContain('<w:drawing>');
    expect(diagnostics.map((d) => d.code)).toContain('RENDER_CHART_INVALID');
    expect(textOf(xml)).toBe('前文。后文。');
  });

  const assets = mkdtempSync(join(tmpdir(), 'docx-assets-'));
  const png = new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#E63B2E"/></svg>',
  )
    .render()
    .asPng();
  writeFileSync(join(assets, 'photo.png'), png);
  mkdirSync(join(assets, 'sub'), { recursive: true });
  const outside = mkdtempSync(join(tmpdir(), 'docx-outside-'));
  writeFileSync(join(outside, 'secret.png'), png);

  it('embeds a picture from an allowed folder, centred, with automatic line height and its caption', async () => {
    const { xml, diagnostics } = await body('![项目现场](photo.png "图1 天穆镇智能制造产业园施工现场")', context({ assetDirs: [assets] }));
    const [picture, caption] = paragraphs(xml);
    expect(picture!.xml).toContain('<w:drawing>');
    expect(picture!.xml).toMatch(/<wp:docPr id="1" name="项目现场"/);
    expect(picture!.xml).toContain('<w:jc w:val="center"/>');
    expect(picture!.xml).toContain('w:lineRule="auto"');
    expect(caption!.xml).toContain('<w:pStyle w:val="Caption"/>');
    expect(caption!.text).toBe('图1 天穆镇智能制造产业园施工现场');
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ['https://example.com/a.png', 'addresses'],
    ['../docx-outside/secret.png', 'no such file in the templates or input folders'],
    [join(outside, 'secret.png'), 'outside the templates and input folders'],
    ['missing.png', 'no such file in the templates or input folders'],
  ])('refuses %s and writes the description instead', async (url, reason) => {
    const { xml, diagnostics } = await body(`![现场照片](${url})`, context({ assetDirs: [join(assets, 'sub')] }));
    expect(xml).not.toContain('<w:drawing>');
    expect(textOf(xml)).toBe('现场照片');
    const d = diagnostics.find((x) => x.code === 'RENDER_IMAGE_REFUSED');
    expect(d?.message).toContain(reason);
  });
});

describe('table of contents without the PDF writer before it', () => {
  it('fills in page numbers from a layout of its own, so the field needs no update', async () => {
    const md = '::toc\n\n## 一、总体情况\n\n正文。\n\n::pagebreak\n\n## 二、重点工作\n\n正文。';
    const { xml } = await body(md);
    const entries = paragraphs(xml).filter((p) => p.xml.includes('<w:pStyle w:val="TOC1"/>'));
    expect(entries.map((e) => e.text)).toEqual(['一、总体情况1', '二、重点工作2']);
    expect(xml).not.toContain('w:dirty="true"');
  });
});

describe('theme', () => {
  it('centres one page number on every page when alternation is off', async () => {
    const theme = resolveTheme({ pageNumber: { alternate: false }, elements: { pageNumber: { align: 'center' } } });
    const { docx, xml } = await body('正文。', context({ theme }));
    expect(docx.xml('word/settings.xml')).not.toContain('<w:evenAndOddHeaders/>');
    expect([...xml.matchAll(/<w:footerReference w:type="(\w+)"/g)].map((m) => m[1])).toEqual(['default']);
    expect(docx.xml('word/footer1.xml')).toContain('<w:jc w:val="center"/>');
  });

  it('writes a running header with the title', async () => {
    const theme = resolveTheme({ header: { text: '{title}（内部资料）' } });
    const { docx } = await body('正文。', context({ theme }));
    expect(textOf(docx.xml('word/header1.xml'))).toBe('区域观察简报（内部资料）');
  });
});

const DEJAVU = '/usr/share/fonts/truetype/dejavu';

describe.skipIf(!existsSync(join(DEJAVU, 'DejaVuSans.ttf')))('a house font whose name has spaces', () => {
  it('is embedded under the space-free name its runs use', async () => {
    const theme = resolveTheme({ fonts: { body: 'DejaVuSans' } });
    const { docx, xml } = await body('GDP 286.4', context({ theme, fonts: new FontSet([DEJAVU]) }));
    expect(drawnRuns(docx, xml).map((r) => r.face)).toEqual(['DejaVuSans']);
    const font = embeddedFonts(docx).find((f) => f.name === 'DejaVuSans')!.font;
    expect(font.familyName).toBe('DejaVuSans');
    expect(font.postscriptName).toBe('DejaVuSans');
    // The outlines survive the rewrite.
    expect(font.layout('GDP').glyphs.every((g) => g.path.commands.length > 0)).toBe(true);
  });
});

describe('reproducible bytes', () => {
  it('is the same in any time zone, every zip entry dated by the build', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const shanghai = await write('正文。');
      process.env.TZ = 'America/New_York';
      const newYork = await write('正文。');
      expect(Buffer.from(newYork.bytes).equals(Buffer.from(shanghai.bytes))).toBe(true);
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
    const { files, bytes } = await write('正文。');
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    // Every local file header carries 2023-04-21 08:00:00, the build's date, in DOS form.
    const zip = Buffer.from(bytes);
    const stamps = new Set<string>();
    for (let at = zip.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 4, 'latin1')) {
      stamps.add(`${zip.readUInt16LE(at + 12)}:${zip.readUInt16LE(at + 10)}`);
    }
    expect([...stamps]).toEqual([`${((2023 - 1980) << 9) | (4 << 5) | 21}:${8 << 11}`]);
  });

  it('is unaffected by other documents written in between (ids come from the document, not from counters)', async () => {
    const md = '## 一、总体情况\n\n::toc\n\n## 二、重点工作\n\n正文[^1]。\n\n[^1]: 注释。';
    const ctx = () => context({ layout: { headingPages: [1, 1] } });
    const first = await write(md, ctx());
    await write('## 其他\n\n![图](x.png)\n\n## 另一个\n\n::toc', ctx());
    const second = await write(md, ctx());
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
