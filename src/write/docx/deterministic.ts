import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { zipEntries, type ZipEntry } from './zip.js';

/** A .docx as its parts: XML and relationships as text, everything else (fonts, pictures) as bytes. */
export type DocxParts = Map<string, string | Uint8Array>;

const TEXT_PART = /\.(xml|rels)$/;

export function unzipDocx(bytes: Uint8Array): DocxParts {
  const parts: DocxParts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts.set(name, TEXT_PART.test(name) ? strFromU8(data) : data);
  return parts;
}

/**
 * The parts zipped in a fixed order ([Content_Types].xml first, as Office writes it) with `date` as every
 * entry's time, so the same document gives the same bytes on any machine and in any time zone.
 */
export function zipDocx(parts: DocxParts, date: Date): Uint8Array {
  const names = [...parts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return zipEntries(
    names.map((name) => {
      const data = parts.get(name)!;
      return { name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data, compression: compressionOf(name) };
    }),
    date,
  );
}

/**
 * XML shrinks tenfold at the default level. Glyph outlines shrink by a third at any level and almost all of
 * that is entropy coding: fonts, most of a file's bytes, are Huffman-coded only (twice as fast as level 1,
 * 9% larger). Pictures are compressed already.
 */
function compressionOf(name: string): ZipEntry['compression'] {
  if (/\.odttf$/.test(name)) return 'huffman';
  if (/\.(png|jpe?g|gif)$/i.test(name)) return 'store';
  return 'deflate';
}

function rank(name: string): number {
  return name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2;
}

/** Core properties dated by the build, not by the clock. */
export function setDates(parts: DocxParts, date: Date): void {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  edit(parts, 'docProps/core.xml', (xml) => xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`));
}

/**
 * docx draws relationship ids from nanoid and bookmark and drawing ids from counters shared across
 * documents; renumber them all in document order so that equal trees give equal files.
 */
export function renumberIds(parts: DocxParts): void {
  for (const [name, rels] of [...parts]) {
    if (typeof rels !== 'string' || !name.endsWith('.rels')) continue;
    const owner = name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const map = new Map<string, string>();
    for (const m of rels.matchAll(/Id="([^"]+)"/g)) if (!/^rId\d+$/.test(m[1]!)) map.set(m[1]!, `rIdN${map.size + 1}`);
    if (map.size === 0) continue;
    const swap = (xml: string) => xml.replace(/"([^"]+)"/g, (q, id: string) => (map.has(id) ? `"${map.get(id)}"` : q));
    parts.set(name, swap(rels));
    edit(parts, owner, swap);
  }
  const stories = [...parts.keys()].filter((n) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(n)).sort();
  let bookmark = 0;
  let drawing = 0;
  const bookmarks = new Map<string, number>();
  for (const name of stories) {
    edit(parts, name, (xml) =>
      xml
        .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_m, head: string, id: string) => {
          if (!bookmarks.has(`${name}:${id}`)) bookmarks.set(`${name}:${id}`, ++bookmark);
          return `${head}${bookmarks.get(`${name}:${id}`)}"`;
        })
        .replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)"/g, (_m, head: string) => `${head}${++drawing}"`),
    );
  }
}

/**
 * Embedded fonts are obfuscated with a GUID (ECMA-376 Part 2 §… font embedding); docx picks it at random.
 * Derive it from the font's own bytes instead and obfuscate again, so the key and the file stay matched.
 */
export function deriveFontKeys(parts: DocxParts): void {
  const table = parts.get('word/fontTable.xml');
  const rels = parts.get('word/_rels/fontTable.xml.rels');
  if (typeof table !== 'string' || typeof rels !== 'string') return;
  const targets = new Map(
    [...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="([^"]+)"/g)].map((m) => [m[1] ?? m[4]!, m[2] ?? m[3]!]),
  );
  const fixed = table.replace(/<w:embed(Regular|Bold|Italic|BoldItalic)\b([^>]*)\/>/g, (element, _kind, attrs: string) => {
    const id = /r:id="([^"]+)"/.exec(attrs)?.[1];
    const key = /w:fontKey="\{([^}]+)\}"/.exec(attrs)?.[1];
    const file = id ? `word/${targets.get(id)}` : undefined;
    const data = file ? parts.get(file) : undefined;
    if (!key || !file || !(data instanceof Uint8Array)) return element;
    const font = obfuscate(data, key);
    const guid = guidOf(font);
    parts.set(file, obfuscate(font, guid));
    return element.replace(key, guid);
  });
  parts.set('word/fontTable.xml', fixed);
}

/** A GUID (8-4-4-4-12, upper case) from a hash of the bytes. */
function guidOf(data: Uint8Array): string {
  const h = createHash('sha256').update(data).digest('hex').slice(0, 32).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** XORs the first 32 bytes with the key's bytes in reverse order: obfuscates and de-obfuscates alike. */
export function obfuscate(data: Uint8Array, guid: string): Uint8Array {
  const hex = guid.replace(/[{}-]/g, '');
  const key = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16)).reverse();
  const out = Uint8Array.from(data);
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] = out[i]! ^ key[i % 16]!;
  return out;
}

export function edit(parts: DocxParts, name: string, change: (xml: string) => string): void {
  const xml = parts.get(name);
  if (typeof xml === 'string') parts.set(name, change(xml));
}
