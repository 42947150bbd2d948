import { randomBytes } from 'node:crypto';
import { unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subsetFace } from '../docx/subset.js';
import type { FontFace } from '../fonts.js';

/** Name records kept besides IDs 0–6: the typographic family (16) and style (17) that resvg matches faces by. */
const NAME_IDS = [16, 17];

/** Where this process puts the fonts of the chart it is drawing; a worker thread's own prefix keeps them apart. */
export const FONT_FILE_PREFIX = `jianbao-chart-font-${process.pid}-`;

/**
 * Calls `use` with font files holding only `text`'s glyphs of each face, and deletes them afterwards.
 * resvg takes fonts only as files and parses every file it is given: a 10 MB CJK face took it some
 * 150 ms a chart, a subset of the chart's few dozen characters well under one.
 */
export function withSubsetFontFiles<T>(faces: { face: FontFace; text: string }[], use: (files: string[]) => T): T {
  const files: string[] = [];
  try {
    for (const { face, text } of faces) {
      const file = join(tmpdir(), `${FONT_FILE_PREFIX}${randomBytes(6).toString('hex')}.ttf`);
      writeFileSync(file, subsetFace(face, text, { nameIds: NAME_IDS }), { flag: 'wx' });
      files.push(file);
    }
    return use(files);
  } finally {
    for (const file of files) unlinkSync(file);
  }
}
