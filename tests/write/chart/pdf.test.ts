import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartToPdfmake } from '../../../src/write/chart/index.js';
import { pageGeometry } from '../../../src/write/theme.js';
import { fixtureSpec, fonts, theme, writeContext } from './_helpers.js';

/** Registers every theme face under its file stem, as the PDF writer does. */
function makePdf(content: Content[]): Promise<Buffer> {
  const dict: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> = {};
  for (const face of Object.values(fonts.themeFaces(theme))) {
    dict[face.stem] = { normal: face.file, bold: face.file, italics: face.file, bolditalics: face.file };
  }
  pdfmake.setFonts(dict);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [79, 105, 74, 99],
    defaultStyle: { font: theme.fonts.body, fontSize: 16 },
    content,
  };
  return pdfmake.createPdf(doc).getBuffer();
}

describe('chartToPdfmake', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-chart-'));
  const file = join(dir, 'charts.pdf');
  const ctx = writeContext();
  const width = pageGeometry(theme).textWidth;
  let text = '';

  beforeAll(async () => {
    const figures = fixtureSpec('district-figures');
    const overview = fixtureSpec('overview-districts');
    const odd = { ...fixtureSpec('themes'), categories: ['𠮷祥村', '招商引资', '乡村振兴', '营商环境', '民生保障'] };
    const content: Content[] = [{ text: '一、经济运行' }, chartToPdfmake(figures, ctx, width), chartToPdfmake(overview, ctx, width), chartToPdfmake(odd, ctx, width)];
    writeFileSync(file, await makePdf(content));
    text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  });

  it('is a vector svg node as wide as asked, centred, with a height that fits its labels', () => {
    const node = chartToPdfmake(fixtureSpec('themes'), writeContext(), 400) as { svg: string; width: number; height: number; alignment: string; font: string };
    expect(node.svg).toMatch(/^<svg /);
    expect(node.width).toBe(400);
    expect(node.height).toBeGreaterThan(150);
    expect(node.alignment).toBe('center');
    expect(node.font).toBe('NotoSansSC-Regular');
  });

  it('puts the labels, title, unit and values in the PDF as text a reader can search', () => {
    for (const s of ['北辰区一季度主要经济指标', '地区生产总值', '固定资产投资', '亿元', '312.6', '18.92']) expect(text).toContain(s);
    for (const s of ['本期各区县报道篇数', '北辰区', '西青区', '蓟州区', '本期', '上期', '篇']) expect(text).toContain(s);
    expect(text).toContain('滨海新区（天津');
  });

  it('embeds every font it uses (pdffonts: emb yes), and only our faces', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      expect(row).toMatch(/\+(NotoSansSC|FandolFang)\s/);
    }
    expect(rows.some((r) => r.includes('NotoSansSC'))).toBe(true);
  });

  it('draws a character no font has as 〓 and reports it once', () => {
    expect(text).toContain('〓祥村');
    const missing = ctx.reports.filter((d) => d.code === 'RENDER_MISSING_GLYPH');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain('U+20BB7');
  });
});
