/** How a byte stream fits a multi-byte encoding's structure. */
export interface ByteScan {
  /** Offsets of bytes that start no valid character (each is dropped). */
  invalid: number[];
  /** Offset where an incomplete last character starts, or null when the file ends cleanly. */
  truncatedAt: number | null;
  /** Characters of more than one byte that were well formed. */
  multibyte: number;
}

export type Scheme = 'utf-8' | 'gb18030' | 'big5';

const inRange = (b: number | undefined, lo: number, hi: number): boolean => b !== undefined && b >= lo && b <= hi;

/** Length of the UTF-8 sequence at i: >0 valid, 0 invalid, -1 cut off by the end of the file. */
function utf8At(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (inRange(b, 0xc2, 0xdf)) need = 1;
  else if (b === 0xe0) [need, lo] = [2, 0xa0];
  else if (b === 0xed) [need, hi] = [2, 0x9f];
  else if (inRange(b, 0xe1, 0xef)) need = 2;
  else if (b === 0xf0) [need, lo] = [3, 0x90];
  else if (b === 0xf4) [need, hi] = [3, 0x8f];
  else if (inRange(b, 0xf1, 0xf3)) need = 3;
  else return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined) return -1;
    if (!inRange(c, k === 1 ? lo : 0x80, k === 1 ? hi : 0xbf)) return 0;
  }
  return need + 1;
}

/** GB18030: ASCII, two-byte (81–FE, 40–7E|80–FE) or four-byte (81–FE, 30–39, 81–FE, 30–39). */
function gb18030At(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  if (!inRange(b, 0x81, 0xfe)) return 0;
  const c = bytes[i + 1];
  if (c === undefined) return -1;
  if (inRange(c, 0x40, 0x7e) || inRange(c, 0x80, 0xfe)) return 2;
  if (!inRange(c, 0x30, 0x39)) return 0;
  const d = bytes[i + 2];
  const e = bytes[i + 3];
  if (d === undefined || (e === undefined && inRange(d, 0x81, 0xfe))) return -1;
  return inRange(d, 0x81, 0xfe) && inRange(e, 0x30, 0x39) ? 4 : 0;
}

/** Big5 (with HKSCS lead bytes): 81–FE followed by 40–7E or A1–FE. */
function big5At(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  if (!inRange(b, 0x81, 0xfe)) return 0;
  const c = bytes[i + 1];
  if (c === undefined) return -1;
  return inRange(c, 0x40, 0x7e) || inRange(c, 0xa1, 0xfe) ? 2 : 0;
}

const AT: Record<Scheme, (bytes: Uint8Array, i: number) => number> = {
  'utf-8': utf8At,
  gb18030: gb18030At,
  big5: big5At,
};

export function scanBytes(bytes: Uint8Array, scheme: Scheme): ByteScan {
  const at = AT[scheme];
  const invalid: number[] = [];
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = at(bytes, i);
    if (n === -1) return { invalid, truncatedAt: i, multibyte };
    if (n === 0) {
      invalid.push(i);
      i++;
      continue;
    }
    if (n > 1) multibyte++;
    i += n;
  }
  return { invalid, truncatedAt: null, multibyte };
}

/** The bytes without the invalid ones and without an incomplete last character. */
export function cleanBytes(bytes: Uint8Array, scan: ByteScan): Uint8Array {
  const end = scan.truncatedAt ?? bytes.length;
  if (scan.invalid.length === 0) return bytes.subarray(0, end);
  const out = new Uint8Array(end - scan.invalid.length);
  let o = 0;
  let next = 0;
  for (let i = 0; i < end; i++) {
    if (scan.invalid[next] === i) {
      next++;
      continue;
    }
    out[o++] = bytes[i]!;
  }
  return out.subarray(0, o);
}

/** 1-based line of each byte offset (line feeds are single bytes in every scheme here). */
export function linesOfOffsets(bytes: Uint8Array, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let pos = 0;
  for (const offset of offsets) {
    for (; pos < offset; pos++) if (bytes[pos] === 0x0a) line++;
    lines.push(line);
  }
  return lines;
}
