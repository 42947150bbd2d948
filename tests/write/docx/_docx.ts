import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import * as fontkit from 'fontkit';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import type { StageDiagnostic } from '../../../src/model/diagnostic.js';
import { writeDocx } from '../../../src/write/docx.js';
import { obfuscate } from '../../../src/write/docx/deterministic.js';
import { FontSet } from '../../../src/write/fonts.js';
import { DEFAULT_THEME } from '../../../src/write/theme.js';
import type { WriteContext } from '../../../src/write/types.js';

export const SAMPLE = readFileSync(fileURLToPath(new URL('../../fixtures/docx/sample-briefing.md', import.meta.url)), 'utf8');

export function parse(md: string) {
  return fromMarkdown(md, { extensions: [gfm(), directive()], mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()] });
}

export function context(over: Partial<WriteContext> = {}): WriteContext & { diagnostics: StageDiagnostic[] } {
  const diagnostics: StageDiagnostic[] = [];
  return {
    theme: DEFAULT_THEME,
    fonts: new FontSet(),
    meta: {
      title: '区域观察简报',
      subject: '北辰区',
      author: '北辰区委宣传部',
      keywords: ['北辰', '重点项目'],
      date: new Date('2023-04-21T08:00:00Z'),
    },
    assetDirs: [],
    report: (d) => diagnostics.push(d),
    ...over,
    diagnostics,
  };
}

/** A written .docx, unzipped: XML parts as text, the rest as bytes. */
export interface Docx {
  bytes: Uint8Array;
  files: Record<string, Uint8Array>;
  xml(name: string): string;
}

export async function write(md: string, ctx = context()): Promise<Docx & { ctx: typeof ctx }> {
  const bytes = await writeDocx(parse(md), ctx);
  return { ...open(bytes), ctx };
}

export function open(bytes: Uint8Array): Docx {
  const files = unzipSync(bytes);
  return {
    bytes,
    files,
    xml: (name) => {
      const f = files[name];
      if (!f) throw new Error(`no ${name} in the docx`);
      return strFromU8(f);
    },
  };
}

/** The body's paragraphs (w:p elements, table cells' included), each with its text. */
export function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p\b(?:(?!<w:p\b)[\s\S])*?<\/w:p>/g)].map((m) => ({ xml: m[0], text: textOf(m[0]) }));
}

export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** The first paragraph whose text is `text`, or failing that contains it. */
export function paragraphWith(xml: string, text: string): string {
  const all = paragraphs(xml);
  const p = all.find((x) => x.text === text) ?? all.find((x) => x.text.includes(text));
  if (!p) throw new Error(`no paragraph with "${text}"`);
  return p.xml;
}

/** The style definition of a style id in styles.xml. */
export function styleXml(docx: Docx, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(docx.xml('word/styles.xml'));
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}

/** Each embedded font, de-obfuscated with the key fontTable.xml gives for it. */
export function embeddedFonts(docx: Docx): { name: string; file: string; data: Buffer; font: fontkit.Font }[] {
  const table = docx.xml('word/fontTable.xml');
  const rels = docx.xml('word/_rels/fontTable.xml.rels');
  return [...table.matchAll(/<w:font w:name="([^"]+)">[\s\S]*?<w:embedRegular r:id="([^"]+)" w:fontKey="\{([^}]+)\}"\/>/g)].map((m) => {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    const file = `word/${target}`;
    const data = Buffer.from(obfuscate(docx.files[file]!, m[3]!));
    return { name: m[1]!, file, data, font: fontkit.create(data) as fontkit.Font };
  });
}

/**
 * Each run of a story with its text and the family its Chinese text is drawn in: the run's own rFonts,
 * else its character style's, else its paragraph style's (following basedOn), else the document default.
 */
export function drawnRuns(docx: Docx, story: string): { text: string; face: string }[] {
  const styles = docx.xml('word/styles.xml');
  const fallback = /<w:rPrDefault>[\s\S]*?w:eastAsia="([^"]+)"/.exec(styles)?.[1] ?? '';
  const defs = new Map(
    [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)].map((m) => [
      m[1]!,
      { basedOn: /<w:basedOn w:val="([^"]+)"/.exec(m[2]!)?.[1], face: /<w:rPr>[\s\S]*?w:eastAsia="([^"]+)"/.exec(m[2]!)?.[1] },
    ]),
  );
  const styleFace = (id: string | undefined): string | undefined => {
    for (let at = id, depth = 0; at && depth < 10; at = defs.get(at)?.basedOn, depth++) {
      const face = defs.get(at)?.face;
      if (face) return face;
    }
    return undefined;
  };
  return paragraphs(story).flatMap((p) => {
    const paragraphFace = styleFace(/<w:pStyle w:val="([^"]+)"/.exec(p.xml)?.[1] ?? 'Normal') ?? fallback;
    return [...p.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
      text: textOf(r[1]!),
      face: /w:eastAsia="([^"]+)"/.exec(r[1]!)?.[1] ?? styleFace(/<w:rStyle w:val="([^"]+)"/.exec(r[1]!)?.[1]) ?? paragraphFace,
    }));
  });
}

/** The runs of the first paragraph holding `text`, each with the family it is drawn in. */
export function runsOf(docx: Docx, text: string): { text: string; face: string }[] {
  return drawnRuns(docx, paragraphWith(docx.xml('word/document.xml'), text));
}

/** Every character a document's runs draw in a family: body, footnotes, headers and footers. */
export function charsDrawnIn(docx: Docx, family: string): Set<string> {
  const stories = Object.keys(docx.files).filter((f) => /^word\/(document|footnotes|header\d+|footer\d+)\.xml$/.test(f));
  const chars = new Set<string>();
  for (const story of stories) {
    for (const run of drawnRuns(docx, docx.xml(story))) if (run.face === family) for (const ch of run.text) chars.add(ch);
  }
  return chars;
}

/** The tags of a font's tables (glyf for TrueType outlines, CFF  for PostScript ones). */
export function tableTags(font: fontkit.Font): string[] {
  return Object.keys((font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables);
}

export { hasCommand } from '../../helpers/documents.js';
