import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasCommand } from '../../helpers/documents.js';
import { pdfLines, renderMarkdown, squeeze, type Rendered, type TextLine } from './_render.js';

const MARKDOWN = readFileSync(join(import.meta.dirname, '../../fixtures/pdf/briefing.md'), 'utf8');
const HEADINGS = ['一、总体运行情况', '（一）重点项目建设提速', '（二）招商引资成效明显', '二、存在的主要问题', '三、下一步工作安排', '（一）全力抓好项目建设', '（二）持续优化营商环境', '（三）着力扩大有效需求'];
const BAD_START = /^[，。、；：？！”’）》】]/;
const BAD_END = /[“‘（《【]$/;

let out: Rendered;
let pages: TextLine[][];
let file: string;

beforeAll(async () => {
  out = await renderMarkdown(MARKDOWN);
  pages = await pdfLines(out.bytes);
  file = join(mkdtempSync(join(tmpdir(), 'jianbao-pdf-')), 'briefing.pdf');
  writeFileSync(file, out.bytes);
}, 60_000);

const pageOf = (text: string) => pages.findIndex((lines) => lines.some((l) => squeeze(l.text) === text)) + 1;
/** Lines of the text block: without the page number under it. */
const bodyLines = (lines: TextLine[]) => lines.filter((l) => !/^—\s*\d+\s*—$/.test(l.text.trim()));

