import { Inflate, inflateSync } from 'fflate';
import { ReadError } from '../_contract.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const corrupt = (why: string) =>
  new ReadError('READ_CORRUPT', `the Word file is damaged (${why}); open it in Word or WPS and save it again as .docx`);

/** The zip's entries as its central directory lists them, read without unzipping anything. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt('its table of contents is missing, the file may have been cut short');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) [count, offset] = zip64Directory(view, eocd);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== 0x02014b50) throw corrupt('its table of contents is broken');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let p = last; p >= Math.max(0, last - 0xffff); p--) {
    if (view.getUint32(p, true) === 0x06054b50) return p;
  }
  return -1;
}

function zip64Directory(view: DataView, eocd: number): [number, number] {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) throw corrupt('its large-file table of contents is missing');
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== 0x06064b50) throw corrupt('its large-file table of contents is broken');
  return [Number(view.getBigUint64(record + 32, true)), Number(view.getBigUint64(record + 48, true))];
}

/** Sizes too big for 32 bits live in the zip64 extra field, in a fixed order. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        const value = q + 8 <= p + 4 + size ? Number(view.getBigUint64(q, true)) : 0;
        q += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
    }
    p += 4 + size;
  }
}

/** The compressed bytes of one entry, found through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) throw corrupt(`the part ${entry.name} is missing`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt(`the part ${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

const bomb = (limit: number) =>
  new ReadError('READ_ZIP_BOMB', `the Word file unpacks to more than ${Math.round(limit / 1024 / 1024)} MB, which no article needs; it may be a zip bomb, so it was not opened`);

/**
 * Refuses archives that unpack to more than `limit` bytes: first by the sizes the directory
 * declares, then by inflating every entry and counting, since declared sizes can lie.
 */
export function assertZipWithinLimit(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number): void {
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limit) throw bomb(limit);
  let produced = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw new ReadError('READ_ENCRYPTED', 'the Word file is protected by a password; remove the password in Word (File → Info → Protect Document) and save it again');
    const data = entryData(bytes, entry);
    if (entry.method === 0) {
      produced += data.length;
    } else if (entry.method === 8) {
      const inflater = new Inflate((chunk) => {
        produced += chunk.length;
        if (produced > limit) throw bomb(limit);
      });
      try {
        inflater.push(data, true);
      } catch (error) {
        if (error instanceof ReadError) throw error;
        throw corrupt(`the part ${entry.name} cannot be unpacked`);
      }
    } else {
      throw corrupt(`the part ${entry.name} uses an unknown compression method`);
    }
    if (produced > limit) throw bomb(limit);
  }
}

/** One entry's bytes, or null when the archive has no such entry. */
export function readZipEntry(bytes: Uint8Array, entries: readonly ZipEntry[], name: string): Uint8Array | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  const data = entryData(bytes, entry);
  return entry.method === 0 ? data : inflateSync(data);
}
