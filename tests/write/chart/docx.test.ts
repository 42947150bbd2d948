import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartDescription, chartToDocx } from '../../../src/write/chart/index.js';
import { decodePng, fixtureSpec, writeContext } from './_helpers.js';

const WIDTH_PT = 442;

describe('chartToDocx', () => {
  const ctx = writeContext();
  let files: Record<string, Uint8Array> = {};
  let documentXml = '';

  beforeAll(async () => {
    const odd = { ...fixtureSpec('themes'), categories: ['𠮷祥村', '招商引资', '乡村振兴', '营商环境', '民生保障'] };
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('一、经济运行'),
            await chartToDocx(fixtureSpec('district-figures'), ctx, WIDTH_PT),
            await chartToDocx(odd, ctx, WIDTH_PT),
          ],
        },
      ],
    });
    files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
    documentXml = strFromU8(files['word/document.xml']!);
  });

  it('stores each chart as a print-resolution PNG in word/media', () => {
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    for (const name of media) {
      expect(name).toMatch(/\.png$/);
      const img = decodePng(Buffer.from(files[name]!));
      expect(img.width).toBe(WIDTH_PT * 3);
    }
  });

  it('places the picture inline, centred, at the width asked for', () => {
    expect(documentXml).toContain('<wp:inline');
    expect(documentXml).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:drawing>/);
    // 442 pt = 442 × 12700 EMU.
    expect(documentXml).toMatch(new RegExp(`<wp:extent cx="${WIDTH_PT * 12700}" cy="\\d+"/>`));
  });

  it('does not inherit an exact line pitch that would clip the picture', () => {
    const paragraph = documentXml.split('<w:p>').find((p) => p.includes('<w:drawing>'))!;
    expect(paragraph).toMatch(/<w:spacing [^>]*w:lineRule="auto"/);
  });

  it('gives the picture alt text with the chart data', () => {
    const spec = fixtureSpec('district-figures');
    expect(chartDescription(spec)).toBe(
      '北辰区一季度主要经济指标。地区生产总值 312.6亿元，固定资产投资 86.45亿元，社会消费品零售总额 120.3亿元，一般公共预算收入 18.92亿元。',
    );
    expect(documentXml).toContain('descr="北辰区一季度主要经济指标。地区生产总值 312.6亿元');
    expect(chartDescription(fixtureSpec('overview-districts'))).toContain('本期：北辰区 12篇');
  });

  it('reports a character no font has', () => {
    expect(ctx.reports.map((d) => d.code)).toEqual(['RENDER_MISSING_GLYPH']);
  });
});
