import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/write/docx.js';
import {
  charsDrawnIn,
  context,
  drawnRuns,
  embeddedFonts,
  paragraphWith,
  paragraphs,
  parse,
  runsOf,
  SAMPLE,
  styleXml,
  tableTags,
  textOf,
  write,
  type Docx,
} from './_docx.js';

/** The sample briefing's depth 2–3 headings, on the pages the PDF writer would report. */
const HEADING_PAGES = [2, 2, 2, 3, 3, 5, 6];

let docx: Docx & { ctx: ReturnType<typeof context> };
let body: string;

beforeAll(async () => {
  docx = await write(SAMPLE, context({ layout: { headingPages: HEADING_PAGES } }));
  body = docx.xml('word/document.xml');
});

describe('fonts travel inside the file', () => {
  it('embeds one font per face used, named as the runs name them', () => {
    const names = embeddedFonts(docx).map((f) => f.name);
    expect(names.sort()).toEqual(['FandolFang', 'FandolKai', 'NotoSansSC', 'NotoSerifSCBold']);
    for (const f of embeddedFonts(docx)) expect(f.file).toMatch(/^word\/fonts\/.+\.odttf$/);
    const drawn = new Set(drawnRuns(docx, body).map((r) => r.face));
    expect([...drawn].sort()).toEqual(names.sort());
  });

  it.each([
    ['FandolFang', '北辰区一季度全区实现地区生产总值，。“”0123456789', '喆堃'],
    ['FandolKai', '今年以来压舱石（一）主要指标', '按'],
    ['NotoSansSC', '一、经济运行总体平稳喆堃〓按语', ''],
    ['NotoSerifSCBold', '区域观察简报北辰区一季度', ''],
  ])('%s is a TrueType subset with the characters drawn in it', (name, present, absent) => {
    const { font, data } = embeddedFonts(docx).find((f) => f.name === name)!;
    expect(tableTags(font)).toContain('glyf');
    expect(tableTags(font)).not.toContain('CFF ');
    const cmap = new Set(font.characterSet.map((cp) => String.fromCodePoint(cp)));
    for (const ch of present) expect(cmap.has(ch), `${name} lacks ${ch}`).toBe(true);
    for (const ch of absent) expect(cmap.has(ch), `${name} has ${ch}`).toBe(false);
    // Every character drawn in the face, and beyond them only what page and list numbers draw (and cmap's end mark).
    const drawn = charsDrawnIn(docx, name);
    expect([...drawn].filter((ch) => !cmap.has(ch))).toEqual([]);
    expect([...cmap].filter((ch) => !drawn.has(ch) && !'0123456789 .()（）•◦▪—\uffff'.includes(ch))).toEqual([]);
    expect(data.length).toBeLessThan(400_000);
  });

  it('shows 〓 for a character no font has, and says so', () => {
    expect(textOf(body)).toContain('古籍中“〓”字');
    expect(textOf(body)).not.toContain('𪛖');
    const missing = docx.ctx.diagnostics.filter((d) => d.code === 'RENDER_MISSING_GLYPH');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain('U+2A6D6');
  });

  it('draws a character the body face lacks in the fallback face', () => {
    const runs = runsOf(docx, '王喆介绍');
    expect(runs.find((r) => r.text === '喆')?.face).toBe('NotoSansSC');
    expect(runs.find((r) => r.text.endsWith('园区负责人王'))?.face).toBe('FandolFang');
  });
});

describe('page and grid as GB/T 9704 offices set them', () => {
  it('A4 with 37/35/28/26 mm margins and a 22 × 28 grid', () => {
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const grid = /<w:docGrid w:type="linesAndChars" w:linePitch="(\d+)" w:charSpace="(-?\d+)"\/>/.exec(body)!;
    // 22 × 579 twips fits the 225 mm block (580 would leave room for 21 lines only).
    expect(Number(grid[1])).toBe(579);
    // charSpace: (156 mm / 28 − 16 pt) × 4096 ≈ −849
    expect(Number(grid[2])).toBeGreaterThan(-900);
    expect(Number(grid[2])).toBeLessThan(-800);
  });

  it('body paragraphs: two-character indent, exact grid pitch, justified, 仿宋 on every run', () => {
    const normal = styleXml(docx, 'Normal');
    expect(normal).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(normal).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
    expect(normal).toMatch(/<w:jc w:val="both"\/>/);
    // Latin letters and digits too: every slot of the style's fonts names 仿宋, and runs inherit them.
    expect(normal).toMatch(/<w:rFonts w:ascii="FandolFang" w:cs="FandolFang" w:eastAsia="FandolFang" w:hAnsi="FandolFang"\/>/);
    expect(paragraphWith(body, '固定资产投资完成142.7亿元')).toMatch(/<w:pStyle w:val="Normal"\/>/);
    const runs = runsOf(docx, '固定资产投资完成142.7亿元');
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) expect(r.face).toBe('FandolFang');
  });

  it('Chinese line breaking and Chinese–Latin spacing are on for every paragraph', () => {
    const defaults = /<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/.exec(docx.xml('word/styles.xml'))![0];
    for (const el of ['kinsoku', 'autoSpaceDE', 'autoSpaceDN']) expect(defaults).toContain(`<w:${el}/>`);
  });
});

