import { extname } from 'node:path';
import { loadAsset } from './assets.js';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/**
 * An image as a data URI, so the page stands alone: only files inside one of `assetDirs` (the
 * templates and input folders) are read, and inline raster data URIs pass; anything else is null.
 */
export async function imageDataUri(url: string, assetDirs: string[]): Promise<string | null> {
  const u = url.trim();
  if (/^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/i.test(u)) return u;
  const found = loadAsset(u, assetDirs);
  if (typeof found === 'string') return null;
  const type = TYPES[extname(found.file).toLowerCase()];
  return type ? `data:${type};base64,${found.data.toString('base64')}` : null;
}
