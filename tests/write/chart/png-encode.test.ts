import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/write/chart/_pngEncode.js';
import { decodePng } from './_helpers.js';

const W = 97;
const H = 31;

/** Pixels from a colour function of the position. */
function picture(colour: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const rgba = new Uint8Array(W * H * 4);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) rgba.set(colour(x, y), (y * W + x) * 4);
  return rgba;
}

/** The PNG as another decoder reads it: resvg drawing it 1:1 as an SVG image. */
function decodedByResvg(png: Buffer): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><image width="${W}" height="${H}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

const colourType = (png: Buffer) => png[25];

describe('encodePng', () => {
  // A chart in small: white ground, a red bar, grey text-like shades.
  const chart = picture((x, y) => (x > 10 && x < 40 && y > 5 ? [200, 30, 30, 255] : (x + y) % 7 === 0 ? [60 + (x % 5) * 20, 60, 60, 255] : [255, 255, 255, 255]));
  // A gradient of W × H different colours.
  const gradient = picture((x, y) => [x * 2, y * 8, (x * y) % 256, 255]);

  it('writes a picture of at most 256 colours with a palette, pixel for pixel', () => {
    const png = encodePng(chart, W, H);
    expect(colourType(png)).toBe(3);
    expect(decodedByResvg(png).equals(Buffer.from(chart))).toBe(true);
    expect(Buffer.from(decodePng(png).rgba).equals(Buffer.from(chart))).toBe(true);
  });

  it('writes a picture of more colours as RGBA, pixel for pixel', () => {
    const png = encodePng(gradient, W, H);
    expect(colourType(png)).toBe(6);
    expect(decodedByResvg(png).equals(Buffer.from(gradient))).toBe(true);
  });

  it('keeps the transparency of a palette colour', () => {
    const glass = picture((x) => (x < 50 ? [0, 0, 255, 128] : [255, 255, 255, 255]));
    const png = encodePng(glass, W, H);
    expect(colourType(png)).toBe(3);
    expect(png.includes(Buffer.from('tRNS'))).toBe(true);
    expect(Buffer.from(decodePng(png).rgba).equals(Buffer.from(glass))).toBe(true);
  });

  it('reads pixels at any offset in their buffer', () => {
    const shifted = new Uint8Array(chart.length + 1);
    shifted.set(chart, 1);
    expect(encodePng(shifted.subarray(1), W, H).equals(encodePng(chart, W, H))).toBe(true);
  });

  it('makes a chart smaller with a palette than its RGBA rows deflated alike', () => {
    // The same pixels as RGBA rows (a filter byte each), deflated at the encoder's level.
    const rows = Buffer.concat(Array.from({ length: H }, (_, y) => Buffer.concat([Buffer.from([0]), chart.subarray(y * W * 4, (y + 1) * W * 4)])));
    expect(encodePng(chart, W, H).length).toBeLessThan(deflateSync(rows, { level: 3 }).length);
  });
});
