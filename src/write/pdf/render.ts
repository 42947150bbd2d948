import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { FontFace } from '../fonts.js';
import type { WriteContext } from '../types.js';
import { FONT_KEY_PREFIX, fontDictionary } from './fonts.js';
import { isInside } from '../assets.js';

/**
 * The PDF's bytes. pdfmake is one object per process: its fonts and access policies are set just
 * before createPdf, which takes them synchronously, so documents written concurrently do not mix.
 * No network, ever; local files only from the font and asset folders (fonts come from memory).
 */
export async function renderPdf(definition: TDocumentDefinitions, faces: FontFace[], ctx: WriteContext): Promise<Uint8Array> {
  // Real paths, as findAsset resolves pictures to real paths.
  const allowed = [...ctx.fonts.dirs, ...ctx.assetDirs].map((d) => (existsSync(d) ? realpathSync(d) : resolve(d)));
  const singleton = pdfmake as unknown as Record<'fonts' | 'urlAccessPolicy' | 'localAccessPolicy', unknown>;
  const before = { fonts: singleton.fonts, urlAccessPolicy: singleton.urlAccessPolicy, localAccessPolicy: singleton.localAccessPolicy };
  pdfmake.setFonts(fontDictionary(faces));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_KEY_PREFIX) || allowed.some((dir) => isInside(resolve(path), dir)));
  let pdf: ReturnType<typeof pdfmake.createPdf>;
  try {
    pdf = pdfmake.createPdf(definition);
  } finally {
    Object.assign(singleton, before); // leave pdfmake as other code in the process set it
  }
  const buffer = await pdf.getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
