import { edit, type DocxParts } from './deterministic.js';
import type { EmbeddedFont } from './embed.js';
import { kinsokuSettings } from './kinsoku.js';

/**
 * What docx 9 cannot say, added to its XML: widow and orphan control, Chinese line breaking (kinsoku,
 * with the lists of marks that may not start or end a line) and automatic spacing between Chinese and
 * Latin text or digits as the default of every paragraph, Word told the embedded fonts are subsets,
 * and each embedded font's real Unicode and code-page coverage.
 */
export function patchParts(parts: DocxParts, fonts: EmbeddedFont[]): void {
  edit(parts, 'word/styles.xml', (xml) =>
    // In CT_PPrBase order, before w:spacing (the only child docx writes here). Paragraph snapToGrid off:
    // Word reads it for the line grid only (exact spacing ignores that anyway) and keeps its character
    // grid; LibreOffice would otherwise give every 三号 character two grid cells of 15.8 pt.
    xml.replace(
      /<w:pPrDefault><w:pPr>/,
      '$&<w:widowControl/><w:kinsoku/><w:overflowPunct/><w:autoSpaceDE/><w:autoSpaceDN/><w:snapToGrid w:val="0"/>',
    ),
  );
  edit(parts, 'word/settings.xml', (xml) => {
    const subset = fonts.length > 0 ? xml.replace('<w:embedTrueTypeFonts/>', '<w:embedTrueTypeFonts/><w:saveSubsetFonts/>') : xml;
    // CT_Settings puts the kinsoku lists after evenAndOddHeaders and before compat.
    const at = subset.includes('<w:compat>') ? '<w:compat>' : '</w:settings>';
    return subset.replace(at, kinsokuSettings() + at);
  });
  const signatures = new Map(fonts.map((f) => [f.name, fontSignature(f.data)]));
  edit(parts, 'word/fontTable.xml', (xml) =>
    xml.replace(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g, (font, name: string, body: string) => {
      const sig = signatures.get(name);
      return sig ? `<w:font w:name="${name}">${body.replace(/<w:sig [^>]*\/>/, sig)}</w:font>` : font;
    }),
  );
}

/** w:sig from the font's OS/2 table, so Word knows the font covers Chinese (docx writes a Latin-only one). */
function fontSignature(data: Buffer): string {
  const os2 = tableOffset(data, 'OS/2');
  // ulUnicodeRange1–4 at 42, ulCodePageRange1–2 at 78 (OS/2 version 1 and later).
  const u = (i: number) => (os2 === undefined ? 0 : data.readUInt32BE(os2 + 42 + i * 4));
  const c = (i: number) => (os2 === undefined || data.readUInt16BE(os2) < 1 ? 0 : data.readUInt32BE(os2 + 78 + i * 4));
  const hex = (n: number) => (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
  return `<w:sig w:usb0="${hex(u(0))}" w:usb1="${hex(u(1))}" w:usb2="${hex(u(2))}" w:usb3="${hex(u(3))}" w:csb0="${hex(c(0))}" w:csb1="${hex(c(1))}"/>`;
}

/** Where a table starts in an sfnt, from its table directory. */
function tableOffset(font: Buffer, tag: string): number | undefined {
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    if (font.toString('latin1', at, at + 4) === tag) return font.readUInt32BE(at + 8);
  }
  return undefined;
}
