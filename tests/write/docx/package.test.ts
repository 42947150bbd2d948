import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { subsetFace } from '../../../src/write/docx/subset.js';
import { zipEntries } from '../../../src/write/docx/zip.js';
import { FontSet } from '../../../src/write/fonts.js';
import { writePdf } from '../../../src/write/pdf.js';
import { context, hasCommand, open, parse, write } from './_docx.js';

/** Each entry of a zip's central directory: name, method (0 stored, 8 deflated), sizes. */
function centralDirectory(zip: Buffer): { name: string; method: number; size: number; original: number }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const out = [];
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    out.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      size: zip.readUInt32LE(at + 20),
      original: zip.readUInt32LE(at + 24),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

const CHART = '```chart\n{"type":"bar","title":"一季度主要指标","unit":"亿元","categories":["地区生产总值","固定资产投资"],"series":[{"name":"本期","values":[286.4,142.7]}]}\n```';

describe('the Word package', () => {
  it('compresses XML and fonts, and stores the chart picture as it is', async () => {
    const { bytes } = await write(`## 一、经济运行\n\n全区经济运行稳中有进。\n\n${CHART}`);
    const entries = centralDirectory(Buffer.from(bytes));
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('word/document.xml')).toMatchObject({ method: 8 });
    expect(byName.get('word/document.xml')!.size).toBeLessThan(byName.get('word/document.xml')!.original / 2);
    const fonts = entries.filter((e) => e.name.endsWith('.odttf'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.size).toBeLessThan(f.original * 0.9);
    const pictures = entries.filter((e) => e.name.startsWith('word/media/'));
    expect(pictures.map((p) => p.method)).toEqual([0]);
  });

  it.skipIf(!hasCommand('unzip'))('is a zip that Info-ZIP reads without a complaint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-zip-'));
    try {
      writeFileSync(join(dir, 'briefing.docx'), (await write(`正文。\n\n${CHART}`)).bytes);
      expect(execFileSync('unzip', ['-t', join(dir, 'briefing.docx')], { encoding: 'utf8' })).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stores a file whose name is not ASCII with the UTF-8 flag', () => {
    const zip = Buffer.from(zipEntries([{ name: 'word/media/图表.png', data: new Uint8Array(8), compression: 'store' }], new Date(0)));
    expect(zip.readUInt16LE(6) & 0x800).toBe(0x800);
    expect(Object.keys(open(zip).files)).toEqual(['word/media/图表.png']);
  });
});

describe('font subsets', () => {
  const face = new FontSet().face('FandolFang-Regular');

  it('holds the characters asked for and no others, and is the same every time', () => {
    const a = subsetFace(face, '北辰区一季度，。');
    const font = fontkit.create(a) as fontkit.Font;
    // U+FFFF is the cmap's end mark.
    const chars = font.characterSet.filter((cp) => cp !== 0xffff).map((cp) => String.fromCodePoint(cp));
    expect(new Set(chars)).toEqual(new Set('北辰区一季度，。'));
    // Another face's subset in between does not change it.
    subsetFace(new FontSet().face('NotoSansSC-Regular'), '黑体');
    expect(subsetFace(face, '北辰区一季度，。').equals(a)).toBe(true);
  });
});

describe('table of contents in a Word file written without a PDF', () => {
  it('numbers its entries with the pages the PDF writer lays the headings out on', async () => {
    const long = Array.from({ length: 30 }, (_, i) => `第${i + 1}段，全区重点项目建设加快推进，各项指标稳中有进。`).join('\n\n');
    const md = `::toc\n\n## 一、总体情况\n\n${long}\n\n## 二、重点工作\n\n正文。`;
    const docx = await write(md, context({ layout: {} }));
    const toc = docx.xml('word/document.xml').match(/<w:pStyle w:val="TOC1"\/>[\s\S]*?<\/w:p>/g)!;
    const pages = toc.map((p) => Number(/PAGEREF[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/.exec(p)?.[1]));
    const pdf = context({ layout: {} });
    await writePdf(parse(md), pdf);
    expect(pages).toEqual(pdf.layout!.headingPages);
    // 30 lines of text push the second heading onto the second page.
    expect(pages).toEqual([1, 2]);
  });
});
