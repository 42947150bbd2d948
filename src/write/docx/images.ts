import { ImageRun } from 'docx';
import type { Image } from 'mdast';
import { Resvg } from '@resvg/resvg-js';
import { loadAsset, rasterSize, reportRefusedImage, type Raster } from '../assets.js';
import type { DocxState } from './state.js';
import { ptToPx } from './units.js';

interface Picture {
  type: Raster | 'svg';
  data: Buffer;
  width: number;
  height: number;
  /** PNG drawn from an SVG, for Word versions that cannot show SVG. */
  fallback?: Buffer;
}

/** A picture from one of ctx.assetDirs, scaled to fit the text block; null (and a diagnostic) when refused. */
export function imageRun(node: Image, state: DocxState): ImageRun | null {
  const found = loadAsset(node.url, state.ctx.assetDirs);
  const picture = typeof found === 'string' ? null : readPicture(found.data);
  if (!picture) {
    reportRefusedImage(state.ctx, node, typeof found === 'string' ? found : 'it is not a PNG, JPEG, GIF, BMP or SVG picture');
    return null;
  }
  const maxWidth = ptToPx(state.geometry.textWidth);
  const maxHeight = ptToPx(state.geometry.textHeight * 0.9);
  const scale = Math.min(1, maxWidth / picture.width, maxHeight / picture.height);
  const transformation = { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) };
  const altText = { name: node.alt || 'image', description: node.alt ?? '', title: node.title ?? '' };
  if (picture.type === 'svg') {
    return new ImageRun({
      type: 'svg',
      data: picture.data,
      fallback: { type: 'png', data: picture.fallback! },
      transformation,
      altText,
    });
  }
  return new ImageRun({ type: picture.type, data: picture.data, transformation, altText });
}

function readPicture(data: Buffer): Picture | null {
  const raster = rasterSize(data);
  if (raster) return { ...raster, data };
  const head = data.subarray(0, 1024).toString('utf8');
  if (!/<svg[\s>]/i.test(head) && !/<svg[\s>]/i.test(data.toString('utf8'))) return null;
  try {
    const rendered = new Resvg(data, { fitTo: { mode: 'zoom', value: 2 } }).render();
    return { type: 'svg', data, width: rendered.width / 2, height: rendered.height / 2, fallback: rendered.asPng() };
  } catch {
    return null;
  }
}

