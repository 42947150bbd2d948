import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/read/index.js';
import { readText } from '../../src/read/text.js';
import { seedPath } from './_fixtures.js';

const SIMPLIFIED = '北辰区小淀镇召开重点项目推进会\n会议指出，今年全镇计划完成固定资产投资18.6亿元，同比增长12.5%。\n下一步，小淀镇将持续优化营商环境，为项目落地提供全流程保障。\n';
const TRADITIONAL = '臺中市政府舉辦產業招商說明會\n市府表示，今年將持續推動智慧機械與綠能產業發展，吸引更多企業投資設廠。\n會中共有十二家廠商簽署投資意向書，總金額達新臺幣四十五億元。\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (bytes: Uint8Array) => readText(bytes, { limits: {} });
const errorOf = async (promise: Promise<unknown>) => promise.then(() => null, (error: { code: string }) => error.code);

describe('readText: decoding', () => {
  it.each([
    ['utf-8', SIMPLIFIED, (s: string) => utf8(s)],
    ['utf-8-bom', SIMPLIFIED, (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)])],
    ['utf-16le', SIMPLIFIED, (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')])],
    ['utf-16be', SIMPLIFIED, (s: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()])],
    ['gb18030', SIMPLIFIED, (s: string) => new Uint8Array(iconv.encode(s, 'gbk'))],
    ['gb18030', '北辰区召开会议', (s: string) => new Uint8Array(iconv.encode(s, 'gbk'))],
    ['big5', TRADITIONAL, (s: string) => new Uint8Array(iconv.encode(s, 'big5'))],
    ['big5', '臺灣經濟發展', (s: string) => new Uint8Array(iconv.encode(s, 'big5'))],
  ])('reads %s text back character for character', async (encoding, text, encode) => {
    const result = await read(encode(text));
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(text);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads UTF-16 saved without a BOM', async () => {
    const result = await read(new Uint8Array(Buffer.from('Report 2024: 北辰区\nline two 第二行\n', 'utf16le')));
    expect(result).toMatchObject({ encoding: 'utf-16le', text: 'Report 2024: 北辰区\nline two 第二行\n' });
  });

  it('reads a GBK file that also holds traditional characters and GB18030-only ones', async () => {
    const text = '北辰区與臺灣企業簽約，𠀀字与€符号也在其中。\n';
    const result = await read(new Uint8Array(iconv.encode(text, 'gb18030')));
    expect(result).toMatchObject({ encoding: 'gb18030', text });
  });

  it.each([
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['CR', 'a\rb', 'a\nb'],
    ['mixed', 'a\r\nb\rc\nd', 'a\nb\nc\nd'],
  ])('normalises %s line ends to \\n', async (_name, input, expected) => {
    expect((await read(utf8(input))).text).toBe(expected);
  });
});

describe('readText: the seeds pass through untouched', () => {
  it.each(['000_fbb571fac9155282.txt', '004_e53202daf535e3fa.txt'])('%s', async (name) => {
    const bytes = new Uint8Array(readFileSync(seedPath(name)));
    const result = await readInput(name, bytes);
    expect(result.format).toBe('txt');
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(new TextDecoder().decode(bytes));
  });

  it('does not join or split Markdown lines, headings included', async () => {
    const md = '# 标题\n\n## 以“谋”为先\n小淀镇牢固树立“招商为重、项目\n\n\n\n为王”意识\n';
    const result = await readInput('a.md', utf8(md));
    expect(result).toMatchObject({ format: 'md', text: md });
  });
});

describe('readText: damaged files', () => {
  it('keeps UTF-8 with a few invalid bytes, dropping them and naming their lines', async () => {
    const lines = ['第一行：北辰区召开会议。', '第二行：会议部署全年工作。', '第三行：坏字节在这里', '第四行：一切正常。', '第五行：这里也有'];
    const bytes = Buffer.concat(lines.map((line, i) => Buffer.concat([Buffer.from(line), i === 2 || i === 4 ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from('\n')])));
    const result = await read(new Uint8Array(bytes));
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(lines.join('\n') + '\n');
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['READ_INVALID_BYTES', 3], ['READ_INVALID_BYTES', 5]]);
  });

  it.each([
    ['gb18030', (s: string) => iconv.encode(s, 'gbk')],
    ['utf-8', (s: string) => Buffer.from(s)],
  ])('reports a %s file cut in the middle of its last character', async (encoding, encode) => {
    const full = encode(SIMPLIFIED.trimEnd());
    const cut = new Uint8Array(full.subarray(0, full.length - 1));
    const result = await read(cut);
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(SIMPLIFIED.trimEnd().slice(0, -1));
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['READ_TRUNCATED', 3]]);
  });

  it('removes NUL and other control characters, naming the lines', async () => {
    const result = await read(utf8('标题\n正文\u0000第二段\u0007。\n第三行\n'));
    expect(result.text).toBe('标题\n正文第二段。\n第三行\n');
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['READ_INVALID_BYTES', 2]]);
  });

  it('takes the form feed pdftotext ends each page with as a page break, without a warning', async () => {
    const result = await read(utf8('第一页末行。\n\f第二页首行。\n\f'));
    expect(result.text).toBe('第一页末行。\n第二页首行。\n');
    expect(result.diagnostics).toEqual([]);
  });

  it.each([
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['a ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])],
    ['NUL-riddled bytes', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 65 + (i % 26))))],
  ])('refuses %s as READ_BINARY', async (_name, bytes) => {
    expect(await errorOf(read(bytes))).toBe('READ_BINARY');
  });

  it.each([
    ['empty', new Uint8Array()],
    ['blank lines and ideographic spaces', utf8('\n\u3000\u3000\n \t\r\n')],
  ])('refuses a %s file as READ_EMPTY', async (_name, bytes) => {
    expect(await errorOf(read(bytes))).toBe('READ_EMPTY');
  });

  it.each([
    ['Latin-1 French', new Uint8Array(iconv.encode('Le conseil a voté le budget: café, crème et brûlée à la française.', 'latin1'))],
    ['Shift_JIS Japanese', new Uint8Array(iconv.encode('東京都は来年度の予算案を発表しました。ここではひらがなとカタカナが多く使われています。', 'shift_jis'))],
    // In GB18030 the same bytes read 联跋联跋, as plausible over six characters.
    ['a few Big5 characters (薊州區薊州區)', new Uint8Array(iconv.encode('薊州區薊州區', 'big5'))],
  ])('refuses %s rather than return mojibake (READ_ENCODING)', async (_name, bytes) => {
    const error = await read(bytes).catch((e: Error & { code: string }) => e);
    expect(error).toMatchObject({ code: 'READ_ENCODING' });
    expect((error as Error).message).toMatch(/save it as UTF-8/);
  });
});
