import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { parseAll } from '../../src/parse.js';
import { docxOf, pdfOf } from '../read/_fixtures.js';
import { HEXI, HONGQIAO, NANKAI } from './_articles.js';
import { zipBomb } from './_bad-inputs.js';
import { workspace } from './_workspace.js';

let ws: ReturnType<typeof workspace>;

beforeAll(async () => {
  ws = workspace('limits');
  writeFileSync(join(ws.input, 'hongqiao.txt'), HONGQIAO.join('\n') + '\n'); // about 400 bytes
  writeFileSync(join(ws.input, 'nankai.docx'), await docxOf({ title: NANKAI[0]!, header: '来源：南开区融媒体中心', paragraphs: NANKAI.slice(1) }));
  writeFileSync(join(ws.input, 'hexi.pdf'), await pdfOf({ content: HEXI.map((text, i) => ({ text, pageBreak: i > 1 ? 'before' : undefined })) }));
  // Its directory says 4 KB; it unpacks to 8 MB: only counting while unpacking finds out.
  writeFileSync(join(ws.input, 'liar.docx'), zipBomb(8, true));
});
afterAll(() => ws.remove());

/** Error codes by file, with `limits` written in the folder's jianbao.config.json as a user would. */
async function errorsWith(limits: Record<string, number>): Promise<Record<string, string>> {
  writeFileSync(join(ws.dir, 'jianbao.config.json'), JSON.stringify({ input: 'input', output: 'output', limits }, null, 2));
  const { config } = loadConfig({ cwd: ws.dir });
  const { briefing } = await parseAll(config, { issue: 1 });
  return Object.fromEntries(briefing.diagnostics.filter((d) => d.level === 'error').map((d) => [d.source, d.code]));
}

describe('limits in the config', () => {
  it('by default read every good file (the zip of zeros unpacks within the limit, and is no Word document)', async () => {
    expect(await errorsWith({})).toEqual({ 'liar.docx': 'READ_CORRUPT' });
  });

  it.each([
    ['maxFileBytes', { maxFileBytes: 300 }, { 'hongqiao.txt': 'READ_TOO_LARGE', 'nankai.docx': 'READ_TOO_LARGE', 'hexi.pdf': 'READ_TOO_LARGE', 'liar.docx': 'READ_TOO_LARGE' }],
    ['maxDecompressedBytes', { maxDecompressedBytes: 1024 * 1024 }, { 'liar.docx': 'READ_ZIP_BOMB' }],
    ['maxPdfPages', { maxPdfPages: 2 }, { 'hexi.pdf': 'READ_TOO_MANY_PAGES', 'liar.docx': 'READ_CORRUPT' }],
  ])('lowering %s takes effect', async (_key, limits, expected) => {
    expect(await errorsWith(limits)).toEqual(expected);
  });

  it('refuses a limit that is not a positive whole number, naming the key', () => {
    writeFileSync(join(ws.dir, 'jianbao.config.json'), JSON.stringify({ limits: { maxPdfPages: -1 } }));
    expect(() => loadConfig({ cwd: ws.dir })).toThrow(/limits\.maxPdfPages/);
  });
});
