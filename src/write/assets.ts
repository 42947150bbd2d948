import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Image } from 'mdast';
import type { WriteContext } from './types.js';

/**
 * The file an image URL names inside one of the allowed folders with its bytes (read once, for the
 * SVG check and for the writer that embeds them), or why it is refused. Paths are resolved through
 * symlinks, so neither `../` nor a link can reach outside the folders; addresses (http:, data: …)
 * are refused: a build never touches the network.
 */
export function loadAsset(url: string, assetDirs: string[]): { file: string; data: Buffer } | string {
  let path: string;
  const u = url.trim();
  if (/^file:/i.test(u)) {
    try {
      path = fileURLToPath(u);
    } catch {
      return 'only pictures from the templates or input folders are used, not addresses';
    }
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('//')) return 'only pictures from the templates or input folders are used, not addresses';
  else path = safeDecode(u.split(/[?#]/)[0]!);
  if (assetDirs.length === 0) return 'no folder is allowed for pictures';
  let outside = false;
  for (const dir of assetDirs) {
    if (!existsSync(dir)) continue;
    const root = realpathSync(dir);
    const candidate = isAbsolute(path) ? path : resolve(root, path);
    if (!existsSync(candidate) || !statSync(candidate).isFile()) continue;
    // Through symlinks: a link inside the folder that points out of it is outside.
    const real = realpathSync(candidate);
    if (!isInside(real, root)) {
      outside = true;
      continue;
    }
    const data = readFileSync(real);
    return svgLinksOut(data) ? 'it is an SVG that draws in other files or addresses' : { file: real, data };
  }
  return outside || isAbsolute(path) ? 'it is outside the templates and input folders' : 'no such file in the templates or input folders';
}

/**
 * An SVG (by its content, whatever its name) that pulls in other files or addresses through
 * href or url(): SVG renderers such as resvg would read them, wherever they are.
 */
export function svgLinksOut(bytes: Buffer): boolean {
  if (rasterSize(bytes)) return false;
  const text = bytes.toString('utf8');
  if (!/<svg[\s>]/i.test(text)) return false;
  return /\bhref\s*=\s*["']\s*(?!#|data:)/i.test(text) || /url\(\s*["']?\s*(?!#|data:)/i.test(text) || /@import/i.test(text);
}

/** Whether `file` lies strictly inside `dir` (both absolute); `..name` is a file name, not a way up. */
export function isInside(file: string, dir: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Tells that a picture was left out and why; the writer sets its description as text instead. */
export function reportRefusedImage(ctx: WriteContext, node: Image, reason: string): void {
  ctx.report({
    level: 'warning',
    code: 'RENDER_IMAGE_REFUSED',
    message: `image "${node.url}" not included: ${reason}; its description is written instead`,
    line: node.position?.start.line ?? null,
  });
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

export type Raster = 'png' | 'jpg' | 'gif' | 'bmp';

/** Format and pixel size from a picture file's header, or null when it is not a raster we know. */
export function rasterSize(b: Buffer): { type: Raster; width: number; height: number } | null {
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47) return { type: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b.length >= 10 && b.toString('latin1', 0, 4) === 'GIF8') return { type: 'gif', width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (b.length >= 26 && b.toString('latin1', 0, 2) === 'BM') return { type: 'bmp', width: b.readInt32LE(18), height: Math.abs(b.readInt32LE(22)) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  return null;
}

function jpegSize(b: Buffer): { type: 'jpg'; width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const length = b.readUInt16BE(i + 2);
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { type: 'jpg', height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}
