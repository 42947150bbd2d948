import * as fontkit from 'fontkit';
import { edit, type DocxParts } from './deterministic.js';
import type { EmbeddedFont } from './embed.js';

/**
 * What docx 9 cannot say, added to its XML: Chinese line breaking (kinsoku) and automatic spacing
 * between Chinese and Latin text or digits as the default of every paragraph, Word told the embedded
 * fonts are subsets, and each embedded font's real Unicode and code-page coverage.
 */
export function patchParts(parts: DocxParts, fonts: EmbeddedFont[]): void {
  edit(parts, 'word/styles.xml', (xml) =>
    // In CT_PPrBase order, before w:spacing (the only child docx writes here). Paragraph snapToGrid off:
    // Word reads it for the line grid only (exact spacing ignores that anyway) and keeps its character
    // grid; LibreOffice would otherwise give every 三号 character two grid cells of 15.8 pt.
    xml.replace(/<w:pPrDefault><w:pPr>/, '$&<w:kinsoku/><w:overflowPunct/><w:autoSpaceDE/><w:autoSpaceDN/><w:snapToGrid w:val="0"/>'),
  );
  if (fonts.length > 0) {
    edit(parts, 'word/settings.xml', (xml) => xml.replace('<w:embedTrueTypeFonts/>', '<w:embedTrueTypeFonts/><w:saveSubsetFonts/>'));
  }
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
  const os2 = (fontkit.create(data) as fontkit.Font)['OS/2'] as unknown as { ulCharRange?: number[]; codePageRange?: number[] };
  const hex = (n: number | undefined) => ((n ?? 0) >>> 0).toString(16).toUpperCase().padStart(8, '0');
  const u = os2.ulCharRange ?? [];
  const c = os2.codePageRange ?? [];
  return `<w:sig w:usb0="${hex(u[0])}" w:usb1="${hex(u[1])}" w:usb2="${hex(u[2])}" w:usb3="${hex(u[3])}" w:csb0="${hex(c[0])}" w:csb1="${hex(c[1])}"/>`;
}
