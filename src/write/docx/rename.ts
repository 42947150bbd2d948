/**
 * Word and LibreOffice know an embedded font by the family name inside it, and runs must name it
 * without spaces (face.family). A font whose own name has spaces (LXGW WenKai …) is renamed in its
 * `name` table so the two agree. Only the name records change; the outlines are copied as they are.
 */

/** Family (1), full name (4), PostScript name (6), typographic family (16). */
const RENAMED = new Set([1, 4, 6, 16]);

export function renameFamily(font: Buffer, family: string): Buffer {
  const tables = readDirectory(font);
  const name = tables.find((t) => t.tag === 'name');
  if (!name) return font;
  const renamed = rebuildNameTable(font.subarray(name.offset, name.offset + name.length), family);
  return writeFont(
    font,
    tables.map((t) => ({ tag: t.tag, data: t.tag === 'name' ? renamed : font.subarray(t.offset, t.offset + t.length) })),
  );
}

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

function readDirectory(font: Buffer): TableRecord[] {
  const count = font.readUInt16BE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 12 + i * 16;
    return { tag: font.toString('latin1', at, at + 4), offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) };
  });
}

function rebuildNameTable(table: Buffer, family: string): Buffer {
  const count = table.readUInt16BE(2);
  const storage = table.readUInt16BE(4);
  const records: { ids: Buffer; text: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const platform = table.readUInt16BE(at);
    const nameId = table.readUInt16BE(at + 6);
    const length = table.readUInt16BE(at + 8);
    const offset = table.readUInt16BE(at + 10);
    let text = table.subarray(storage + offset, storage + offset + length);
    if (RENAMED.has(nameId)) {
      // Mac Roman records can only hold ASCII; Unicode and Windows records are UTF-16BE.
      if (platform === 1 && !/^[\x20-\x7e]*$/.test(family)) continue;
      text = platform === 1 ? Buffer.from(family, 'latin1') : Buffer.from(family, 'utf16le').swap16();
    }
    records.push({ ids: table.subarray(at, at + 8), text });
  }
  const head = Buffer.alloc(6 + records.length * 12);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(records.length, 2);
  head.writeUInt16BE(head.length, 4);
  let offset = 0;
  records.forEach((r, i) => {
    const at = 6 + i * 12;
    r.ids.copy(head, at);
    head.writeUInt16BE(r.text.length, at + 8);
    head.writeUInt16BE(offset, at + 10);
    offset += r.text.length;
  });
  return Buffer.concat([head, ...records.map((r) => r.text)]);
}

function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** An sfnt from its tables, in the given order, with fresh offsets, checksums and head.checkSumAdjustment. */
function writeFont(original: Buffer, tables: { tag: string; data: Buffer }[]): Buffer {
  const header = Buffer.from(original.subarray(0, 12 + tables.length * 16));
  const pieces: Buffer[] = [];
  let offset = header.length;
  tables.forEach((t, i) => {
    const data = t.tag === 'head' ? Buffer.from(t.data) : t.data;
    if (t.tag === 'head') data.writeUInt32BE(0, 8);
    const at = 12 + i * 16;
    header.write(t.tag, at, 'latin1');
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    const padding = Buffer.alloc((4 - (data.length % 4)) % 4);
    pieces.push(data, padding);
    offset += data.length + padding.length;
  });
  const font = Buffer.concat([header, ...pieces]);
  const headAt = tables.findIndex((t) => t.tag === 'head');
  if (headAt >= 0) font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, header.readUInt32BE(12 + headAt * 16 + 8) + 8);
  return font;
}
