import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import type { StageDiagnostic } from '../../../src/model/diagnostic.js';
import { FontSet } from '../../../src/write/fonts.js';
import { writePdf } from '../../../src/write/pdf.js';
import { resolveTheme, type ThemeOverride } from '../../../src/write/theme.js';
import type { WriteContext } from '../../../src/write/types.js';

export function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm(), directive()], mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()] });
}

export interface Rendered {
  bytes: Uint8Array;
  diagnostics: StageDiagnostic[];
  headingPages: number[] | undefined;
}

export function writeContext(over: { theme?: ThemeOverride; assetDirs?: string[] } = {}): WriteContext & { diagnostics: StageDiagnostic[] } {
  const diagnostics: StageDiagnostic[] = [];
  return {
    theme: resolveTheme(over.theme),
    fonts: new FontSet(),
    meta: { title: '滨河区一季度经济运行情况', author: '滨河区委办公室', subject: '区域观察', keywords: ['经济运行', '重点项目'], date: new Date('2023-05-08T00:00:00Z') },
    assetDirs: over.assetDirs ?? [],
    layout: {},
    report: (d) => diagnostics.push(d),
    diagnostics,
  };
}

export async function renderMarkdown(markdown: string, over: { theme?: ThemeOverride; assetDirs?: string[] } = {}): Promise<Rendered> {
  return renderTree(parse(markdown), over);
}

export async function renderTree(tree: Root, over: { theme?: ThemeOverride; assetDirs?: string[] } = {}): Promise<Rendered> {
  const ctx = writeContext(over);
  const bytes = await writePdf(tree, ctx);
  return { bytes, diagnostics: ctx.diagnostics, headingPages: ctx.layout?.headingPages };
}

export interface TextLine {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  right: number;
  size: number;
}

/**
 * The text of each page as lines, the way a reader sees them: pdf.js items grouped by baseline
 * (a superscript stays on its line), ordered left to right.
 */
export async function pdfLines(bytes: Uint8Array): Promise<TextLine[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: TextLine[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const height = page.view[3]!;
    const items = (await page.getTextContent()).items.flatMap((it) =>
      'str' in it && it.str.trim() !== '' ? [{ str: it.str, x: it.transform[4] as number, y: height - (it.transform[5] as number), w: it.width, size: Math.abs(it.transform[3] as number) }] : [],
    );
    items.sort((a, b) => a.y - b.y || a.x - b.x);
    const lines: { items: typeof items; y: number; size: number }[] = [];
    for (const it of items) {
      const line = lines.find((l) => Math.abs(l.y - it.y) < Math.max(l.size, it.size) * 0.6);
      if (line) {
        line.items.push(it);
        if (it.size > line.size) [line.y, line.size] = [it.y, it.size];
      } else lines.push({ items: [it], y: it.y, size: it.size });
    }
    pages.push(
      lines
        .map((l) => {
          const sorted = l.items.sort((a, b) => a.x - b.x);
          const last = sorted[sorted.length - 1]!;
          return { text: sorted.map((i) => i.str).join(''), x: sorted[0]!.x, y: l.y, right: last.x + last.w, size: l.size };
        })
        .sort((a, b) => a.y - b.y),
    );
  }
  await doc.destroy();
  return pages;
}

/** Text without the spaces extraction puts at Chinese–Latin gaps. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The text drawn in each font (by PostScript name without the subset tag), page after page. */
export async function textByFont(bytes: Uint8Array): Promise<Record<string, string>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, fontExtraProperties: true }).promise;
  const out: Record<string, string> = {};
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const ops = await page.getOperatorList();
    let font = '';
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === pdfjs.OPS.setFont) font = ((page.commonObjs.get(args[0] as string) as { name: string }).name ?? '').replace(/^[A-Z]{6}\+/, '');
      if (fn === pdfjs.OPS.showText) out[font] = (out[font] ?? '') + (args[0] as { unicode?: string }[]).map((g) => g.unicode ?? '').join('');
    });
  }
  await doc.destroy();
  return out;
}