describe('structure Word understands', () => {
  it.each([
    ['北辰区一季度经济运行稳中有进', 'Title'],
    ['一、经济运行总体平稳', 'Heading1'],
    ['（一）主要指标好于预期', 'Heading2'],
    ['三、下一步工作打算', 'Heading1'],
  ])('"%s" is in style %s', (text, style) => {
    expect(paragraphWith(body, text)).toContain(`<w:pStyle w:val="${style}"/>`);
  });

  it.each([
    ['Heading1', 0, 'NotoSansSC'],
    ['Heading2', 1, 'FandolKai'],
    ['Heading3', 2, 'FandolFang'],
  ])('%s has outline level %i and its face, with no synthetic bold', (id, level, face) => {
    const s = styleXml(docx, id);
    expect(s).toContain(`<w:outlineLvl w:val="${level}"/>`);
    expect(s).toContain(`w:eastAsia="${face}"`);
    expect(s).not.toMatch(/<w:b\/>|<w:b w:val="(true|1|on)"\/>/);
  });

  it('breaks a title too long for one line where its author put the space', () => {
    const title = paragraphWith(body, '北辰区一季度经济运行稳中有进');
    expect(title).toMatch(/稳中有进<\/w:t><\/w:r><w:r><w:br\/><\/w:r>[\s\S]*重点项目建设提速/);
  });

  it('repeats the table header row on every page and never splits a row', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(body)![0];
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(37);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    expect(table).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/);
  });

  it('gives short columns room for their text and long ones the rest', () => {
    const grid = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const [no, name, content, amount, progress] = grid as [number, number, number, number, number];
    expect(no + name + content + amount + progress).toBeCloseTo(8844, -1);
    // 进展情况 (4 characters of 12 pt) and 总投资（亿元） (7) fit on one line.
    expect(progress).toBeGreaterThanOrEqual(4 * 240);
    expect(amount).toBeGreaterThanOrEqual(7 * 240);
    expect(content).toBeGreaterThan(amount);
    expect(name).toBeGreaterThan(no);
  });

  it('writes ordered and bullet lists as Word numbering', () => {
    const numbering = docx.xml('word/numbering.xml');
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/><w:suff w:val="space"\/><w:lvlText w:val="%1."\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/><w:suff w:val="space"\/><w:lvlText w:val="•"\/>/);
    const item = paragraphWith(body, '实行“一个项目');
    expect(item).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(item).not.toMatch(/<w:t[^>]*>1\./);
  });

  it('sets the quote in 楷体, indented', () => {
    const quote = paragraphWith(body, '项目是发展的生命线');
    expect(quote).toContain('<w:pStyle w:val="Quote"/>');
    expect(quote).toMatch(/<w:ind w:left="640"/);
    expect(new Set(runsOf(docx, '项目是发展的生命线').map((r) => r.face))).toEqual(new Set(['FandolKai']));
  });

  it('writes footnotes as real Word footnotes, numbered in order', () => {
    const notes = docx.xml('word/footnotes.xml');
    const texts = [...notes.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)].map((m) => [m[1], textOf(m[2]!)]);
    expect(texts).toEqual([
      ['1', expect.stringContaining('北辰区统计局《2023年一季度全区经济运行情况》')],
      ['2', '专项债券额度以财政部门最终下达数为准。'],
    ]);
    expect(paragraphWith(body, '不确定因素依然存在')).toContain('<w:footnoteReference w:id="1"/>');
  });

  it('the 按语 leads with its label in 黑体 and runs on in 楷体', () => {
    const note = paragraphWith(body, '按语：');
    expect(note).toContain('<w:pStyle w:val="Note"/>');
    const runs = runsOf(docx, '按语：');
    expect(runs[0]).toEqual({ text: '按语：', face: 'NotoSansSC' });
    expect(runs[1]).toMatchObject({ text: expect.stringMatching(/^今年以来/), face: 'FandolKai' });
  });

  it('writes the masthead: red centred name, issue, then unit and date one character in from either edge, 4 mm over a red rule', () => {
    expect(styleXml(docx, 'MastheadName')).toMatch(/<w:color w:val="E63B2E"\/>/);
    expect(styleXml(docx, 'MastheadName')).toContain('<w:jc w:val="center"/>');
    const meta = paragraphWith(body, '北辰区委宣传部');
    // A full-width rule (no indents), 0.35 mm thick, 11 pt (4 mm) under the line.
    expect(meta).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="E63B2E" w:sz="8" w:space="11"\/>/);
    expect(meta).not.toMatch(/<w:ind /);
    // 14 pt (280 twips) in from the left for the unit, and from the right for the date.
    expect(meta).toMatch(/<w:tab w:val="left" w:pos="280"\/><w:tab w:val="right" w:pos="8564"\/>/);
    expect(meta).toMatch(/<w:tab\/><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>北辰区委宣传部<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:tab\/>[\s\S]*2023年4月21日/);
  });

  it('writes the 报尾 between rules, kept together, （共印30份） on the last line at the right', () => {
    const lines = paragraphs(body).filter((p) => p.xml.includes('<w:pStyle w:val="Endblock"/>') && p.text);
    expect(lines.map((l) => l.text)).toEqual([
      '报：区委、区人大、区政府、区政协领导',
      '送：各镇党委、各街道党工委，区委各部委办局',
      '发：区委宣传部各科室（共印30份）',
    ]);
    for (const l of lines) expect(l.xml).toMatch(/<w:pBdr><w:top w:val="single"[^>]*\/><w:bottom w:val="single"/);
    expect(lines[0]!.xml).toContain('<w:keepNext/>');
    expect(lines[2]!.xml).toMatch(/区委宣传部各科室<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:tab\/>/);
  });
});

