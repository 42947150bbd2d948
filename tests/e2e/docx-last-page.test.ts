import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { hasCommand } from '../helpers/documents.js';

const INPUT = fileURLToPath(new URL('../../input/', import.meta.url));
const DISTRICTS = ['蓟州区', '东丽区'];

/**
 * The seeds' Word briefings as LibreOffice lays them out without Chinese fonts (as check-output does).
 * The 报尾 is a frame pinned to the foot of the last page; anchored to the last line of text, it used
 * to carry 主题 onto a page of its own, away from its heading and 关键词.
 */
describe.skipIf(!['soffice', 'pdftotext', 'pdfinfo'].every(hasCommand))('the last page of a Word briefing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docx-last-'));
  const pages = new Map<string, string[]>();

  beforeAll(async () => {
    const out = join(dir, 'out');
    await build({ overrides: { input: INPUT, output: out, formats: ['docx'], districts: DISTRICTS, overview: false, workers: 0 } });
    mkdirSync(join(dir, 'fc'));
    writeFileSync(
      join(dir, 'fc', 'fonts.conf'),
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/fc/cache</cachedir></fontconfig>`,
    );
    const files = DISTRICTS.map((d) => join(out, `${d}.docx`));
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fc', 'fonts.conf') },
      stdio: 'ignore',
      timeout: 180_000,
    });
    for (const d of DISTRICTS) {
      const pdf = join(dir, `${d}.pdf`);
      const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      const texts = Array.from({ length: count }, (_, i) =>
        execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
      );
      pages.set(d, texts);
    }
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(DISTRICTS)('%s: keeps 主题 on the page of 关键词, and ends with the 报尾', (district) => {
    const texts = pages.get(district)!;
    const themes = texts.findIndex((t) => t.includes('主题：'));
    expect(themes).toBeGreaterThanOrEqual(0);
    expect(texts[themes]).toContain('关键词：');
    expect(texts.at(-1)).toContain('（共印60份）');
    expect(texts.join('')).toContain('报：市委');
  });
});
