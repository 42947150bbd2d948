import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import type { Briefing } from '../../src/model/briefing.js';
import { docxOf, pdfOf } from '../read/_fixtures.js';
import { HEXI, HONGQIAO, NANKAI } from './_articles.js';
import { badInputs, writeBadInputs, type BadInput } from './_bad-inputs.js';
import { workspace } from './_workspace.js';

process.env.SOURCE_DATE_EPOCH = '1682035200';

/** One bad file next to one good article, built as HTML (the cheapest writer: reading is what is tested). */
async function buildWith(bad: BadInput): Promise<{ result: BuildResult; output: string; remove: () => void }> {
  const ws = workspace('bad');
  writeFileSync(join(ws.input, 'hongqiao.txt'), HONGQIAO.join('\n') + '\n');
  await writeBadInputs(ws.input, [bad]);
  const result = await build({ cwd: ws.dir, overrides: { input: ws.input, output: ws.output, formats: ['html'], workers: 0 } });
  return { result, output: ws.output, remove: ws.remove };
}

describe.each(badInputs().map((c) => [c.case, c] as const))('%s', (_name, bad) => {
  let run: Awaited<ReturnType<typeof buildWith>>;
  beforeAll(async () => {
    run = await buildWith(bad);
  });
  afterAll(() => run.remove());

  it(`is named once, by its file name${bad.line ? ' and line' : ''}, with ${bad.code} and a reason in plain words`, () => {
    const errors = run.result.diagnostics.filter((d) => d.level === 'error');
    expect(errors.map((d) => [d.source, d.code])).toEqual([[bad.name, bad.code]]);
    expect(errors[0]!.message).toMatch(bad.reason);
    expect(errors[0]!.line).toBe(bad.line ?? null);
  });

  it('costs nothing else: the good article still gets its briefing, and the build exits 1', () => {
    expect(run.result.exitCode).toBe(1);
    expect(run.result.briefing.districts.map((d) => d.name)).toContain('红桥区');
    expect(existsSync(join(run.output, '红桥区.html'))).toBe(true);
    expect(run.result.failed).toEqual([]);
  });

  it(bad.keepsArticle ? 'keeps what could be read of the file' : 'gives no article', () => {
    const model = JSON.parse(readFileSync(join(run.output, 'briefing.json'), 'utf8')) as Briefing;
    const source = model.sources.find((s) => s.path === bad.name)!;
    expect(source).toBeDefined();
    expect(source.articleIds.length > 0).toBe(!!bad.keepsArticle);
  });
});

describe('the line a diagnostic names', () => {
  it('is where the nesting of a page passes the limit', async () => {
    const ws = workspace('nest');
    const lines = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>深层嵌套</title></head><body>', ...Array<string>(2000).fill('<div>'), `<p>${HONGQIAO[1]}</p>`];
    writeFileSync(join(ws.input, 'deep.html'), lines.join('\n'));
    const result = await build({ cwd: ws.dir, overrides: { input: ws.input, output: ws.output, formats: ['html'], workers: 0 } });
    const error = result.diagnostics.find((d) => d.code === 'READ_NESTING')!;
    expect(error.source).toBe('deep.html');
    expect(error.line).toBeGreaterThan(1);
    expect(lines[error.line! - 1]).toBe('<div>');
    ws.remove();
  });
});

describe('file names with spaces, emoji and ..', () => {
  it('are read like any other, in every format, and keep their names in the model and the output', async () => {
    const ws = workspace('names');
    writeFileSync(join(ws.input, 'a..b.txt'), HONGQIAO.join('\n') + '\n');
    writeFileSync(join(ws.input, '🚀 news.docx'), await docxOf({ title: NANKAI[0]!, header: '来源：南开区融媒体中心', paragraphs: NANKAI.slice(1) }));
    writeFileSync(join(ws.input, '名 字.pdf'), await pdfOf({ content: HEXI.map((text, i) => ({ text, fontSize: i === 0 ? 20 : 10.5 })) }));
    const result = await build({ cwd: ws.dir, overrides: { input: ws.input, output: ws.output, formats: ['html'], workers: 0 } });
    expect(result.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(result.exitCode).toBe(0);
    const byPath = Object.fromEntries(result.briefing.sources.map((s) => [s.path, s.articleIds.length]));
    expect(byPath).toEqual({ 'a..b.txt': 1, '🚀 news.docx': 1, '名 字.pdf': 1 });
    expect(result.briefing.districts.map((d) => d.name).sort()).toEqual(['南开区', '河西区', '红桥区']);
    const titles = result.briefing.articles.map((a) => [a.source.path, a.title]);
    expect(titles).toEqual(expect.arrayContaining([['a..b.txt', HONGQIAO[0]], ['🚀 news.docx', NANKAI[0]], ['名 字.pdf', HEXI[0]]]));
    ws.remove();
  });
});
