import { constants, deflateRawSync } from 'node:zlib';
import type { FontFace } from '../fonts.js';
import type { TrueTypeSubset } from './subset.js';

/**
 * A subset font file as a zlib stream (PDF's FlateDecode) in which every glyph is compressed once
 * per process. A CJK subset is most of a PDF's bytes, and deflating it whole for every document
 * costs more than laying out its pages. Each glyph's bytes are deflated on their own and ended
 * with a full flush, which empties the compressor's state and aligns to a byte: such pieces can be
 * concatenated in any order into one valid stream (RFC 1951 §3.2.3, RFC 1950). The tables around
 * the glyphs (directory, metrics, offsets) are deflated per document. The file is some 20 per cent
 * larger than one deflated whole, and costs next to nothing to write.
 */
export function deflatedSubset(subset: TrueTypeSubset): Uint8Array {
  const { bytes, glyphs } = subset.file();
  const parts: Uint8Array[] = [ZLIB_HEADER];
  let at = 0;
  for (const g of glyphs) {
    if (g.gid === null || g.end === g.start) continue; // composite glyphs (their ids are the subset's) go with the bytes around them
    if (g.start > at) parts.push(piece(bytes.subarray(at, g.start), 1));
    parts.push(glyphPiece(subset.face, g.gid, bytes.subarray(g.start, g.end)));
    at = g.end;
  }
  if (at < bytes.length) parts.push(piece(bytes.subarray(at), 1));
  parts.push(FINAL_EMPTY_BLOCK, adler32(bytes));
  return Buffer.concat(parts);
}

/** Deflate, 32 KiB window, level "fastest" in the header's advisory bits ((0x78 << 8 | 0x01) % 31 === 0). */
const ZLIB_HEADER = Uint8Array.of(0x78, 0x01);
/** A final block with fixed Huffman codes holding only its end code: it ends the stream. */
const FINAL_EMPTY_BLOCK = Uint8Array.of(0x03, 0x00);

const glyphPieces = new WeakMap<FontFace, Map<number, Uint8Array>>();

function glyphPiece(face: FontFace, gid: number, bytes: Uint8Array): Uint8Array {
  let perFace = glyphPieces.get(face);
  if (!perFace) glyphPieces.set(face, (perFace = new Map()));
  let deflated = perFace.get(gid);
  // Copied out: zlib's result is a view of a 16 KiB buffer, which the cache would otherwise keep whole.
  if (!deflated) perFace.set(gid, (deflated = new Uint8Array(piece(bytes, 9))));
  return deflated;
}

function piece(bytes: Uint8Array, level: number): Uint8Array {
  return deflateRawSync(bytes, { level, finishFlush: constants.Z_FULL_FLUSH });
}

function adler32(bytes: Uint8Array): Uint8Array {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before b must be reduced (zlib's NMAX).
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, ((b << 16) | a) >>> 0);
  return out;
}
