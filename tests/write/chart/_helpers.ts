import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import type { StageDiagnostic } from '../../../src/model/diagnostic.js';
import type { ChartSpec } from '../../../src/render/tree.js';
import { parseChartSpec } from '../../../src/write/chart/index.js';
import { FontSet } from '../../../src/write/fonts.js';
import { DEFAULT_THEME, type Theme } from '../../../src/write/theme.js';
import type { WriteContext } from '../../../src/write/types.js';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/chart');

export function fixtureSpec(name: string): ChartSpec {
  return parseChartSpec(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
}

export const fonts = new FontSet();
export const theme: Theme = DEFAULT_THEME;

export function writeContext(over: Partial<WriteContext> = {}): WriteContext & { reports: StageDiagnostic[] } {
  const reports: StageDiagnostic[] = [];
  return {
    theme,
    fonts,
    meta: { title: '图表测试', date: new Date(Date.UTC(2024, 3, 21)) },
    assetDirs: [],
    report: (d) => reports.push(d),
    ...over,
    reports,
  };
}

/** The text of every <text> element, in document order (tspans joined). */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

/** Bars drawn in `color`: filled paths without a transform (legend swatches are translated into place). */
export function barCount(svg: string, color: string): number {
  return [...svg.matchAll(/<path d="[^"]*"( transform="[^"]*")? fill="([^"]*)"/g)].filter((m) => !m[1] && m[2] === color).length;
}

export interface Bitmap {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes). */
export function decodePng(png: Buffer): Bitmap {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  let palette: Buffer = Buffer.alloc(0);
  let alphas: Buffer = Buffer.alloc(0);
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colourType = data[9]!;
      // 8 bits per sample; RGBA or a palette; not interlaced.
      expect(data[8]).toBe(8);
      expect([3, 6]).toContain(colourType);
      expect(data[12]).toBe(0);
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') alphas = data;
    else if (type === 'IDAT') idat.push(data);
    offset += length + 12;
  }
  // Palette rows hold one index per pixel: unfiltered, they are read as 1-byte samples and looked up.
  const bytesPerPixel = colourType === 3 ? 1 : 4;
  const samples = unfilter(inflateSync(Buffer.concat(idat)), width * bytesPerPixel, height, bytesPerPixel);
  if (colourType === 6) return { width, height, rgba: samples };
  expect(samples.reduce((m, s) => Math.max(m, s), 0) * 3 + 2).toBeLessThan(palette.length);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < samples.length; i++) {
    const index = samples[i]!;
    rgba[i * 4] = palette[index * 3]!;
    rgba[i * 4 + 1] = palette[index * 3 + 1]!;
    rgba[i * 4 + 2] = palette[index * 3 + 2]!;
    rgba[i * 4 + 3] = alphas[index] ?? 255;
  }
  return { width, height, rgba };
}

/** PNG rows with their filters undone: `stride` bytes each, `bpp` bytes per pixel. */
function unfilter(raw: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
      out[y * stride + x] = (cur + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Dark (text-coloured) pixels inside `box`. */
export function inkCount(img: Bitmap, box: Box): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * img.width + x) * 4;
      if (img.rgba[i]! < 110 && img.rgba[i + 1]! < 110 && img.rgba[i + 2]! < 110) n++;
    }
  }
  return n;
}

/** The bounding box of the pixels where two same-sized images differ, or null. */
export function differingBox(a: Bitmap, b: Bitmap): Box | null {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let box: Box | null = null;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (a.rgba[i] === b.rgba[i] && a.rgba[i + 1] === b.rgba[i + 1] && a.rgba[i + 2] === b.rgba[i + 2]) continue;
      if (!box) box = { x0: x, y0: y, x1: x + 1, y1: y + 1 };
      else box = { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + 1), y1: Math.max(box.y1, y + 1) };
    }
  }
  return box;
}
