import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec } from '../../render/tree.js';
import { chartFaces, cssFontFamily } from './_faces.js';
import { type ChartSvgOptions, drawChart } from './svg.js';

export interface ChartPngOptions extends ChartSvgOptions {
  /** Pixels per point: 2–3 for print (144–216 dpi). */
  scale: number;
}

/** The chart as a PNG of width × scale pixels on white, text drawn from the theme's font files only. */
export function chartPng(spec: ChartSpec, opts: ChartPngOptions): Buffer {
  return rasterizeChartSvg(drawChart(spec, opts).svg, opts);
}

/** Rasterises a chart's SVG with resvg; system fonts are never consulted, so output is the same on every machine. */
export function rasterizeChartSvg(svg: string, opts: ChartPngOptions): Buffer {
  const faces = chartFaces(opts.theme, opts.fonts);
  // Loading a CJK face costs about 150 ms: load the fallback only when some text is set in it.
  const files = [faces.label.file];
  if (faces.fallback.file !== faces.label.file && svg.includes(`font-family:${cssFontFamily(faces.fallback)};`)) files.push(faces.fallback.file);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: opts.scale },
    background: '#ffffff',
    font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: faces.label.font.familyName },
  });
  return resvg.render().asPng();
}
