import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, formatOfPath, readers, readInput, ReadError } from '../../src/read/index.js';
import { docxOf, fixturePath, govPage, newspaperParagraph, pdfOf, signingArticle } from './_fixtures.js';

const article = signingArticle();

describe('formatOfPath', () => {
  it.each([
    ['稿件/北辰要闻.txt', 'txt'],
    ['a.TEXT', 'txt'],
    ['notes.md', 'md'],
    ['notes.markdown', 'md'],
    ['page.html', 'html'],
    ['page.HTM', 'html'],
    ['报告.docx', 'docx'],
    ['e-paper/第3版.pdf', 'pdf'],
    ['old.doc', null],
    ['photo.jpg', null],
    ['README', null],
    ['archive.tar.gz', null],
  ])('%s → %s', (path, format) => {
    expect(formatOfPath(path)).toBe(format);
  });
});

describe('readInput', () => {
  it('has one reader per input format', () => {
    expect(Object.keys(readers).sort()).toEqual(['docx', 'html', 'md', 'pdf', 'txt']);
    expect(DEFAULT_LIMITS).toEqual({ maxFileBytes: 50 * 1024 * 1024, maxDecompressedBytes: 200 * 1024 * 1024, maxPdfPages: 500 });
  });

  it('refuses a file over the size limit before decoding it (READ_TOO_LARGE)', async () => {
    const bytes = new Uint8Array(iconv.encode(article.paragraphs.join('\n'), 'gbk'));
    const error = await readInput('big.txt', bytes, { limits: { maxFileBytes: 100 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: 'READ_TOO_LARGE', line: null });
  });

  it('refuses a file it has no reader for, with a typed error', async () => {
    await expect(readInput('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff]))).rejects.toMatchObject({ code: 'READ_FORMAT' });
  });

  it('dispatches on the extension: Markdown keeps its format', async () => {
    const result = await readInput('x.md', readFileSync(fixturePath('signing.txt')));
    expect(result.format).toBe('md');
  });
});

describe('the same article as .txt, .html, .docx and .pdf gives the same paragraphs', () => {
  const normalise = (text: string) => text.split('\n').map((line) => line.replace(/^#+ /, '').replace(/\s+/g, '')).filter(Boolean);
  const expected = normalise(readFileSync(fixturePath('signing.txt'), 'utf8'));

  it.each([
    ['signing.txt', async () => new Uint8Array(iconv.encode(readFileSync(fixturePath('signing.txt'), 'utf8'), 'gbk'))],
    ['signing.html', async () => new Uint8Array(iconv.encode(govPage(article, 'gbk'), 'gbk'))],
    ['signing.docx', async () => docxOf(article)],
    [
      'signing.pdf',
      async () =>
        pdfOf({
          pageSize: 'A4',
          pageMargins: [80, 90, 80, 90],
          content: [
            { text: article.title, fontSize: 22, alignment: 'center', margin: [0, 0, 0, 6] },
            { text: article.header, alignment: 'center', margin: [0, 0, 0, 12] },
            ...article.paragraphs.map(newspaperParagraph),
          ],
        }),
    ],
  ])('%s', async (path, make) => {
    const result = await readInput(path, await make());
    expect(normalise(result.text)).toEqual(expected);
    // Containers that mark headings give the title as `# `; plain text stays as written.
    expect(result.text.split('\n')[0]).toBe(path.endsWith('.txt') ? article.title : `# ${article.title}`);
  });
});
