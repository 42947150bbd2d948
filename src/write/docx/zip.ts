import { constants, crc32, deflateRawSync, type ZlibOptions } from 'node:zlib';

/** One file of a zip: its path, its bytes, and how to compress them. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** deflate: zlib's default level; huffman: entropy coding only, for data with few repeats; store: as is. */
  compression: 'deflate' | 'huffman' | 'store';
}

const ZLIB: Record<Exclude<ZipEntry['compression'], 'store'>, ZlibOptions> = {
  deflate: { level: 6 },
  huffman: { level: 1, strategy: constants.Z_HUFFMAN_ONLY },
};

/**
 * A zip archive of `entries`, in their order, every entry dated `date` (read as UTC wall-clock time, so the
 * bytes do not depend on the machine's time zone). Written here rather than with a zip library so that
 * each part is compressed as suits it, by node's native zlib: XML tenfold, fonts by a third, pictures not.
 */
export function zipEntries(entries: ZipEntry[], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = entry.compression === 'store' ? entry.data : deflateRawSync(entry.data, ZLIB[entry.compression]);
    // Stored when deflate would not make it smaller.
    const deflated = packed.length < entry.data.length;
    const body = deflated ? packed : entry.data;
    const fields = {
      method: deflated ? 8 : 0,
      time,
      day,
      crc: crc32(entry.data),
      size: body.length,
      original: entry.data.length,
      // Bit 11: the name is UTF-8.
      flags: /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x800,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields, name.length);
    chunks.push(local, name, body);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    writeCommon(record, 6, fields, name.length);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

interface Fields {
  method: number;
  time: number;
  day: number;
  crc: number;
  size: number;
  original: number;
  flags: number;
}

/** The fields local and central headers share, from "version needed" to the extra field's length. */
function writeCommon(buf: Buffer, at: number, f: Fields, nameLength: number): void {
  buf.writeUInt16LE(20, at);
  buf.writeUInt16LE(f.flags, at + 2);
  buf.writeUInt16LE(f.method, at + 4);
  buf.writeUInt16LE(f.time, at + 6);
  buf.writeUInt16LE(f.day, at + 8);
  buf.writeUInt32LE(f.crc >>> 0, at + 10);
  buf.writeUInt32LE(f.size, at + 14);
  buf.writeUInt32LE(f.original, at + 18);
  buf.writeUInt16LE(nameLength, at + 22);
  buf.writeUInt16LE(0, at + 24);
}

/** MS-DOS time and date fields (2-second steps, years from 1980) of a UTC date. */
function dosDateTime(date: Date): { time: number; day: number } {
  const d = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 1)));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    day: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}
