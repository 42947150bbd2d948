import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { build, type BuildResult } from '../../src/build.js';

// One generated corpus built twice, in the main thread and on two worker threads (with the tagger
// process): users must get the same files whatever their machine's core count.
let dir: string;
let here: BuildResult;
let threads: BuildResult;
let districts: string[];

const GLYPH_ARTICLE = '北辰区举办𓀀主题展览';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-workers-'));
  const input = join(dir, 'input');
  const corpus = writeCorpus(input, { articles: 24, seed: 5, otherCounties: 0 });
  // A character no bundled font has (an Egyptian hieroglyph), in one article of 北辰区.
  writeFileSync(
    join(input, 'zz_glyph.txt'),
    `${GLYPH_ARTICLE}\n天津北方网讯：5月8日，北辰区北仓镇文化站举办“𓀀”古文字主题展览，展出藏品120件。\n北仓镇相关负责人表示，展览将持续至6月底。\n`,
  );
  districts = ['北辰区', ...Object.entries(corpus.byDistrict).sort((a, b) => b[1] - a[1]).map(([d]) => d).filter((d) => d !== '北辰区').slice(0, 1)];
  const run = (workers: number, output: string) =>
    build({ cwd: dir, overrides: { input, output: join(dir, output), workers, districts, overview: false, index: false } });
  here = await run(0, 'here');
  threads = await run(2, 'threads');
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build on worker threads', () => {
  it('used two threads for parsing and for rendering; the other build used none', () => {
    expect(threads.timings.workers).toEqual({ parse: 2, render: 2 });
    expect(here.timings.workers).toEqual({ parse: 0, render: 0 });
  });

  it('writes byte-identical files: the model, the manifest, every PDF and DOCX', () => {
    const files = readdirSync(join(dir, 'here')).sort();
    expect(readdirSync(join(dir, 'threads')).sort()).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(['briefing.json', ...districts.flatMap((d) => [`${d}.pdf`, `${d}.docx`])]));
    for (const f of files) expect(readFileSync(join(dir, 'threads', f)).equals(readFileSync(join(dir, 'here', f))), f).toBe(true);
  });

  it('reports the same diagnostics, in the same order', () => {
    expect(threads.diagnostics).toEqual(here.diagnostics);
  });

  it('names the article holding a character no font has', () => {
    const missing = threads.diagnostics.filter((d) => d.code === 'RENDER_MISSING_GLYPH');
    expect(missing.length).toBeGreaterThan(0);
    for (const d of missing) expect(d.message).toContain(`《${GLYPH_ARTICLE}》 (zz_glyph.txt:1)`);
  });

  it('times each stage and each report, with the pages of each PDF', () => {
    const t = threads.timings;
    expect(Object.keys(t.stages)).toEqual(['setup', 'parse', 'assemble', 'views', 'render', 'write']);
    expect(t.articles).toBeGreaterThanOrEqual(20);
    expect(t.articlesPerSecond).toBeGreaterThan(0);
    expect(t.reports.map((r) => r.slug)).toEqual(districts);
    for (const r of t.reports) {
      expect(r.formats.pdf!.pages).toBeGreaterThanOrEqual(1);
      expect(r.formats.docx!.bytes).toBeGreaterThan(10_000);
    }
    expect(t.peakRssMb).toBeGreaterThan(50);
  });
});
