import type { FontFace } from '../fonts.js';
import { glyphData, type SfntTables, sfntOf, tableCopy } from './sfnt.js';

/**
 * TrueType subsets for PDF embedding, built from the font's bytes as they are. fontkit's subsetter
 * decodes every glyph's outline to find composite glyphs, which for a CJK page costs more than
 * laying the page out; here each glyph's bytes, and the components of a composite, are read once
 * per process and a subset is a concatenation. The tables are those PDF needs for a CIDFontType2
 * (ISO 32000 §9.9): head, hhea, maxp, hmtx, loca, glyf and the hinting tables cvt, fpgm, prep.
 */

/** What PDFKit asks of a subset: new glyph ids in order of first use, then the font file. */
export interface GlyphSubset {
  includeGlyph(glyph: number | { id: number }): number;
  encode(): Uint8Array;
}

/** A subset font file, and where in it each glyph's bytes (padded to four) lie. */
export interface SubsetFile {
  bytes: Uint8Array;
  /** The glyphs in file order: [start, end) and, for a simple glyph, its id in the face (its bytes are the face's own). */
  glyphs: { start: number; end: number; gid: number | null }[];
}

export interface TrueTypeSubset extends GlyphSubset {
  face: FontFace;
  file(): SubsetFile;
}

/** A subset of a TrueType face, or null for other faces (fontkit's subsetter handles CFF). */
export function trueTypeSubset(face: FontFace): TrueTypeSubset | null {
  const sfnt = sfntOf(face);
  if (!sfnt) return null;
  const glyphs: number[] = [];
  const mapping = new Map<number, number>();
  const includeGlyph = (glyph: number | { id: number }): number => {
    const gid = typeof glyph === 'number' ? glyph : glyph.id;
    let id = mapping.get(gid);
    if (id === undefined) {
      id = glyphs.length;
      glyphs.push(gid);
      mapping.set(gid, id);
    }
    return id;
  };
  includeGlyph(0);
  const file = () => subsetFile(sfnt, glyphs, includeGlyph);
  return { face, includeGlyph, file, encode: () => file().bytes };
}

function subsetFile(sfnt: SfntTables, glyphs: number[], include: (gid: number) => number): SubsetFile {
  const parts: Uint8Array[] = [];
  const simple: boolean[] = [];
  // Components of composite glyphs join the subset as they are met, so the list may grow.
  for (let i = 0; i < glyphs.length; i++) {
    const data = glyphData(sfnt, glyphs[i]!);
    simple.push(data.components.length === 0);
    if (data.components.length === 0) {
      parts.push(data.bytes);
      continue;
    }
    const copy = data.bytes.slice();
    const v = new DataView(copy.buffer);
    for (const c of data.components) v.setUint16(c.at, include(c.gid));
    parts.push(copy);
  }
  const n = glyphs.length;
  const padded = parts.map((p) => p.length + ((4 - (p.length % 4)) % 4));
  const glyfLength = padded.reduce((a, b) => a + b, 0);
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array(4 * (n + 1));
  const locaView = new DataView(loca.buffer);
  let at = 0;
  const spans: { start: number; end: number; gid: number | null }[] = [];
  parts.forEach((p, i) => {
    locaView.setUint32(4 * i, at);
    glyf.set(p, at);
    spans.push({ start: at, end: at + padded[i]!, gid: simple[i] ? glyphs[i]! : null });
    at += padded[i]!;
  });
  locaView.setUint32(4 * n, at);
  const hmtx = new Uint8Array(4 * n);
  const hmtxView = new DataView(hmtx.buffer);
  glyphs.forEach((gid, i) => {
    const d = glyphData(sfnt, gid);
    hmtxView.setUint16(4 * i, d.advance);
    hmtxView.setInt16(4 * i + 2, d.bearing);
  });
  const head = tableCopy(sfnt, 'head')!;
  const hv = new DataView(head.buffer);
  hv.setUint32(8, 0); // checkSumAdjustment, set below
  hv.setInt16(50, 1); // long loca offsets
  const hhea = tableCopy(sfnt, 'hhea')!;
  new DataView(hhea.buffer).setUint16(34, n);
  const maxp = tableCopy(sfnt, 'maxp')!;
  new DataView(maxp.buffer).setUint16(4, n);
  const tables: [string, Uint8Array][] = [
    ['cvt ', tableCopy(sfnt, 'cvt ')],
    ['fpgm', tableCopy(sfnt, 'fpgm')],
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['prep', tableCopy(sfnt, 'prep')],
  ].filter((t): t is [string, Uint8Array] => t[1] !== null);
  const { bytes, offsets } = sfntFile(tables);
  const glyfAt = offsets.get('glyf')!;
  return { bytes, glyphs: spans.map((g) => ({ ...g, start: g.start + glyfAt, end: g.end + glyfAt })) };
}

/** An sfnt file of these tables (tags in ascending order), with checksums and head's checkSumAdjustment. */
function sfntFile(tables: [string, Uint8Array][]): { bytes: Uint8Array; offsets: Map<string, number> } {
  const offsets = new Map<string, number>();
  const headerLength = 12 + 16 * tables.length;
  const total = tables.reduce((sum, [, t]) => sum + t.length + ((4 - (t.length % 4)) % 4), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(tables.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tables.length);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, 16 * tables.length - 16 * 2 ** entrySelector);
  let offset = headerLength;
  let headOffset = -1;
  tables.forEach(([tag, data], i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    out.set(data, offset);
    view.setUint32(at + 4, checksum(out, offset, data.length));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    if (tag === 'head') headOffset = offset;
    offsets.set(tag, offset);
    offset += data.length + ((4 - (data.length % 4)) % 4);
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return { bytes: out, offsets };
}

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  let sum = 0;
  const end = offset + length;
  for (let i = offset; i < end; i += 4) {
    sum = (sum + (((bytes[i]! << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0)) >>> 0)) >>> 0;
  }
  return sum;
}
