import { existsSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { type FontFace, FontSet } from '../../../src/write/fonts.js';
import { deflatedSubset } from '../../../src/write/pdf/deflate.js';
import { trueTypeSubset } from '../../../src/write/pdf/subset.js';

const DEJAVU = '/usr/share/fonts/truetype/dejavu';

/** The subset's font file as a PDF reader inflates and opens it, and the face's glyph id for each subset id. */
function embed(face: FontFace, text: string): { font: fontkit.Font; original: number[] } {
  const subset = trueTypeSubset(face)!;
  const original = [0];
  for (const ch of text) {
    const id = face.font.glyphForCodePoint(ch.codePointAt(0)!).id;
    if (subset.includeGlyph(id) === original.length) original.push(id);
  }
  // inflateSync checks the stream's Adler-32 as well as its blocks.
  const bytes = inflateSync(deflatedSubset(subset));
  return { font: fontkit.create(bytes) as fontkit.Font, original };
}

function outline(font: fontkit.Font, id: number): string {
  return font.getGlyph(id).path.toSVG();
}

describe('embedded font subsets', () => {
  const fonts = new FontSet();

  it.each([
    ['仿宋 body text with figures', 'FandolFang-Regular', '全区实现地区生产总值186.4亿元，同比增长5.2%。GDP'],
    ['黑体 headings', 'NotoSansSC-Regular', '一、总体运行情况（一）重点项目'],
    ['the 小标宋 title face', 'NotoSerifSC-Bold', '区域观察简报第12期'],
  ])('draw every glyph of %s exactly as the face does', (_, stem, text) => {
    const face = fonts.face(stem);
    const { font, original } = embed(face, text);
    expect(font.numGlyphs).toBe(original.length);
    original.forEach((id, i) => {
      expect(outline(font, i), `glyph ${i}`).toBe(outline(face.font, id));
      expect(font.getGlyph(i).advanceWidth).toBe(face.font.getGlyph(id).advanceWidth);
    });
  });

  it('gives the same bytes for the same glyphs, document after document', () => {
    const face = fonts.face('FandolFang-Regular');
    const once = () => {
      const subset = trueTypeSubset(face)!;
      for (const ch of '简报第一期') subset.includeGlyph(face.font.glyphForCodePoint(ch.codePointAt(0)!).id);
      return Buffer.from(deflatedSubset(subset));
    };
    expect(once().equals(once())).toBe(true);
  });

  describe.skipIf(!existsSync(`${DEJAVU}/DejaVuSans.ttf`))('with a face whose accented letters are built from other glyphs', () => {
    it('takes in the parts of a composite glyph and points it at their new ids', () => {
      const face = new FontSet([DEJAVU]).face('DejaVuSans');
      const { font, original } = embed(face, 'Café Müller');
      // The accents' parts joined the subset after the letters asked for.
      expect(font.numGlyphs).toBeGreaterThan(original.length);
      original.forEach((id, i) => expect(outline(font, i), `glyph ${i}`).toBe(outline(face.font, id)));
    });
  });
});
