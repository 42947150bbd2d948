import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport, reportJobs } from '../../src/build/render.js';
import { ConfigSchema } from '../../src/config.js';
import { loadTemplateSet } from '../../src/render/templates.js';
import { PT_PER_MM } from '../../src/write/theme.js';
import { sampleBriefing } from '../fixtures/render/briefing.js';

/** Page size and the leftmost text of each page of a PDF, as pdf.js reads them. */
async function pageGeometry(bytes: Uint8Array): Promise<{ width: number; height: number; left: number }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const items = (await page.getTextContent()).items.filter((it) => 'str' in it && it.str.trim() !== '');
    const left = Math.min(...items.map((it) => ('transform' in it ? (it.transform as number[])[4]! : Infinity)));
    pages.push({ width, height, left });
  }
  await doc.destroy();
  return pages;
}

describe('a theme in a template’s front matter', () => {
  let pages: { width: number; height: number; left: number }[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-theme-'));
    mkdirSync(join(dir, 'partials'));
    // Only the district template is copied, with a front matter; its partials come from the defaults.
    writeFileSync(
      join(dir, 'district.md.hbs'),
      '---\ntheme:\n  page: { size: A5, margins: { left: 40 } }\n---\n{{> masthead}}\n\n# {{title}}\n\n{{> figures}}\n\n{{> digest}}\n\n{{> endblock}}\n',
    );
    // The config asks for A3: the template's own front matter comes later in the cascade and wins.
    const config = ConfigSchema.parse({ input: dir, output: dir, templates: dir, formats: ['pdf'], theme: { page: { size: 'A3' } } });
    const b = sampleBriefing();
    const [job] = reportJobs(b, [b.districts[0]!], config);
    const report = await renderReport(job!, loadTemplateSet([dir]), config, new Date('2023-04-21T00:00:00Z'));
    pages = await pageGeometry(report.files.find((f) => f.format === 'pdf')!.bytes);
  }, 60_000);

  it('sets the page size of the written PDF, over the config', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      expect(p.width).toBeCloseTo(148 * PT_PER_MM, 0);
      expect(p.height).toBeCloseTo(210 * PT_PER_MM, 0);
    }
  });

  it('moves the text to the left margin it gives', () => {
    const left = Math.min(...pages.map((p) => p.left));
    expect(left).toBeGreaterThanOrEqual(40 * PT_PER_MM - 1);
    expect(left).toBeLessThan(40 * PT_PER_MM + 8);
  });
});
