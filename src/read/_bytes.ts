import { ReadError } from './_contract.js';

export type Bom = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** The byte-order mark at the start of the file, if any, and its length. */
export function sniffBom(bytes: Uint8Array): { bom: Bom; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { bom: 'utf-8-bom', length: 3 };
  if (a === 0xff && b === 0xfe) return { bom: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { bom: 'utf-16be', length: 2 };
  return null;
}

// Formats people save by mistake under a text name; bytes that no text file starts with.
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF file', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word .docx)', [0x50, 0x4b, 0x03, 0x04]],
  ['an empty ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['an old Office document (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['a Windows program', [0x4d, 0x5a, 0x90, 0x00]],
  ['a RIFF media file', [0x52, 0x49, 0x46, 0x46]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

/** What kind of binary file this is, by its first bytes. */
function binaryKindOf(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) {
    if (magic.length <= bytes.length && magic.every((m, i) => bytes[i] === m)) return kind;
  }
  return null;
}

/** C0 control bytes other than tab, line feed, form feed and carriage return. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

/**
 * Refuses bytes that are not text in any single-byte-compatible encoding (UTF-8, GB18030, Big5):
 * a known binary signature, or more than a few NUL and control bytes. A stray control byte is kept
 * for the decoder, which removes it with a diagnostic.
 */
export function assertTextBytes(bytes: Uint8Array, what = 'text'): void {
  const kind = binaryKindOf(bytes);
  if (kind) throw new ReadError('READ_BINARY', `the file is ${kind}, not ${what}; give it the right extension or export it as text`);
  const sample = bytes.subarray(0, 64 * 1024);
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (isControlByte(b)) control++;
  }
  if (nul > Math.max(2, sample.length * 0.01) || nul + control > Math.max(8, sample.length * 0.05)) {
    throw new ReadError('READ_BINARY', `the file holds binary data, not ${what}; open it in the program that made it and save it as text`);
  }
}
