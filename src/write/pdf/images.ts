import type { Image } from 'mdast';
import { loadAsset, rasterSize, reportRefusedImage } from '../assets.js';
import type { Frame } from './block.js';
import { type Item, item, keptTogether, spaced } from './flow.js';
import { spansBlock } from './paragraph.js';
import { spansOf, type PdfState } from './state.js';
import { blockStyle, lookOf } from './styles.js';

/**
 * A picture from one of ctx.assetDirs (PNG or JPEG, what PDF embeds as is), centred, no wider
 * than the column, with its description as a caption. Anything else is refused, reported, and its
 * description set as text instead.
 */
export function imageBlock(state: PdfState, node: Image, frame: Frame): Item[] {
  const found = loadAsset(node.url, state.ctx.assetDirs);
  const raster = typeof found === 'string' ? null : rasterSize(found.data);
  // PDF embeds PNG and JPEG as they are; other formats are refused rather than converted.
  const size = raster && (raster.type === 'png' || raster.type === 'jpg') ? raster : null;
  if (typeof found === 'string' || !size) {
    reportRefusedImage(state.ctx, node, typeof found === 'string' ? found : 'it is not a PNG or JPEG picture');
    const body = blockStyle(state, frame.para);
    return node.alt ? spansBlock(spansOf(state, node.alt, lookOf(body)), body, frame.width) : [];
  }
  // 96 pixels to the inch, as the picture was meant to be seen on screen; never wider than the column.
  const natural = { width: size.width * 0.75, height: size.height * 0.75 };
  const scale = Math.min(1, frame.width / natural.width, (state.geo.textHeight * 0.8) / natural.height);
  const w = natural.width * scale;
  const h = natural.height * scale;
  const file = found.file;
  const picture = item(h, (pen, x, y) => void pen.doc.image(file, x + (frame.width - w) / 2, y, { width: w, height: h }));
  const caption = blockStyle(state, 'caption');
  const captionLines = node.alt ? spansBlock(spansOf(state, node.alt, lookOf(caption)), { ...caption, indent: 0, spaceAfter: 0 }, frame.width) : [];
  return spaced(keptTogether([picture, ...captionLines]), caption.size / 2, caption.spaceAfter);
}