describe('the sample briefing as PDF', () => {
  it('has its text extractable, in reading order', () => {
    const flat = squeeze(pages.flat().map((l) => l.text).join(''));
    const milestones = ['区域观察简报', '第12期', '目录', '按语：', '滨河区一季度经济运行情况及下一步工作安排', ...HEADINGS.slice(0, 2), '序号项目名称', '数据中心（一期）', '二、存在的主要问题', '营商环境好不好', '三、下一步工作安排', '一季度主要指标增速', '数据来源：', '报：市委办公厅', '（共印80份）'];
    let at = 0;
    for (const m of milestones) {
      const found = flat.indexOf(m, at);
      expect(found, `"${m}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + m.length;
    }
  });

  it('draws characters the body face lacks from the fallback face, and 〓 for one no font has, reported', () => {
    const flat = squeeze(pages.flat().map((l) => l.text).join(''));
    expect(flat).toContain('王堃介绍');
    expect(flat).toContain('李喆表示');
    expect(flat).toContain('测试〓一例');
    const missing = out.diagnostics.filter((d) => d.code === 'RENDER_MISSING_GLYPH');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ level: 'warning', line: null });
    expect(missing[0]!.message).toContain('U+2A6D6');
  });

  it('starts no line with closing punctuation and ends none with opening punctuation', () => {
    for (const line of pages.flat()) {
      expect(line.text.trim(), line.text).not.toMatch(BAD_START);
      expect(line.text.trim(), line.text).not.toMatch(BAD_END);
    }
  });

  it('sets full lines of body text at 28 characters', () => {
    const left = Math.min(...pages.flat().filter((l) => l.size === 16).map((l) => l.x));
    const right = Math.max(...pages.flat().filter((l) => l.size === 16).map((l) => l.right));
    const full = pages.flat().filter((l) => l.size === 16 && Math.abs(l.x - left) < 1 && Math.abs(l.right - right) < 1 && /^[\p{Script=Han}，。、；：“”‘’（）《》]+$/u.test(l.text));
    expect(full.length).toBeGreaterThan(3);
    for (const line of full) expect([...line.text].length, line.text).toBeGreaterThanOrEqual(27);
    for (const line of full) expect([...line.text].length, line.text).toBeLessThanOrEqual(29);
    expect(right - left).toBeCloseTo(442.2, 0);
  });

  it('numbers every page — n —, odd pages at the right and even pages at the left', () => {
    pages.forEach((lines, i) => {
      const n = i + 1;
      const number = lines.find((l) => squeeze(l.text) === `—${n}—`);
      expect(number, `page ${n}`).toBeDefined();
      const body = bodyLines(lines);
      const left = Math.min(...body.map((l) => l.x));
      if (n % 2 === 1) expect(number!.x).toBeGreaterThan(300);
      else expect(number!.x).toBeLessThan(left + 20);
    });
  });

  it('repeats the table header on each page the table spans', () => {
    const isRow = (l: TextLine) => /^\d{1,2}\S+(街|镇|全区)\d+\.\d/.test(squeeze(l.text));
    const rowPages = pages.map((lines, i) => (lines.some(isRow) ? i : -1)).filter((i) => i >= 0);
    expect(rowPages.length).toBeGreaterThanOrEqual(2);
    for (const i of rowPages) expect(pages[i]!.some((l) => squeeze(l.text).startsWith('序号项目名称所属街镇')), `page ${i + 1}`).toBe(true);
  });

  it('never ends a page with a heading', () => {
    for (const lines of pages) {
      const body = bodyLines(lines);
      const last = squeeze(body[body.length - 1]?.text ?? '');
      expect(HEADINGS).not.toContain(last);
    }
  });

  it('puts the 报尾 at the foot of the last page', () => {
    const last = pages[pages.length - 1]!;
    const recipients = last.find((l) => squeeze(l.text).startsWith('报：市委办公厅'));
    const copies = last.find((l) => squeeze(l.text).endsWith('（共印80份）'));
    expect(recipients).toBeDefined();
    expect(copies).toBeDefined();
    expect(copies!.y).toBeGreaterThan(recipients!.y);
    expect(copies!.y).toBeGreaterThan(841.89 - 35 * 2.835 - 40);
    expect(pages.slice(0, -1).flat().some((l) => l.text.includes('共印'))).toBe(false);
  });

  it('lists the headings with the pages they are on, and tells the DOCX writer the same pages', () => {
    const toc = pages[0]!;
    const listed = HEADINGS.map((h) => {
      const line = toc.find((l) => squeeze(l.text).startsWith(h));
      expect(line, h).toBeDefined();
      return Number(/(\d+)$/.exec(squeeze(line!.text))![1]);
    });
    const actual = HEADINGS.map((h) => pages.findIndex((lines, i) => i > 0 && lines.some((l) => squeeze(l.text) === h)) + 1);
    expect(listed).toEqual(actual);
    expect(out.headingPages).toEqual(actual);
  });

  it('has an outline of the title and the headings down to （一）', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(out.bytes), verbosity: 0 }).promise;
    interface Entry {
      title: string;
      items: Entry[];
    }
    const outline = (await doc.getOutline()) as Entry[];
    await doc.destroy();
    expect(outline.map((o) => o.title)).toEqual(['滨河区一季度经济运行情况及下一步工作安排']);
    const sections = outline[0]!.items;
    expect(sections.map((o) => o.title)).toEqual(['一、总体运行情况', '二、存在的主要问题', '三、下一步工作安排']);
    expect(sections[0]!.items.map((o) => o.title)).toEqual(['（一）重点项目建设提速', '（二）招商引资成效明显']);
  });

  it('records the meta data of the build, not the time it ran', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(out.bytes), verbosity: 0 }).promise;
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, string> };
    await doc.destroy();
    expect(info).toMatchObject({ Title: '滨河区一季度经济运行情况', Author: '滨河区委办公室', Subject: '区域观察', Keywords: '经济运行; 重点项目' });
    expect(info.CreationDate).toMatch(/^D:20230508/);
    expect(info.ModDate).toMatch(/^D:20230508/);
  });

  it('gives byte-identical files for the same tree', async () => {
    const again = await renderMarkdown(MARKDOWN);
    expect(Buffer.from(again.bytes).equals(Buffer.from(out.bytes))).toBe(true);
  });
});

describe.skipIf(!hasCommand('pdffonts') || !hasCommand('pdftotext'))('the sample briefing, as poppler reads it', () => {
  it('embeds and subsets every font', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      const cols = row.trim().split(/\s+/);
      expect(cols.at(-5), row).toBe('yes');
      expect(cols.at(-4), row).toBe('yes');
      expect(cols[0], row).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('passes the punctuation checks of check-output', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect((text.match(/\p{Script=Han}/gu) ?? []).length).toBeGreaterThan(1000);
    const lines = text.split('\n');
    expect(lines.filter((l) => BAD_START.test(l))).toEqual([]);
    expect(lines.filter((l) => BAD_END.test(l))).toEqual([]);
  });
});
