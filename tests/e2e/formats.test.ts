import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Article } from '../../src/model/article.js';
import type { Briefing } from '../../src/model/briefing.js';
import { parseAll } from '../../src/parse.js';
import { docxOf, pdfOf, twoColumnPage } from '../read/_fixtures.js';

// `jianbao parse` gives the same facts for the same article whatever it arrives as: text in UTF-8
// or GBK, a full government web page, a Word file, a two-column PDF whose lines are really broken.

const GOLD = fileURLToPath(new URL('../fixtures/gold/', import.meta.url));

/** A gold article as headline and paragraphs. */
function goldArticle(file: string): { title: string; paragraphs: string[] } {
  const [title, ...paragraphs] = readFileSync(join(GOLD, file), 'utf8').trim().split(/\n+/);
  return { title: title!, paragraphs };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A county government's news page: navigation, breadcrumb, sidebar of other headlines, footer. */
function governmentPage(site: string, a: { title: string; paragraphs: string[] }, source: string, date: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(a.title)}_本地要闻_${site}</title>
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${date}"><meta name="ContentSource" content="${source}"></head>
<body>
<div class="top"><a href="/">网站首页</a> | <a href="/wza">无障碍</a> | <a href="/m">手机版</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 本地要闻</div>
<div class="main">
  <div class="article">
    <h1>${esc(a.title)}</h1>
    <div class="info">来源：${source}　发布时间：${date}　【字号：大 中 小】</div>
    <div class="content">
${a.paragraphs.map((p) => `      <p style="text-indent:2em">${esc(p)}</p>`).join('\n')}
    </div>
    <div class="tools">【打印本页】【关闭窗口】</div>
  </div>
  <div class="sidebar"><h3>热点新闻</h3><ul>
    <li><a href="/a/1">全县召开优化营商环境大会 部署12项重点任务</a></li>
    <li><a href="/a/2">县城新增停车泊位3000个</a></li>
    <li><a href="/a/3">春季植树造林活动启动</a></li>
  </ul></div>
</div>
<div class="footer">
  <p>版权所有：${site}办公室　主办单位：${site}办公室</p>
  <p>网站标识码：3717210001　鲁ICP备05012345号-1　鲁公网安备 37172102000123号</p>
  <p>联系电话：0530-3221234</p>
</div>
</body></html>
`;
}

async function parseFolder(files: Record<string, Uint8Array | string>): Promise<Briefing> {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-formats-'));
  try {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const { config } = loadConfig({ cwd: dir, overrides: { input: dir, workers: 0 } });
    return (await parseAll(config, { issue: 1 })).briefing;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a reader of the briefing relies on, in a comparable order. */
function factsOf(a: Article) {
  return {
    district: a.district && { name: a.district.name, code: a.district.code },
    figures: a.figures.map((f) => [f.text, f.value] as const).sort(([x, v], [y, w]) => (x < y ? -1 : x > y ? 1 : v - w)),
    people: a.people.map((p) => ({ name: p.name, titles: p.titles })).sort((x, y) => (x.name < y.name ? -1 : 1)),
    projects: a.projects.map((p) => p.name).sort(),
  };
}

describe('one article in every format', () => {
  const article = goldArticle('caoxian-hanfu.txt');
  const source = '曹县融媒体中心';
  const date = '2024-05-20 10:30';
  const text = `${article.title}\n来源：${source}　发布时间：${date}\n\n${article.paragraphs.join('\n\n')}\n`;
  const half = Math.ceil(article.paragraphs.length / 2);
  const makers: [string, string, () => Promise<Uint8Array | string>][] = [
    ['.txt in UTF-8', 'article.txt', async () => text],
    ['.txt in GBK', 'article.txt', async () => new Uint8Array(iconv.encode(text, 'gbk'))],
    ['.html, a full government page', 'article.html', async () => governmentPage('曹县人民政府', article, source, date)],
    ['.docx made with the docx package', 'article.docx', () => docxOf({ title: article.title, header: `来源：${source}　发布时间：${date}`, paragraphs: article.paragraphs })],
    ['.pdf in two columns', 'article.pdf', () => pdfOf(twoColumnPage(article.title, article.paragraphs.slice(0, half), article.paragraphs.slice(half)))],
  ];
  const parsed = new Map<string, Briefing>();

  beforeAll(async () => {
    for (const [format, name, make] of makers) parsed.set(format, await parseFolder({ [name]: await make() }));
  }, 120_000);

  const only = (format: string): Article => {
    const { articles } = parsed.get(format)!;
    expect(articles, format).toHaveLength(1);
    return articles[0]!;
  };

  it('gives facts worth comparing from the plain text', () => {
    const facts = factsOf(only('.txt in UTF-8'));
    expect(facts.district).toEqual({ name: '曹县', code: '371721' });
    expect(facts.figures.length).toBeGreaterThanOrEqual(8);
    expect(facts.people.some((p) => p.titles.length >= 2)).toBe(true);
    expect(facts.projects.length).toBeGreaterThanOrEqual(1);
  });

  it('records the encoding of the GBK text', () => {
    expect(parsed.get('.txt in GBK')!.sources[0]!.encoding).toMatch(/^(gbk|gb18030)$/u);
  });

  it.each(makers.slice(1).map(([format]) => format))('%s: the same headline, district, figures, people and projects', (format) => {
    const reference = only('.txt in UTF-8');
    const a = only(format);
    expect(a.title).toBe(reference.title);
    expect(factsOf(a)).toEqual(factsOf(reference));
  });
});

describe('one story republished in two files', () => {
  const article = goldArticle('ziya-circular-economy.txt');
  // An e-paper paste: every line cut at 26 characters, wherever that falls.
  const wrapped = [article.title, '', ...article.paragraphs.flatMap((p) => [...(p.match(/.{1,26}/gu) ?? []), ''])].join('\n');
  let briefing: Briefing;

  beforeAll(async () => {
    briefing = await parseFolder({
      'epaper-paste.txt': wrapped,
      'portal-page.html': governmentPage('天津市静海区人民政府', article, '静海区融媒体中心', '2024-06-03 09:00'),
    });
  }, 60_000);

  it('is one article that lists both sources', () => {
    expect(briefing.articles).toHaveLength(1);
    const a = briefing.articles[0]!;
    expect([a.source.path, ...a.copies.map((c) => c.path)].sort()).toEqual(['epaper-paste.txt', 'portal-page.html']);
    for (const s of briefing.sources) expect(s.articleIds).toEqual([a.id]);
  });
});

describe('a table of projects in a Word file and in a web page', () => {
  const title = '萧山区第四季度重点项目集中开工';
  const paragraphs = ['11月20日，杭州市萧山区举行第四季度重点项目集中开工活动，共有21个项目集中开工，总投资238.7亿元。部分项目情况如下：'];
  const table = [
    ['序号', '项目名称', '总投资（亿元）', '建设内容'],
    ['1', '智能网联汽车零部件产业园', '45.0', '建设厂房及研发中心26万平方米'],
    ['2', '钱塘江南岸综合提升工程', '32.6', '堤防加固12公里'],
  ];
  const page = `<html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${paragraphs[0]}</p>
    <table>${table.map((row, i) => `<tr>${row.map((cell) => (i === 0 ? `<th>${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('')}</table></body></html>`;
  const parsed = new Map<string, Briefing>();

  beforeAll(async () => {
    parsed.set('docx', await parseFolder({ 'projects.docx': await docxOf({ title, header: '来源：萧山区融媒体中心', paragraphs }, table) }));
    parsed.set('html', await parseFolder({ 'projects.html': page }));
  }, 60_000);

  it.each(['docx', 'html'])('%s: each row gives its investment in 亿元 to its project, labelled by what it is about', (format) => {
    const [article] = parsed.get(format)!.articles;
    expect(article!.figures.filter((f) => f.unit === '元').map((f) => [f.text, f.value, f.label])).toEqual([
      ['238.7亿元', 23_870_000_000, '总投资'],
      ['45.0亿元', 4_500_000_000, '智能网联汽车零部件产业园总投资'],
      ['32.6亿元', 3_260_000_000, '钱塘江南岸综合提升工程总投资'],
    ]);
    expect(article!.projects.map((p) => [p.name, p.investment])).toEqual([
      ['智能网联汽车零部件产业园', 4_500_000_000],
      ['钱塘江南岸综合提升工程', 3_260_000_000],
    ]);
    expect(article!.paragraphs.every((p) => p.kind === 'text')).toBe(true);
  });
});
