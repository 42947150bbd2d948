import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/render/tree.js';
import { chartHeight, chartSvg } from '../../../src/write/chart/index.js';
import type { FontFace } from '../../../src/write/fonts.js';
import { createPen, type Pen } from '../../../src/write/pdf/pen.js';
import { drawGeneralSvg } from '../../../src/write/pdf/svg.js';
import { drawSimpleSvg } from '../../../src/write/pdf/svg-simple.js';
import { pdfLines, squeeze, writeContext } from './_render.js';

const ctx = writeContext();
const label = ctx.fonts.face('NotoSansSC-Regular');
const faceOf = (families: string): FontFace => {
  for (const name of families.split(',').map((f) => f.trim().replace(/['"]/g, ''))) {
    try {
      return ctx.fonts.face(name);
    } catch {
      // not a face of ours: try the next family
    }
  }
  return label;
};

/** One A4 page with the SVG drawn at (80, 100) by `draw`. */
async function pageWith(draw: (pen: Pen) => boolean | void): Promise<{ bytes: Uint8Array; drawn: boolean | void }> {
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.addPage({ size: [595.28, 841.89], margin: 0 });
  const drawn = draw(createPen(doc, 841.89));
  doc.end();
  await ended;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), drawn };
}

const SPECS: [string, ChartSpec][] = [
  ['horizontal bars', { type: 'hbar', title: '各街镇签约项目', unit: '个', categories: ['河湾街', '东岸镇', '新港街道办事处'], series: [{ name: '项目', values: [12, 7, 3] }] }],
  ['two series with a legend', { type: 'bar', title: '一季度与上年同期', unit: '亿元', categories: ['地区生产总值', '固定资产投资', '工业投资'], series: [{ name: '2023年', values: [186.4, 62.35, 23.6] }, { name: '2022年', values: [177.2, 55.3, 19.1] }] }],
  ['a negative value', { type: 'hbar', title: '主要指标增幅', unit: '%', categories: ['生产总值', '消费品零售', '进出口'], series: [{ name: '增幅', values: [5.2, -3.1, 12.8] }] }],
] as [string, ChartSpec][];

describe('charts painted straight into the page', () => {
  it.each(SPECS)('set the labels of %s where the general SVG renderer sets them', async (_, spec) => {
    const height = chartHeight(spec, { theme: ctx.theme, fonts: ctx.fonts, width: 442 });
    const svg = chartSvg(spec, { theme: ctx.theme, fonts: ctx.fonts, width: 442, height });
    const simple = await pageWith((pen) => drawSimpleSvg(pen, svg, 80, 100, 442, height, faceOf));
    const general = await pageWith((pen) => drawGeneralSvg(pen, svg, 80, 100, 442, height, faceOf));
    expect(simple.drawn).toBe(true);
    const [a] = await pdfLines(simple.bytes);
    const [b] = await pdfLines(general.bytes);
    expect(a!.map((l) => squeeze(l.text))).toEqual(b!.map((l) => squeeze(l.text)));
    a!.forEach((line, i) => {
      expect(line.x).toBeCloseTo(b![i]!.x, 0);
      expect(line.y).toBeCloseTo(b![i]!.y, 0);
      expect(line.size).toBeCloseTo(b![i]!.size, 1);
    });
  });

  it.each([
    ['groups', '<svg width="10" height="10" viewBox="0 0 10 10"><g transform="translate(1 1)"><path d="M0 0L5 5" stroke="#000"></path></g></svg>'],
    ['gradients', '<svg width="10" height="10" viewBox="0 0 10 10"><defs><linearGradient id="a"></linearGradient></defs><rect width="5" height="5" fill="url(#a)"></rect></svg>'],
    ['half-transparent paint', '<svg width="10" height="10" viewBox="0 0 10 10"><rect width="5" height="5" fill="#E63B2E" fill-opacity="0.5"></rect></svg>'],
    ['pictures', '<svg width="10" height="10" viewBox="0 0 10 10"><image href="file:///etc/passwd" width="5" height="5"></image></svg>'],
  ])('leaves SVGs with %s to the general renderer', async (_, svg) => {
    const { drawn } = await pageWith((pen) => drawSimpleSvg(pen, svg, 0, 0, 10, 10, faceOf));
    expect(drawn).toBe(false);
  });
});
