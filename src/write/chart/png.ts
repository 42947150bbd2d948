import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec } from '../../render/tree.js';
import { chartFaces, cssFontFamily } from './_faces.js';
import { withSubsetFontFiles } from './_fontFiles.js';
import { encodePng } from './_pngEncode.js';
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
  const text = svgText(svg);
  // The fallback face only when some text is set in it (finishChartSvg names it on those texts).
  const used = [faces.label];
  if (faces.fallback.file !== faces.label.file && svg.includes(`font-family:${cssFontFamily(faces.fallback)};`)) used.push(faces.fallback);
  return withSubsetFontFiles(
    used.map((face) => ({ face, text })),
    (fontFiles) => {
      const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: opts.scale },
        background: '#ffffff',
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: faces.label.font.familyName },
      });
      const image = resvg.render();
      return encodePng(image.pixels, image.width, image.height);
    },
  );
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every character the SVG's text elements draw, each once. */
function svgText(svg: string): string {
  const chars = new Set<string>();
  for (const m of svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)) {
    const text = m[1]!.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!.toLowerCase()]!,
    );
    for (const ch of text) chars.add(ch);
  }
  return [...chars].join('');
}
