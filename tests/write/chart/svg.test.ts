import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/render/tree.js';
import { chartFaces, textWidth } from '../../../src/write/chart/_faces.js';
import { chartHeight, chartSvg } from '../../../src/write/chart/index.js';
import { resolveTheme } from '../../../src/write/theme.js';
import { barCount, fixtureSpec, fonts, svgTexts, theme } from './_helpers.js';

const WIDTH = 442;
const draw = (name: string, t = theme) => {
  const spec = fixtureSpec(name);
  const height = chartHeight(spec, { theme: t, fonts, width: WIDTH });
  return { spec, height, svg: chartSvg(spec, { theme: t, fonts, width: WIDTH, height }) };
};
const GREY = '#8c8c8c';

describe('chartSvg', () => {
  it.each([
    ['district-figures', 4, 0],
    ['overview-districts', 6, 6],
    ['growth-with-negatives', 16, 0],
    ['themes', 5, 0],
  ])('%s: one bar per value, the first series in theme red and the next in grey', (name, red, grey) => {
    const { svg } = draw(name);
    expect(barCount(svg, theme.colors.red)).toBe(red);
    expect(barCount(svg, GREY)).toBe(grey);
  });

  it.each(['district-figures', 'overview-districts', 'growth-with-negatives', 'themes'])(
    '%s: every category label, the title and the unit are drawn as text',
    (name) => {
      const { spec, svg } = draw(name);
      const texts = svgTexts(svg).join('');
      for (const category of spec.categories) expect(texts).toContain(category.slice(0, 3));
      // A broken label keeps all its characters, in order, across its lines.
      const joined = svgTexts(svg).join('\n');
      for (const category of spec.categories) expect(joined.replace(/\n/g, '')).toContain(category);
      expect(texts).toContain(spec.unit);
      expect(joined.replace(/\n/g, '')).toContain(spec.title);
    },
  );

  it('prints the values on the bars as a reader writes them', () => {
    const texts = svgTexts(draw('district-figures').svg);
    expect(texts).toEqual(expect.arrayContaining(['312.6', '86.45', '120.3', '18.92']));
    expect(svgTexts(draw('growth-with-negatives').svg)).toEqual(expect.arrayContaining(['-1.5', '7.66']));
  });

  it('shows a legend only when there is more than one series', () => {
    expect(svgTexts(draw('overview-districts').svg)).toEqual(expect.arrayContaining(['本期', '上期']));
    expect(svgTexts(draw('district-figures').svg)).not.toContain('2024年一季度');
  });

  it('names the label face by file stem (for pdfmake) and by family (for resvg), in the label size', () => {
    const { svg } = draw('district-figures');
    expect(svg).toContain("font-family:'NotoSansSC-Regular','NotoSansSC';");
    expect(svg).toContain('font-size:10.5px');
    expect(svg).not.toMatch(/font-family:sans-serif/);
    const fang = draw('district-figures', resolveTheme({ elements: { chartLabel: { font: 'body', size: 12 } } })).svg;
    expect(fang).toContain("font-family:'FandolFang-Regular','FandolFang';");
    expect(fang).toContain('font-size:12px');
  });

  it('is static: no script, hover CSS or interaction attributes', () => {
    const { svg } = draw('overview-districts');
    expect(svg).not.toMatch(/<style|<script|ecmeta_|pointer-events|class="/);
    expect(svg).toMatch(/^<svg width="442" height="\d+"/);
  });

  it('gives the same bytes for the same spec, whatever was drawn before', () => {
    const first = draw('overview-districts').svg;
    draw('district-figures');
    draw('growth-with-negatives');
    expect(draw('overview-districts').svg).toBe(first);
  });

  it('breaks a long category label into balanced lines that fit under its bar', () => {
    const { svg } = draw('district-figures');
    const texts = svgTexts(svg);
    const i = texts.findIndex((t) => t.startsWith('社会消费'));
    expect(texts.slice(i, i + 2)).toEqual(['社会消费品', '零售总额']);
  });

  it('sets a character the label face lacks in the fallback face, and one no face has as 〓', () => {
    const fangTheme = resolveTheme({ elements: { chartLabel: { font: 'body' } } });
    const spec = { ...fixtureSpec('themes'), categories: ['王堃工作室', '招商引资', '𠮷字测试', '民生保障', '营商环境'] };
    const height = chartHeight(spec, { theme: fangTheme, fonts, width: WIDTH });
    const svg = chartSvg(spec, { theme: fangTheme, fonts, width: WIDTH, height });
    // Three texts side by side: 王 in 仿宋, 堃 in the fallback 黑体, 工作室 in 仿宋 again.
    const runs = /<text([^>]*)>王<\/text><text([^>]*)>堃<\/text><text([^>]*)>工作室<\/text>/.exec(svg);
    expect(runs).not.toBeNull();
    const [, a, b, c] = runs!;
    expect([a, b, c].map((t) => /font-family:'(\w+)-Regular'/.exec(t!)?.[1])).toEqual(['FandolFang', 'NotoSansSC', 'FandolFang']);
    const xs = [a, b, c].map((t) => Number(/ x="([-\d.]+)"/.exec(t!)![1]));
    expect(xs[1]! - xs[0]!).toBeCloseTo(10.5, 0);
    expect(xs[2]! - xs[1]!).toBeCloseTo(10.5, 0);
    expect(svgTexts(svg).join('')).toContain('〓字测试');
    expect(svg).not.toContain('𠮷');
  });

  it.each([
    ['bar', 'district-figures'],
    ['hbar', 'overview-districts'],
  ])('%s: grows taller for more categories', (_, name) => {
    const spec = fixtureSpec(name);
    const more = { ...spec, categories: [...spec.categories, ...spec.categories.map((c) => c + '二')], series: spec.series.map((s) => ({ ...s, values: [...s.values, ...s.values] })) };
    const h = (s: typeof spec) => chartHeight(s, { theme, fonts, width: WIDTH });
    expect(h(more)).toBeGreaterThanOrEqual(h(spec));
    expect(h(spec)).toBeGreaterThan(150);
    expect(h(spec)).toBeLessThan(500);
  });

  const many = (n: number, names: string[]): ChartSpec => ({
    type: 'bar',
    title: '',
    unit: '篇',
    categories: Array.from({ length: n }, (_, i) => names[i % names.length]! + (i + 1)),
    series: [{ name: '篇数', values: Array.from({ length: n }, (_, i) => i * 3 + 1) }],
  });
  const anchorOf = (svg: string, label: string) => new RegExp(`text-anchor="(\\w+)"[^>]*>${label}<`).exec(svg)?.[1];

  it.each([
    ['names too long to break under their bars', many(10, ['天津经济技术开发区西区现代产业园', '中新天津生态城国家动漫产业园'])],
    ['too many categories for their value labels', many(30, ['北辰区', '西青区'])],
  ])('draws a bar chart with %s as horizontal bars, labels whole at the left', (_, spec) => {
    const svg = chartSvg(spec, { theme, fonts, width: WIDTH, height: chartHeight(spec, { theme, fonts, width: WIDTH }) });
    // The first label, whole, over one or more lines that end where the axis begins.
    const first = spec.categories[0]!;
    const texts = svgTexts(svg);
    const at = texts.findIndex((t) => t.length > 1 && first.startsWith(t));
    expect(texts.slice(at).join('').startsWith(first)).toBe(true);
    expect(anchorOf(svg, texts[at]!)).toBe('end');
    expect(barCount(svg, theme.colors.red)).toBe(spec.categories.length);
  });

  it('turns labels of a few characters 45° when the bars are too narrow to break them', () => {
    const spec = many(18, ['开发区管委会', '高新区管委会']);
    const svg = chartSvg(spec, { theme, fonts, width: WIDTH, height: chartHeight(spec, { theme, fonts, width: WIDTH }) });
    expect(svg).toMatch(/transform="matrix\(0\.707,-0\.707,0\.707,0\.707,[^"]*"[^>]*>开发区管委会1</);
  });

  it('keeps a chart of very many categories within the height allowed', () => {
    const spec = many(60, ['中新天津生态城', '东疆综合保税区']);
    const height = chartHeight(spec, { theme, fonts, width: WIDTH, maxHeight: 540 });
    expect(height).toBeLessThanOrEqual(540);
    expect(barCount(chartSvg(spec, { theme, fonts, width: WIDTH, height }), theme.colors.red)).toBe(60);
  });

  /** Each text's box [x0, y0, x1, y1] as drawn: anchored, centred on its y, turned by its matrix. */
  const textBoxes = (svg: string) =>
    [...svg.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)"[^>]*text-anchor="(\w+)" style="font-size:([\d.]+)px;[^"]*"[^>]*?(?: transform="matrix\(([^)]*)\)")?>([^<]*)<\/text>/g)].map((m) => {
      const [x, y, size] = [Number(m[1]), Number(m[2]), Number(m[4])];
      const w = textWidth(m[6]!, size, chartFaces(theme, fonts));
      const x0 = x - (m[3] === 'middle' ? w / 2 : m[3] === 'end' ? w : 0);
      const [a, b, c, d, e, f] = m[5] ? m[5].split(',').map(Number) : [1, 0, 0, 1, 0, 0];
      const corners = [[x0, y - size / 2], [x0 + w, y - size / 2], [x0, y + size / 2], [x0 + w, y + size / 2]].map(([px, py]) => [a! * px! + c! * py! + e!, b! * px! + d! * py! + f!]);
      return { text: m[6]!, x0: Math.min(...corners.map((p) => p[0]!)), y0: Math.min(...corners.map((p) => p[1]!)), x1: Math.max(...corners.map((p) => p[0]!)), y1: Math.max(...corners.map((p) => p[1]!)) };
    });

  it.each([
    ['district-figures', fixtureSpec('district-figures')],
    ['overview-districts', fixtureSpec('overview-districts')],
    ['growth-with-negatives', fixtureSpec('growth-with-negatives')],
    ['labels turned 45°', many(18, ['开发区管委会', '高新区管委会'])],
    ['long names', many(10, ['天津经济技术开发区西区现代产业园', '中新天津生态城国家动漫产业园'])],
    ['a wide last label', { ...many(3, ['西青区']), categories: ['西青区', '北辰区', '一般公共预算收入'] }],
    ['very many categories', many(60, ['中新天津生态城', '东疆综合保税区'])],
  ])('%s: every label lies wholly inside the chart', (_, spec) => {
    const height = chartHeight(spec, { theme, fonts, width: WIDTH, maxHeight: 540 });
    const boxes = textBoxes(chartSvg(spec, { theme, fonts, width: WIDTH, height }));
    expect(boxes.length).toBeGreaterThan(spec.categories.length);
    for (const box of boxes) {
      expect(box.x0, box.text).toBeGreaterThanOrEqual(-0.01);
      expect(box.y0, box.text).toBeGreaterThanOrEqual(-0.01);
      expect(box.x1, box.text).toBeLessThanOrEqual(WIDTH + 0.01);
      expect(box.y1, box.text).toBeLessThanOrEqual(height + 0.01);
    }
  });

  /** The red bars' [top, bottom] in pt, in drawing order. */
  const barSpans = (svg: string) =>
    [...svg.matchAll(new RegExp(`<path d="M[-\\d.]+ ([-\\d.]+)L[-\\d.]+ [-\\d.]+L[-\\d.]+ ([-\\d.]+)L[^"]*" fill="${theme.colors.red}"`, 'g'))].map((m) => [Number(m[2]), Number(m[1])]);

  it('draws bars as long as their values, from the zero line, negative ones below it', () => {
    const bars = barSpans(draw('district-figures').svg);
    const lengths = bars.map(([top, bottom]) => bottom! - top!);
    expect(lengths[0]! / lengths[1]!).toBeCloseTo(312.6 / 86.45, 2);
    expect(lengths[2]! / lengths[3]!).toBeCloseTo(120.3 / 18.92, 2);
    expect(new Set(bars.map(([, bottom]) => bottom)).size).toBe(1);

    const spec = fixtureSpec('growth-with-negatives');
    const signed = barSpans(draw('growth-with-negatives').svg);
    const zero = signed[spec.series[0]!.values.findIndex((v) => v > 0)]![1]!;
    spec.series[0]!.values.forEach((v, i) => {
      const [top, bottom] = signed[i]!;
      if (v < 0) expect(top).toBeCloseTo(zero, 2);
      else expect(bottom).toBeCloseTo(zero, 2);
    });
    const [ht, hb] = signed[spec.series[0]!.values.indexOf(-1.5)]!;
    const [pt, pb] = signed[spec.series[0]!.values.indexOf(3.2)]!;
    expect((hb! - ht!) / (pb! - pt!)).toBeCloseTo(1.5 / 3.2, 2);
  });
});
