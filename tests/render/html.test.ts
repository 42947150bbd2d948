import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { StageDiagnostic } from '../../src/model/diagnostic.js';
import { parseMarkdown } from '../../src/render/markdown.js';
import { loadTemplateSet, renderTemplate } from '../../src/render/templates.js';
import { buildDistrictView, buildOverviewView } from '../../src/render/view.js';
import { FontSet } from '../../src/write/fonts.js';
import { writeHtml } from '../../src/write/html.js';
import { chartTable } from '../../src/write/_html-parts.js';
import { DEFAULT_THEME, resolveTheme } from '../../src/write/theme.js';
import type { WriteContext } from '../../src/write/types.js';
import { sampleBriefing, sampleSettings } from '../fixtures/render/briefing.js';

function context(over: Partial<WriteContext> = {}): WriteContext & { reported: StageDiagnostic[] } {
  const reported: StageDiagnostic[] = [];
  return {
    theme: DEFAULT_THEME,
    fonts: new FontSet(),
    meta: { title: '北辰区工作动态', author: '天津市区域经济研究室', date: new Date('2023-04-21T00:00:00Z') },
    assetDirs: [],
    report: (d) => void reported.push(d),
    reported,
    ...over,
  };
}

async function html(tree: Root, ctx = context()): Promise<string> {
  return new TextDecoder().decode(await writeHtml(tree, ctx));
}

function districtTree(mutate?: (b: ReturnType<typeof sampleBriefing>) => void): Root {
  const b = sampleBriefing();
  mutate?.(b);
  const view = buildDistrictView(b, b.districts[0]!, sampleSettings({ note: '本期聚焦招商引资。' }));
  return parseMarkdown(renderTemplate(loadTemplateSet([]), 'district', view).markdown);
}

describe('writeHtml', () => {
  it('writes a standalone page with the red masthead, the title and the figures table', async () => {
    const page = await html(districtTree());
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<title>北辰区工作动态</title>');
    expect(page).toMatch(/<header class="masthead"><div class="name">区域观察简报<\/div><div class="issue">第3期<\/div>/);
    expect(page).toContain('<span>天津市区域经济研究室</span><span>2023年4月21日</span>');
    expect(page).toMatch(/\.masthead \.name\{[^}]*color:#E63B2E/);
    expect(page).toMatch(/<h1 id="h-\d+">北辰区工作动态<\/h1>/);
    expect(page).toContain('<th style="text-align:left">指标</th><th style="text-align:right">数值</th>');
    expect(page).toContain('<td style="text-align:left">实际利用内资到位额</td><td style="text-align:right">8.35亿元，同比增长23.6%</td>');
    expect(page).toContain('<span class="label">按语：</span>本期聚焦招商引资。');
    expect(page).toContain('<p class="copies">（共印30份）</p>');
    expect(page).not.toMatch(/<script|src="http|href="http/);
  });

  it('sets the body in 仿宋 and headings in 黑体 and 楷体, as the theme says', async () => {
    const page = await html(districtTree());
    expect(page).toMatch(/main p, main li p, main dd\{font-family:[^;]*"FangSong"[^;]*;font-size:16pt/);
    expect(page).toMatch(/main h2\{font-family:[^;]*"SimHei"/);
    expect(page).toMatch(/main h3\{font-family:[^;]*"KaiTi"/);
    // The 报头 rule takes colors.rule and the name its element's colour, as in the PDF and Word writers.
    const red = await html(districtTree(), context({ theme: resolveTheme({ colors: { rule: '#C00000' }, elements: { mastheadName: { color: '#B22222' } } }) }));
    expect(red).toMatch(/\.masthead \.name\{[^}]*color:#B22222/);
    expect(red).toMatch(/\.masthead\{border-bottom:[^;]*#C00000/);
  });

  it('escapes what an article brings: a <script> title stays text', async () => {
    const page = await html(
      districtTree((b) => {
        b.articles[0]!.title = '<script>alert("x")</script>招商引资';
      }),
    );
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;招商引资');
  });

  it('shows raw HTML in the Markdown as text and drops javascript: links', async () => {
    const page = await html(parseMarkdown('<img src=x onerror=alert(1)>\n\n[点我](javascript:alert(1)) 与 [政府网站](https://www.tj.gov.cn)\n'));
    expect(page).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(page).not.toContain('javascript:');
    expect(page).toContain('<a href="https://www.tj.gov.cn">政府网站</a>');
  });

  it('draws a chart block as inline SVG, and a broken one as text', async () => {
    const b = sampleBriefing();
    const md = renderTemplate(loadTemplateSet([]), 'overview', buildOverviewView(b, sampleSettings())).markdown;
    const page = await html(parseMarkdown(md));
    const svg = /<figure class="chart" role="img" aria-label="各区信息数量">(<svg[^]*?<\/svg>)<\/figure>/.exec(page)?.[1];
    expect(svg).toBeDefined();
    expect(svg).toMatch(/>北辰区<\/text>/);
    expect(svg).toMatch(/>蓟州区<\/text>/);
    expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=/i);
    expect(page).toContain('<a href="天津市-北辰区.pdf">天津市北辰区工作动态</a>');

    const ctx = context();
    const broken = await html(parseMarkdown('```chart\n{"type":"pie","title":"<b>"}\n```\n'), ctx);
    expect(broken).toContain('<pre><code>{&quot;type&quot;:&quot;pie&quot;,&quot;title&quot;:&quot;&lt;b&gt;&quot;}</code></pre>');
    expect(ctx.reported.map((d) => d.code)).toEqual(['WRITE_CHART_INVALID']);
  });

  it('can show a chart as a table of its values', () => {
    const table = chartTable({ type: 'bar', title: '各区信息数量', unit: '篇', categories: ['北辰区', '蓟州区'], series: [{ name: '信息数量', values: [2, 1] }] });
    expect(table).toContain('<caption>各区信息数量</caption>');
    expect(table).toContain('<tr><td>北辰区</td><td style="text-align:right">2</td></tr>');
  });

  it('numbers footnotes, builds a table of contents, and reports unknown directives', async () => {
    const ctx = context();
    const page = await html(parseMarkdown('::toc\n\n## 一、重点数据\n\n增长10%[^src]。\n\n[^src]: 区统计局。\n\n::banner\n'), ctx);
    expect(page).toContain('<sup><a href="#fn-1" id="fnref-1">1</a></sup>');
    expect(page).toContain('<li id="fn-1">区统计局。');
    expect(page).toMatch(/<nav class="toc"><p class="toc-title">目录<\/p><ol>\n<li class="d2"><a href="#h-1">一、重点数据<\/a><\/li>/);
    expect(ctx.reported.map((d) => d.code)).toEqual(['WRITE_UNKNOWN_DIRECTIVE']);
  });

  it('gives the same bytes for the same tree', async () => {
    const tree = districtTree();
    expect(await writeHtml(tree, context())).toEqual(await writeHtml(tree, context()));
  });
});
