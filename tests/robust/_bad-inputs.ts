import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { docxOf, pdfOf } from '../read/_fixtures.js';
import { CALL_FOR_CONTRIBUTIONS, HEXI, NANKAI } from './_articles.js';

/** One bad input as a user would drop it into input/: its name, how to make it, what jianbao says. */
export interface BadInput {
  case: string;
  name: string;
  code: string;
  /** The line the diagnostic points to, where the problem has one. */
  line?: number;
  /** The reason, in plain words, that the message must contain. */
  reason: RegExp;
  /** Whether the file still gives an article (its damage is named, the rest of it is kept). */
  keepsArticle?: boolean;
  write: (file: string) => Promise<void> | void;
}

const utf8 = (lines: string[]) => Buffer.from(lines.join('\n') + '\n');

/** Bytes no text encoding makes: a seeded pseudo-random blob with NULs, no known signature. */
function binaryBlob(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = i % 7 === 0 ? 0 : x & 0xff;
  }
  return out;
}

/** UTF-8 with two bytes that are never valid UTF-8 in the middle of line 3. */
function invalidUtf8(): Buffer {
  const lines = HEXI.map((l) => Buffer.from(l));
  const third = Buffer.from(HEXI[2]!);
  const cut = Buffer.from(HEXI[2]!.slice(0, 20)).length;
  lines[2] = Buffer.concat([third.subarray(0, cut), Buffer.from([0xff, 0xc0]), third.subarray(cut)]);
  return Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
}

/** GBK text whose download stopped in the middle of its last character. */
function truncatedGbk(): Buffer {
  const full = iconv.encode(NANKAI.join('\n'), 'gbk');
  return full.subarray(0, full.length - 1);
}

/** About `mb` MB of repeated article lines, written in chunks: no 100 MB string in memory. */
function writeLargeText(file: string, mb: number): void {
  const line = Buffer.from(`${HEXI[1]}\n`);
  const chunk = Buffer.concat(Array<Buffer>(Math.ceil((1024 * 1024) / line.length)).fill(line));
  const fd = openSync(file, 'w');
  try {
    for (let written = 0; written < mb * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

function deeplyNestedHtml(depth: number): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${HEXI[0]}</title></head><body>${'<div>'.repeat(depth)}<p>${HEXI[1]}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** What Word writes for a document with a password: an OLE compound file around the encrypted package. */
function encryptedDocx(): Uint8Array {
  const ole = new Uint8Array(8192);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ole.set(Buffer.from('EncryptionInfo\0\0EncryptedPackage\0\0\u0006DataSpaces', 'utf16le'), 1024);
  return ole;
}

/**
 * A .docx whose document.xml unpacks to `mb` MB of zeros from a few hundred KB: deflate pieces of
 * 1 MB each, sync-flushed so they can be repeated, then a final empty block. Quick to make.
 */
export function zipBomb(mb: number, lieAboutSize = false): Uint8Array {
  const piece = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array<Buffer>(mb).fill(piece), Buffer.from([0x03, 0x00])]);
  const name = Buffer.from('word/document.xml');
  const size = lieAboutSize ? 4096 : mb * 1024 * 1024;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const article = { title: HEXI[0]!, header: '来源：河西区融媒体中心', paragraphs: HEXI.slice(1) };

/** A PDF whose body objects were overwritten (a disk or transfer error): header and trailer intact. */
async function corruptPdf(): Promise<Uint8Array> {
  const pdf = await pdfOf({ content: HEXI.map((text) => ({ text })) });
  const out = new Uint8Array(pdf);
  out.fill(0x3f, 16, out.length - 16);
  return out;
}

/** Every bad case of issue 7, one file each. `big` adds the 100 MB file (slow to write, so optional). */
export function badInputs({ big = true } = {}): BadInput[] {
  const cases: BadInput[] = [
    { case: 'a binary file named .txt', name: '现场照片.txt', code: 'READ_BINARY', reason: /binary data, not text/, write: (f) => writeFileSync(f, binaryBlob(4096)) },
    { case: 'an empty file', name: 'a..b.txt', code: 'READ_EMPTY', reason: /the file is empty/, write: (f) => writeFileSync(f, '') },
    { case: 'a file with no article in it', name: '名 字.txt', code: 'SEGMENT_NO_ARTICLE', line: 1, reason: /no article found/, write: (f) => writeFileSync(f, utf8(CALL_FOR_CONTRIBUTIONS)) },
    { case: 'invalid UTF-8', name: '🚀 news.txt', code: 'READ_INVALID_BYTES', line: 3, reason: /not valid UTF-8/, keepsArticle: true, write: (f) => writeFileSync(f, invalidUtf8()) },
    { case: 'truncated GBK', name: '南开区 科创.txt', code: 'READ_TRUNCATED', line: 3, reason: /ends in the middle of a character/, keepsArticle: true, write: (f) => writeFileSync(f, truncatedGbk()) },
    { case: 'deeply nested HTML', name: 'nested.html', code: 'READ_NESTING', line: 1, reason: /nests its elements more than \d+ deep/, write: (f) => writeFileSync(f, deeplyNestedHtml(20_000)) },
    { case: 'a corrupt DOCX', name: 'cut short.docx', code: 'READ_CORRUPT', reason: /Word file is damaged/, write: async (f) => writeFileSync(f, (await docxOf(article)).subarray(0, 2500)) },
    { case: 'a password-protected DOCX', name: 'locked.docx', code: 'READ_ENCRYPTED', reason: /protected by a password/, write: (f) => writeFileSync(f, encryptedDocx()) },
    { case: 'a corrupt PDF', name: 'damaged.pdf', code: 'READ_CORRUPT', reason: /PDF is damaged/, write: async (f) => writeFileSync(f, await corruptPdf()) },
    { case: 'a password-protected PDF', name: 'locked.pdf', code: 'READ_ENCRYPTED', reason: /protected by a password/, write: async (f) => writeFileSync(f, await pdfOf({ userPassword: 'hexi2024', ownerPassword: 'owner', content: HEXI })) },
    { case: 'a zip bomb named .docx', name: 'bomb.docx', code: 'READ_ZIP_BOMB', reason: /unpacks to more than \d+ MB/, write: (f) => writeFileSync(f, zipBomb(256)) },
  ];
  if (big) cases.push({ case: 'a 100 MB text file', name: 'huge.txt', code: 'READ_TOO_LARGE', reason: /over the limit/, write: (f) => writeLargeText(f, 100) });
  return cases;
}

/** Writes the cases into `dir`; returns them. */
export async function writeBadInputs(dir: string, cases: BadInput[]): Promise<BadInput[]> {
  for (const c of cases) await c.write(join(dir, c.name));
  return cases;
}
