import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { context, hasCommand, SAMPLE, write } from './_docx.js';

/** Where the pages are rendered for a person to look at. */
const PAGES = '/tmp/docx-pages';
const tools = ['soffice', 'pdffonts', 'pdftotext', 'pdftoppm'];

/**
 * The Word file opened by LibreOffice on a machine with no Chinese fonts at all (only DejaVu, as
 * /work/shared/tools/check-output sets it up): the text must still come out in the embedded faces.
 */
describe.skipIf(!tools.every(hasCommand))('the DOCX on a computer without Chinese fonts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));
  let fonts: string[];
  let text: string;

  beforeAll(async () => {
    const docx = await write(SAMPLE, context({ layout: { headingPages: [2, 2, 2, 3, 3, 5, 6] } }));
    writeFileSync(join(dir, 'briefing.docx'), docx.bytes);
    mkdirSync(join(dir, 'fc'));
    writeFileSync(
      join(dir, 'fc', 'fonts.conf'),
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/fc/cache</cachedir></fontconfig>`,
    );
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'briefing.docx'),
      ],
      { env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fc', 'fonts.conf') }, stdio: 'ignore', timeout: 120_000 },
    );
    const pdf = join(dir, 'briefing.pdf');
    fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    rmSync(PAGES, { recursive: true, force: true });
    mkdirSync(PAGES, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(PAGES, 'page')]);
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws every piece of text in the faces embedded in the file', () => {
    expect(new Set(fonts)).toEqual(new Set(['FandolFang', 'FandolKai', 'NotoSansSC', 'NotoSerifSCBold']));
  });

  it('keeps the Chinese text readable and in order', () => {
    const flat = text.replace(/\s+/g, '');
    for (const s of [
      '区域观察简报',
      '北辰区一季度经济运行稳中有进',
      '按语：今年以来',
      '一、经济运行总体平稳',
      '双街镇冷链物流中心',
      '报：区委、区人大',
      '（共印30份）',
    ]) {
      expect(flat).toContain(s);
    }
    expect((text.match(/\p{Script=Han}/gu) ?? []).length).toBeGreaterThan(1500);
  });

  it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
    const lines = text.split('\n');
    expect(lines.filter((l) => /^[，。、；：？！”’）》】]/.test(l))).toEqual([]);
    expect(lines.filter((l) => /[“‘（《【]$/.test(l))).toEqual([]);
  });

  it('lays the briefing out on a handful of pages, each with its page number', () => {
    const pages = readdirSync(PAGES).filter((f) => f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeLessThanOrEqual(8);
    for (let n = 1; n <= pages.length; n++) expect(text).toMatch(new RegExp(`—\\s*${n}\\s*—`));
  });
});