describe('table of contents', () => {
  it('is a real TOC field over the heading styles, already filled in with entries and pages', () => {
    expect(body).toContain('<w:instrText xml:space="preserve"> TOC \\o &quot;1-2&quot; \\h \\z \\u </w:instrText>');
    const entries = paragraphs(body).filter((p) => /<w:pStyle w:val="TOC[12]"\/>/.test(p.xml));
    expect(entries.map((e) => e.text)).toEqual([
      '一、经济运行总体平稳2',
      '（一）主要指标好于预期2',
      '（二）创新动能持续增强2',
      '二、重点项目建设提速3',
      '（一）项目清单3',
      '（二）推进举措5',
      '三、下一步工作打算6',
    ]);
    // Each entry links to its heading's bookmark and shows its page through a PAGEREF field.
    expect(entries[3]!.xml).toMatch(/<w:hyperlink w:history="1" w:anchor="(_Toc\d+)">[\s\S]*PAGEREF \1 \\h/);
    const bookmark = /w:anchor="(_Toc\d+)"/.exec(entries[3]!.xml)![1];
    expect(paragraphWith(body, '二、重点项目建设提速')).toContain(`<w:bookmarkStart w:name="${bookmark}"`);
  });
});

describe('pages, metadata and bytes', () => {
  it('numbers pages — 1 — at the right on odd pages and the left on even ones', () => {
    expect(docx.xml('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const refs = [...body.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => m[1]);
    expect(refs.sort()).toEqual(['default', 'even']);
    const footers = Object.keys(docx.files)
      .filter((f) => /^word\/footer\d+\.xml$/.test(f))
      .map((f) => docx.xml(f));
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(textOf(f)).toBe('—  —');
    }
    expect(footers.some((f) => /<w:jc w:val="right"\/>/.test(f) && /<w:ind w:right="280"\/>/.test(f))).toBe(true);
    expect(footers.some((f) => /<w:jc w:val="left"\/>/.test(f) && /<w:ind w:left="280"\/>/.test(f))).toBe(true);
  });

  it('carries title, author, keywords and the build date', () => {
    const core = docx.xml('docProps/core.xml');
    expect(core).toContain('<dc:title>区域观察简报</dc:title>');
    expect(core).toContain('<dc:subject>北辰区</dc:subject>');
    expect(core).toContain('<dc:creator>北辰区委宣传部</dc:creator>');
    expect(core).toContain('<cp:keywords>北辰; 重点项目</cp:keywords>');
    expect(core).toMatch(/<dcterms:created [^>]*>2023-04-21T08:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2023-04-21T08:00:00Z<\/dcterms:modified>/);
  });

  it('gives byte-identical files for the same tree, run after run', async () => {
    const again = await writeDocx(parse(SAMPLE), context({ layout: { headingPages: HEADING_PAGES } }));
    expect(Buffer.from(again).equals(Buffer.from(docx.bytes))).toBe(true);
  });
});
