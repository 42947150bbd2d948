import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PARSE_CACHE_NAME } from '../../src/build/parse-cache.js';
import { build } from '../../src/build.js';
import type { ConfigInput } from '../../src/config.js';
import { writeArticles } from '../cli/_fixtures.js';

// A rebuild parses only the files that changed: the output folder keeps what the last build made of each file.
describe('the parse cache', () => {
  let dir: string;
  const run = (overrides: ConfigInput = {}) =>
    build({ cwd: dir, overrides: { input: join(dir, 'input'), output: join(dir, 'out'), formats: ['html'], workers: 0, ...overrides } });
  const model = () => readFileSync(join(dir, 'out', 'briefing.json'), 'utf8');
  const cachedFiles = () => (JSON.parse(readFileSync(join(dir, 'out', PARSE_CACHE_NAME), 'utf8')) as { files: Record<string, { mtimeMs: number }> }).files;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jianbao-parse-cache-'));
    writeArticles(join(dir, 'input'));
  });

  it('answers for every unchanged file, and the model is the same as when parsed', async () => {
    const first = await run();
    expect(first.timings.cachedFiles).toBe(0);
    const parsed = model();
    const second = await run();
    expect(second.timings.cachedFiles).toBe(3);
    expect(second.timings.articles).toBe(first.timings.articles);
    expect(model()).toBe(parsed);
    expect(second.written).toEqual([]);
  });

  it('gives the same model when a story is printed in two files (copies are merged after parsing)', async () => {
    const story = readFileSync(join(dir, 'input', '武清_签约.txt'), 'utf8');
    writeFileSync(join(dir, 'input', '武清_转载.txt'), story.replace('本报讯（记者 刘洋）', ''));
    const first = await run();
    const copies = first.briefing.articles.flatMap((a) => a.copies.map((c) => c.path));
    expect(copies).toEqual(['武清_转载.txt']);
    const parsed = model();
    const second = await run();
    expect(second.timings.cachedFiles).toBe(4);
    expect(model()).toBe(parsed);
    expect(second.written).toEqual([]);
  });

  it('parses a changed file again and keeps the others', async () => {
    await run();
    const file = join(dir, 'input', '宝坻_春耕.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('小麦25万亩', '小麦27万亩'));
    const second = await run();
    expect(second.timings.cachedFiles).toBe(2);
    const figures = second.briefing.articles.flatMap((a) => a.figures.map((f) => f.text));
    expect(figures).toContain('27万亩');
    expect(figures).not.toContain('25万亩');
  });

  it('knows a file by its bytes when only its time changed (a fresh checkout), and keeps its new time', async () => {
    await run();
    const file = join(dir, 'input', '武清_签约.txt');
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect((await run()).timings.cachedFiles).toBe(3);
    expect(cachedFiles()['武清_签约.txt']!.mtimeMs).toBe(statSync(file).mtimeMs);
  });

  it('is not used when the analysis settings change, or with --force', async () => {
    await run();
    expect((await run({ force: true })).timings.cachedFiles).toBe(0);
    expect((await run({ analysis: { aliases: { 双街: '天津市北辰区' } } })).timings.cachedFiles).toBe(0);
  });

  it('forgets files that left the input folder', async () => {
    await run();
    rmSync(join(dir, 'input', '宝坻_春耕.txt'));
    expect((await run()).timings.cachedFiles).toBe(2);
    expect(Object.keys(cachedFiles()).sort()).toEqual(['武清_签约.txt', '北辰_双街镇.txt'].sort());
  });

  it('survives a damaged cache file, and writes it anew', async () => {
    await run();
    writeFileSync(join(dir, 'out', PARSE_CACHE_NAME), '{"key": "x", "fi');
    const after = await run();
    expect(after.timings.cachedFiles).toBe(0);
    expect(after.exitCode).toBe(0);
    expect(Object.keys(cachedFiles()).sort()).toEqual(['宝坻_春耕.txt', '武清_签约.txt', '北辰_双街镇.txt'].sort());
  });

  it('never keeps a file that failed to parse', async () => {
    writeFileSync(join(dir, 'input', 'broken.docx'), 'not a zip');
    const first = await run();
    expect(first.diagnostics.some((d) => d.source === 'broken.docx' && d.level === 'error')).toBe(true);
    const second = await run();
    expect(second.timings.cachedFiles).toBe(3);
    expect(second.diagnostics.some((d) => d.source === 'broken.docx' && d.level === 'error')).toBe(true);
  });
});
