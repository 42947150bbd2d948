import { Document, AlignmentType, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx.js';
import { docxOf, signingArticle } from './_fixtures.js';

const read = (bytes: Uint8Array, limits = {}) => readDocx(bytes, { limits });
const article = signingArticle();
const packed = async (doc: Document) => new Uint8Array(await Packer.toBuffer(doc));

describe('readDocx: a Word file from a district office', () => {
  it('gives the Heading 1 title as #, paragraphs one per line, a table as a Markdown pipe table', async () => {
    const table = [['项目名称', '总投资（亿元）', '所属领域'], ['北方智能物流园', '32', '现代物流'], ['精密零部件项目', '8.5', '智能制造']];
    const result = await read(await docxOf(article, table));
    expect(result).toMatchObject({ format: 'docx', encoding: 'docx', diagnostics: [] });
    expect(result.text.split('\n')).toEqual([
      `# ${article.title}`,
      article.header,
      ...article.paragraphs,
      '| 项目名称 | 总投资（亿元） | 所属领域 |',
      '| --- | --- | --- |',
      '| 北方智能物流园 | 32 | 现代物流 |',
      '| 精密零部件项目 | 8.5 | 智能制造 |',
    ]);
    expect(result.meta.title).toBe(article.title);
    expect(result.meta.fileDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives a Title as # and Heading 1/2 under it as ##', async () => {
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('小淀镇：以奋进之姿推进高质量发展')] }),
          new Paragraph('小淀镇坚持以奋进者姿态，推动经济社会高质量发展。'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('以“谋”为先 一张蓝图绘到底')] }),
          new Paragraph('小淀镇立足区位、交通等资源禀赋，制定总体城市设计。'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('重点项目')] }),
          new Paragraph('新能源产业园正处于规划建设阶段。'),
        ],
      }],
    });
    expect((await read(await packed(doc))).text).toBe(
      '# 小淀镇：以奋进之姿推进高质量发展\n小淀镇坚持以奋进者姿态，推动经济社会高质量发展。\n## 以“谋”为先 一张蓝图绘到底\n小淀镇立足区位、交通等资源禀赋，制定总体城市设计。\n## 重点项目\n新能源产业园正处于规划建设阶段。',
    );
  });

  it('recognises a title set by hand (centred, 二号) and a centred bold subheading', async () => {
    const body = (text: string) => new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun({ text, size: 32 })] });
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '关于2024年一季度招商引资工作情况的报告', size: 44 })] }),
          body('今年以来，我区坚持把招商引资作为经济工作的生命线，一季度新签约项目36个。'),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '一、主要做法', size: 32, bold: true })] }),
          body('一是强化组织领导，二是创新招商方式，三是优化服务保障。'),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '（2024年4月10日）', size: 32 })] }),
        ],
      }],
    });
    expect((await read(await packed(doc))).text.split('\n')).toEqual([
      '# 关于2024年一季度招商引资工作情况的报告',
      '今年以来，我区坚持把招商引资作为经济工作的生命线，一季度新签约项目36个。',
      '## 一、主要做法',
      '一是强化组织领导，二是创新招商方式，三是优化服务保障。',
      '（2024年4月10日）',
    ]);
  });

  it('keeps footnotes as lines at the end, without mammoth\'s back-links', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('数据来源：北辰区统计局。')] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun('一季度全区地区生产总值增长5.6%'), new FootnoteReferenceRun(1), new TextRun('。')] })] }],
    });
    const lines = (await read(await packed(doc))).text.split('\n');
    expect(lines[0]).toBe('一季度全区地区生产总值增长5.6%[1]。');
    expect(lines.at(-1)).toBe('1. 数据来源：北辰区统计局。');
  });
});

describe('readDocx: files that cannot be read', () => {
  it('refuses a zip bomb before unpacking it (READ_ZIP_BOMB)', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    await expect(read(bomb, { maxDecompressedBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'READ_ZIP_BOMB' });
  });

  it('catches a zip bomb whose directory lies about the sizes', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    const view = new DataView(bomb.buffer);
    const central = bomb.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 1000, true); // the central directory now claims 1000 bytes
    await expect(read(bomb, { maxDecompressedBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'READ_ZIP_BOMB' });
  });

  it('refuses a password-protected document (an OLE file) as READ_ENCRYPTED', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le'), 1024);
    await expect(read(ole)).rejects.toMatchObject({ code: 'READ_ENCRYPTED' });
  });

  it('tells an old .doc renamed to .docx from an encrypted one', async () => {
    const doc = new Uint8Array(4096);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    doc.set(Buffer.from('WordDocument', 'utf16le'), 1024);
    const error = await read(doc).catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'READ_CORRUPT' });
    expect((error as Error).message).toMatch(/old Word \.doc/);
  });

  it.each([
    ['a truncated zip', async () => (await docxOf(article)).subarray(0, 3000)],
    ['a zip without a Word document', async () => zipSync({ 'readme.txt': strToU8('hello') })],
    ['a text file named .docx', async () => strToU8('北辰区召开会议')],
    ['a zip whose document.xml is not XML', async () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('not xml at all <<<') })],
  ])('refuses %s as READ_CORRUPT', async (_name, make) => {
    await expect(read(await make())).rejects.toMatchObject({ code: 'READ_CORRUPT' });
  });

  it('refuses a document without any text as READ_NO_TEXT', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph(''), new Paragraph({ children: [] })] }] });
    await expect(read(await packed(doc))).rejects.toMatchObject({ code: 'READ_NO_TEXT' });
  });
});
