import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/render/tree.js';
import { chartFaces } from '../../../src/write/chart/_faces.js';
import { FONT_FILE_PREFIX } from '../../../src/write/chart/_fontFiles.js';
import { chartHeight, chartPng, chartSvg } from '../../../src/write/chart/index.js';
import { resolveTheme, type Theme } from '../../../src/write/theme.js';
import { type Bitmap, decodePng, differingBox, fixtureSpec, fonts, inkCount, theme } from './_helpers.js';

const WIDTH = 300;
const SCALE = 2;
const oneLabel = (label: string): ChartSpec => ({ type: 'bar', title: '', unit: '篇', categories: [label], series: [{ name: '篇数', values: [5] }] });
const render = (spec: ChartSpec, t: Theme = theme): Bitmap =>
  decodePng(chartPng(spec, { theme: t, fonts, width: WIDTH, height: 200, scale: SCALE }));

describe('chartPng', () => {
  it('is width × scale pixels wide and height × scale tall', () => {
    const img = render(oneLabel('北辰区'));
    expect([img.width, img.height]).toEqual([WIDTH * SCALE, 200 * SCALE]);
  });

  it('gives the same bytes for the same spec', () => {
    const spec = fixtureSpec('overview-districts');
    const height = chartHeight(spec, { theme, fonts, width: 442 });
    const a = chartPng(spec, { theme, fonts, width: 442, height, scale: 2 });
    chartPng(fixtureSpec('themes'), { theme, fonts, width: 442, height: 200, scale: 2 });
    const b = chartPng(spec, { theme, fonts, width: 442, height, scale: 2 });
    expect(a.equals(b)).toBe(true);
  });

  it.each([
    ['the 黑体 label face', theme],
    ['a 仿宋 label face', resolveTheme({ elements: { chartLabel: { font: 'body' } } })],
  ])('draws a Chinese label in real glyphs with %s, not as .notdef boxes', (_, t) => {
    const label = render(oneLabel('北辰区'), t);
    const boxes = render(oneLabel('□□□'), t);
    // Only the category label differs between the two pictures: that is where it is drawn.
    const box = differingBox(label, boxes);
    expect(box).not.toBeNull();
    const { x0, x1, y0, y1 } = box!;
    expect(y1 - y0).toBeGreaterThan(8 * SCALE);
    expect(x1 - x0).toBeGreaterThan(25 * SCALE);
    // Each of the three characters has ink of its own, and more than an outlined box has.
    const third = Math.ceil((x1 - x0) / 3);
    for (let i = 0; i < 3; i++) {
      const part = { x0: x0 + i * third, x1: Math.min(x1, x0 + (i + 1) * third), y0, y1 };
      expect(inkCount(label, part)).toBeGreaterThan(20);
    }
    expect(inkCount(label, box!)).toBeGreaterThan(inkCount(boxes, box!) * 1.2);
  });

  it('draws the title and the bars', () => {
    const spec = fixtureSpec('district-figures');
    const height = chartHeight(spec, { theme, fonts, width: 442 });
    const img = decodePng(chartPng(spec, { theme, fonts, width: 442, height, scale: 2 }));
    // The title row, centred at the top.
    expect(inkCount(img, { x0: 300, x1: 584, y0: 0, y1: 40 })).toBeGreaterThan(300);
    // Theme red fills the bars.
    let red = 0;
    for (let i = 0; i < img.rgba.length; i += 4) if (img.rgba[i]! > 200 && img.rgba[i + 1]! < 90 && img.rgba[i + 2]! < 80) red++;
    expect(red).toBeGreaterThan(img.width * img.height * 0.03);
  });

  it('sets only the characters the label face lacks in the fallback face', () => {
    // 堃 is not in 仿宋. 王堃 and 王王 are the same width, so 王 sits at the same place in both and
    // must look the same: a renderer that set the whole label in the fallback face would change it.
    const fang = resolveTheme({ elements: { chartLabel: { font: 'body' } } });
    const twin = render(oneLabel('王王'), fang);
    const label = differingBox(twin, render(oneLabel('工工'), fang))!;
    const changed = differingBox(twin, render(oneLabel('王堃'), fang))!;
    const middle = (label.x0 + label.x1) / 2;
    expect(changed.x0).toBeGreaterThanOrEqual(middle - 2);
  });
});

describe('chartPng fonts', () => {
  it('draws its labels exactly as resvg does from the whole font files', () => {
    // 仿宋 labels with 堃, which 仿宋 lacks: both the label face and the fallback face are used.
    const fang = resolveTheme({ elements: { chartLabel: { font: 'body' } } });
    const spec: ChartSpec = { ...fixtureSpec('district-figures'), categories: ['刘堃工作室', '固定资产投资', '社会消费品零售总额', '一般公共预算收入'] };
    const height = chartHeight(spec, { theme: fang, fonts, width: WIDTH });
    const svg = chartSvg(spec, { theme: fang, fonts, width: WIDTH, height });
    const faces = chartFaces(fang, fonts);
    const whole = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: SCALE },
      background: '#ffffff',
      font: { fontFiles: [faces.label.file, faces.fallback.file], loadSystemFonts: false, defaultFontFamily: faces.label.font.familyName },
    }).render();
    const img = decodePng(chartPng(spec, { theme: fang, fonts, width: WIDTH, height, scale: SCALE }));
    expect([img.width, img.height]).toEqual([whole.width, whole.height]);
    expect(Buffer.from(img.rgba).equals(whole.pixels)).toBe(true);
  });

  it('leaves no font files behind', () => {
    chartPng(oneLabel('北辰区'), { theme, fonts, width: WIDTH, height: 200, scale: SCALE });
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith(FONT_FILE_PREFIX))).toEqual([]);
  });
});
