import type { FontFace } from '../fonts.js';

/**
 * A TrueType face's tables read straight from its bytes, and each glyph's bytes and metrics,
 * read once per process: what a subset is built from (subset.ts).
 */
export interface GlyphData {
  bytes: Uint8Array;
  /** For a composite glyph: each component's glyph id and where that id sits in `bytes`. */
  components: { gid: number; at: number }[];
  advance: number;
  bearing: number;
}

export interface SfntTables {
  bytes: Uint8Array;
  view: DataView;
  tables: Map<string, { offset: number; length: number }>;
  loca: Uint32Array;
  numberOfHMetrics: number;
  glyphs: Map<number, GlyphData>;
}

const parsed = new WeakMap<FontFace, SfntTables | null>();

/** The face's tables, or null when it is not a TrueType (glyf) font and fontkit must subset it. */
export function sfntOf(face: FontFace): SfntTables | null {
  if (parsed.has(face)) return parsed.get(face)!;
  const bytes = new Uint8Array(face.bytes.buffer, face.bytes.byteOffset, face.bytes.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const head = tables.get('head');
  const loca = tables.get('loca');
  const hhea = tables.get('hhea');
  if (!head || !loca || !tables.has('glyf') || !hhea || !tables.has('hmtx') || !tables.has('maxp')) {
    parsed.set(face, null);
    return null;
  }
  const long = view.getInt16(head.offset + 50) === 1;
  const n = long ? loca.length / 4 : loca.length / 2;
  const offsets = new Uint32Array(n);
  for (let i = 0; i < n; i++) offsets[i] = long ? view.getUint32(loca.offset + 4 * i) : view.getUint16(loca.offset + 2 * i) * 2;
  const sfnt = { bytes, view, tables, loca: offsets, numberOfHMetrics: view.getUint16(hhea.offset + 34), glyphs: new Map() };
  parsed.set(face, sfnt);
  return sfnt;
}

const ARG_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;

export function glyphData(sfnt: SfntTables, gid: number): GlyphData {
  let data = sfnt.glyphs.get(gid);
  if (data) return data;
  const glyf = sfnt.tables.get('glyf')!;
  const start = gid + 1 < sfnt.loca.length ? sfnt.loca[gid]! : 0;
  const end = gid + 1 < sfnt.loca.length ? sfnt.loca[gid + 1]! : 0;
  const bytes = sfnt.bytes.slice(glyf.offset + start, glyf.offset + end);
  const components: GlyphData['components'] = [];
  if (bytes.length >= 10 && new DataView(bytes.buffer).getInt16(0) < 0) {
    const v = new DataView(bytes.buffer);
    for (let at = 10, flags = MORE_COMPONENTS; flags & MORE_COMPONENTS && at + 4 <= bytes.length; ) {
      flags = v.getUint16(at);
      components.push({ gid: v.getUint16(at + 2), at: at + 2 });
      at += 4 + (flags & ARG_WORDS ? 4 : 2) + (flags & HAVE_SCALE ? 2 : flags & HAVE_XY_SCALE ? 4 : flags & HAVE_2X2 ? 8 : 0);
    }
  }
  const hmtx = sfnt.tables.get('hmtx')!.offset;
  const m = Math.min(gid, sfnt.numberOfHMetrics - 1);
  const advance = sfnt.view.getUint16(hmtx + 4 * m);
  const bearing = gid < sfnt.numberOfHMetrics ? sfnt.view.getInt16(hmtx + 4 * gid + 2) : sfnt.view.getInt16(hmtx + 4 * sfnt.numberOfHMetrics + 2 * (gid - sfnt.numberOfHMetrics));
  data = { bytes, components, advance, bearing };
  sfnt.glyphs.set(gid, data);
  return data;
}

export function tableCopy(sfnt: SfntTables, tag: string): Uint8Array | null {
  const t = sfnt.tables.get(tag);
  return t ? sfnt.bytes.slice(t.offset, t.offset + t.length) : null;
}
