import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/read/${name}`, import.meta.url));
export const seedPath = (name: string): string => fileURLToPath(new URL(`../../input/${name}`, import.meta.url));

export interface FixtureArticle {
  title: string;
  header: string;
  paragraphs: string[];
}

/** tests/fixtures/read/signing.txt: headline, source/date line, paragraphs. */
export function signingArticle(): FixtureArticle {
  const [title, header, ...paragraphs] = readFileSync(fixturePath('signing.txt'), 'utf8').trimEnd().split('\n');
  return { title: title!, header: header!, paragraphs };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A district government news page as such sites are built: nav, breadcrumb, sidebar, footer. */
export function govPage(article: FixtureArticle, charset: string): string {
  const [source, date] = article.header.split(' 发布时间：');
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${esc(article.title)}_北辰要闻_天津市北辰区人民政府</title>
<meta name="SiteName" content="天津市北辰区人民政府">
<meta name="ArticleTitle" content="${esc(article.title)}">
<meta name="PubDate" content="${date}">
<meta name="ContentSource" content="${esc(source!.replace('来源：', ''))}">
<script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
<style>.nav li { float: left; }</style>
</head>
<body>
<div class="top-bar"><a href="/">网站首页</a> <a href="/m">手机版</a> <a href="/wza">无障碍</a></div>
<div class="header"><img src="logo.png" alt="天津市北辰区人民政府"></div>
<div class="nav">
  <ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/zjbc">走进北辰</a></li></ul>
</div>
<div class="main">
  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/bcyw">北辰要闻</a></div>
  <div class="left-content">
    <div class="article">
      <h1 class="article-title">${esc(article.title)}</h1>
      <div class="article-info">
        <span>${esc(source!)}</span>
        <span>发布时间：${date}</span>
        <span>【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>
      </div>
      <div class="article-content" id="zoom">
${article.paragraphs.map((p) => `        <p style="text-indent: 2em;">${esc(p)}</p>`).join('\n')}
      </div>
      <div class="article-tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
      <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
    </div>
  </div>
  <div class="sidebar">
    <div class="box-title">热点新闻</div>
    <ul>
      <li><a href="/a1">北辰区召开2024年优化营商环境工作推进会</a></li>
      <li><a href="/a2">青光镇开展春季植树造林活动</a></li>
      <li><a href="/a3">西堤头镇推进农村人居环境整治提升</a></li>
      <li><a href="/a4">北辰经济技术开发区新增3家国家级专精特新“小巨人”企业</a></li>
    </ul>
    <div class="qrcode">扫一扫在手机打开当前页</div>
  </div>
</div>
<div class="footer">
  <p>版权所有：天津市北辰区人民政府办公室　主办单位：天津市北辰区人民政府办公室</p>
  <p>网站标识码：1201130001　津ICP备05004567号-1　津公网安备 12011302000123号</p>
  <p>地址：天津市北辰区京津路 联系电话：022-26391234</p>
</div>
</body>
</html>
`;
}

/** The article as a Word file made with the docx package: Heading 1 title, paragraphs, a table. */
export async function docxOf(article: FixtureArticle, table: string[][] = []): Promise<Uint8Array> {
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import('docx');
  const children: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(article.title)] }),
    new Paragraph({ children: [new TextRun(article.header)] }),
    ...article.paragraphs.map((text) => new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun(text)] })),
  ];
  if (table.length) {
    children.push(
      new Table({
        rows: table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
      }),
    );
  }
  const doc = new Document({
    title: article.title,
    creator: '北辰区融媒体中心',
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const FANG = fileURLToPath(new URL('../../fonts/FandolFang-Regular.ttf', import.meta.url));

/** pdfmake in Node, fonts from the repository, no network and no other file access. */
export async function pdfOf(docDefinition: Record<string, unknown>): Promise<Uint8Array> {
  const { createRequire } = await import('node:module');
  const pdfmake = createRequire(import.meta.url)('pdfmake');
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => path === FANG);
  pdfmake.setFonts({ Fang: { normal: FANG, bold: FANG, italics: FANG, bolditalics: FANG } });
  // pdfmake rewrites the content it is given in place (strings become nodes); a copy keeps the
  // callers' shared article texts intact for the assertions that follow.
  const definition = copyOf(docDefinition);
  const buffer: Buffer = await pdfmake.createPdf({ defaultStyle: { font: 'Fang', fontSize: 10.5, lineHeight: 1.3 }, ...definition }).getBuffer();
  return new Uint8Array(buffer);
}

/** A deep copy of plain arrays and objects; functions (footers) and other values are shared. */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)])) as T;
  }
  return value;
}

/** A body paragraph as newspapers set it: justified, first line indented two characters. */
export const newspaperParagraph = (text: string) => ({ text, alignment: 'justify', leadingIndent: 21, margin: [0, 0, 0, 3] });

/** A newspaper page: a headline across the page over two columns of paragraphs. */
export function twoColumnPage(headline: string, left: string[], right: string[], extra: Record<string, unknown> = {}) {
  return {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    info: { title: headline },
    content: [
      { text: headline, fontSize: 24, alignment: 'center', margin: [0, 0, 0, 14] },
      { columns: [left.map(newspaperParagraph), right.map(newspaperParagraph)], columnGap: 16 },
    ],
    ...extra,
  };
}

/**
 * A PDF whose Chinese font is not embedded (STSong-Light through the predefined UniGB-UCS2-H
 * CMap), as older office tools write them: its text can only be read with pdfjs's CMaps.
 */
export function cidFontPdf(text: string): Uint8Array {
  const hex = [...text].map((ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');
  const content = `BT /F1 24 Tf 72 700 Td <${hex}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
