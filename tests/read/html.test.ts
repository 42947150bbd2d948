import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/html.js';
import { readFileSync } from 'node:fs';
import { fixturePath, govPage, signingArticle } from './_fixtures.js';

const read = (bytes: Uint8Array) => readHtml(bytes, { limits: {} });
const utf8 = (s: string) => new TextEncoder().encode(s);
const article = signingArticle();
const expectedText = [`# ${article.title}`, article.header, ...article.paragraphs].join('\n');
const FURNITURE = ['版权所有', '网站标识码', 'ICP备', '主办单位', '扫一扫', '分享到', '打印', '关闭', '当前位置', '热点新闻', '青光镇开展春季植树造林活动', '政务服务', '手机版', '字号', '统计代码'];

describe('readHtml: a district government news page', () => {
  it.each([
    ['gb2312', 'gb18030', (html: string) => new Uint8Array(iconv.encode(html, 'gbk'))],
    ['utf-8', 'utf-8', (html: string) => utf8(html)],
  ])('declared %s: keeps headline, source line and paragraphs, drops the furniture', async (charset, encoding, encode) => {
    const result = await read(encode(govPage(article, charset)));
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(expectedText);
    for (const word of FURNITURE) expect(result.text).not.toContain(word);
    expect(result.meta).toEqual({ title: article.title, date: '2024-04-12', outlet: '北辰区融媒体中心' });
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a page that says gb2312 but was saved as UTF-8, and says so', async () => {
    const result = await read(utf8(govPage(article, 'gb2312')));
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(expectedText);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['READ_ENCODING']);
  });

  it.each(['iso-8859-1', 'utf-8'])('reads a GBK page that wrongly says %s as GBK, and says so', async (charset) => {
    const result = await read(new Uint8Array(iconv.encode(govPage(article, charset), 'gbk')));
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe(expectedText);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['READ_ENCODING']);
  });

  it('believes a Western charset when the bytes are not Chinese', async () => {
    const html = '<html><head><meta charset="windows-1252"><title>Réunion</title></head><body><h1>Réunion du conseil</h1><p>Le conseil municipal a voté le budget de l’année à l’unanimité, après un débat animé.</p></body></html>';
    const result = await read(new Uint8Array(iconv.encode(html, 'windows-1252')));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toContain('Le conseil municipal a voté le budget de l’année');
  });

  it('detects the encoding of a GBK page that declares none', async () => {
    const html = govPage(article, 'x').replace(/<meta http-equiv[^>]*>/, '');
    const result = await read(new Uint8Array(iconv.encode(html, 'gbk')));
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe(expectedText);
  });
});

describe('readHtml: page shapes', () => {
  it.each([
    ['【字体：大 中 小】', '【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'],
    ['字号：大 中 小', '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>'],
    ['浏览次数：1236', '浏览次数：1236'],
  ])('drops the %s widget from the source line, and from the outlet', async (_, widget) => {
    const html = `<html><head><meta charset="utf-8"><title>西青区重点项目建设跑出加速度</title></head><body><div class="article"><h1>西青区重点项目建设跑出加速度</h1><div class="info">发布时间：2026-10-14 09:32　来源：西青区融媒体中心　${widget}</div><div class="content"><p>今年以来，西青区116个市区重点项目完成投资218.5亿元，占年度计划的87.3%，其中新开工项目42个。</p><p>前三季度，西青区固定资产投资增长12.4%，规模以上工业增加值增长8.1%。</p></div></div></body></html>`;
    const result = await read(utf8(html));
    expect(result.text.split('\n')[1]).toBe('发布时间：2026-10-14 09:32　来源：西青区融媒体中心');
    expect(result.meta.outlet).toBe('西青区融媒体中心');
  });

  it('reads an old table-layout page in GBK whose headline is set in <font><b>', async () => {
    const html = readFileSync(fixturePath('old-gov-page.html'), 'utf8');
    const result = await read(new Uint8Array(iconv.encode(html, 'gbk')));
    expect(result.encoding).toBe('gb18030');
    expect(result.text.split('\n')).toEqual([
      '# 静海区召开春耕生产工作会议',
      '发布时间：2024年3月28日 来源：静海区农业农村委',
      '3月27日，静海区召开春耕生产工作会议，总结去年农业农村工作，部署今年春耕生产重点任务。',
      '会议要求，各镇要切实抓好粮食生产，确保全年粮食播种面积稳定在80万亩以上，大力推广优良品种和先进适用技术。',
      '会议强调，要抓好农资供应和市场监管，组织农技人员深入田间地头开展技术指导，确保不误农时。',
    ]);
    expect(result.meta).toEqual({ title: '静海区召开春耕生产工作会议', date: '2024-03-28', outlet: '静海区农业农村委' });
  });

  it('reads a WeChat article: account and time under the title, caption and byline kept, toolbar dropped', async () => {
    const result = await read(new Uint8Array(readFileSync(fixturePath('wechat-article.html'))));
    expect(result.text.split('\n')).toEqual([
      '# 河西区：“家门口”就业服务站开到社区',
      '河西发布 2024-04-15 18:30',
      '为进一步打通就业服务“最后一公里”，河西区在全区13个街道设立“家门口”就业服务站，为辖区居民提供政策咨询、岗位推荐、技能培训等服务。',
      '截至目前，服务站已累计举办招聘活动46场，提供就业岗位3200余个，帮助860余名居民实现就业。',
      '图为就业服务站工作人员为居民讲解政策',
      '来源：河西区人社局',
      '编辑：王晓',
    ]);
    expect(result.meta).toEqual({ title: '河西区：“家门口”就业服务站开到社区', date: '2024-04-15' });
  });

  it('reads a WeChat post saved with its scripts: the text its scripts would show, the day and account they hold', async () => {
    const page = (scripts: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="签约36亿元！顺德家电产业推介会举行"></head><body>
      <div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">签约36亿元！顺德家电产业推介会举行</h1>
      <div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">顺德发布</a></span>
      <em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
      <div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;"><section><span>11月12日，顺德区智能家电产业投资推介会在北滘镇举行，现场签约项目9个，总投资36亿元。</span><br></section>
      <section><span>顺德区副区长陈伟明表示，顺德将为签约项目提供全流程服务，确保项目早开工、早投产。</span></section></div></div>
      <script>${scripts}</script></body></html>`;
    const saved = await read(utf8(page('var nickname = htmlDecode("顺德发布");\nvar ct = "1794470400";\nvar publish_time = "2026-11-12" || "";')));
    expect(saved.text).toContain('11月12日，顺德区智能家电产业投资推介会在北滘镇举行，现场签约项目9个，总投资36亿元。');
    expect(saved.text).toContain('顺德区副区长陈伟明表示');
    expect(saved.meta).toEqual({ title: '签约36亿元！顺德家电产业推介会举行', date: '2026-11-12', outlet: '顺德发布' });
    // Only the time it was created: 1794416400 s is 2026-11-12 01:00 in China, still 11 November in UTC.
    const created = await read(utf8(page('var nickname = "顺德发布"; var ct = "1794416400";')));
    expect(created.meta.date).toBe('2026-11-12');
  });

  it('turns in-article h2/h3 into ## and keeps list items as lines and a table of data as a pipe table', async () => {
    const html = `<html><head><meta charset="utf-8"><title>小淀镇推进高质量发展 - 北辰区</title></head><body>
      <h1>小淀镇推进高质量发展</h1>
      <p>2024年4月8日 09:12</p>
      <article>
        <p>小淀镇坚持以奋进者姿态，推动经济社会高质量发展动力更强、成色更足、势头更好，全年目标任务有序推进。</p>
        <h2>以“谋”为先 一张蓝图绘到底</h2>
        <p>小淀镇立足区位、交通、潜力、人文等资源禀赋，制定总体城市设计，重点谋划打造城郊文旅、新能源产业园等重点项目。</p>
        <ol><li>新能源产业园</li><li>天锻都市产业园</li></ol>
        <table><tr><th>指标</th><th>完成值</th></tr><tr><td>固定资产投资</td><td>18.6亿元</td></tr></table>
        <p>下一步，小淀镇将持续优化营商环境，为项目落地提供全流程保障，确保完成全年各项任务。</p>
      </article></body></html>`;
    const result = await read(utf8(html));
    expect(result.text.split('\n')).toEqual([
      '# 小淀镇推进高质量发展',
      '2024年4月8日 09:12',
      '小淀镇坚持以奋进者姿态，推动经济社会高质量发展动力更强、成色更足、势头更好，全年目标任务有序推进。',
      '## 以“谋”为先 一张蓝图绘到底',
      '小淀镇立足区位、交通、潜力、人文等资源禀赋，制定总体城市设计，重点谋划打造城郊文旅、新能源产业园等重点项目。',
      '1. 新能源产业园',
      '2. 天锻都市产业园',
      '| 指标 | 完成值 |',
      '| --- | --- |',
      '| 固定资产投资 | 18.6亿元 |',
      '下一步，小淀镇将持续优化营商环境，为项目落地提供全流程保障，确保完成全年各项任务。',
    ]);
    expect(result.meta).toEqual({ title: '小淀镇推进高质量发展', date: '2024-04-08' });
  });

  it('keeps a title row above a table of data as a line, reads nested tables as their own, and a one-row table as a line', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><h1>武清区前三季度经济运行情况</h1>
      <p>前三季度，武清区经济运行稳中有进，主要指标好于全市平均水平。</p>
      <table>
        <tr><td colspan="3">武清区主要经济指标</td></tr>
        <tr><td>指标</td><td>完成值（亿元）</td><td>增速（%）</td></tr>
        <tr><td>地区生产总值</td><td>612.4</td><td>5.6</td></tr>
        <tr><td>备注</td><td><table><tr><td>口径</td><td>年报</td></tr><tr><td>来源</td><td>区统计局</td></tr></table></td><td></td></tr>
      </table>
      <table><tr><td>单位：亿元</td><td>数据截至9月底</td></tr></table>
      </body></html>`;
    const lines = (await read(utf8(html))).text.split('\n');
    expect(lines.slice(2)).toEqual([
      '武清区主要经济指标',
      '| 指标 | 完成值（亿元） | 增速（%） |',
      '| --- | --- | --- |',
      '| 地区生产总值 | 612.4 | 5.6 |',
      '| 备注 | 口径  年报 来源  区统计局 |  |',
      '单位：亿元  数据截至9月底',
    ]);
  });

  it('splits paragraphs at <br> and joins source line breaks between Chinese characters', async () => {
    const html = '<html><head><meta charset="utf-8"><title>通知</title></head><body><div id="content"><h1>关于开展安全检查的通知</h1><p>\u3000\u3000各镇街：<br>\u3000\u3000为切实做好安全生产工作，区安委办决定\n        在全区范围内开展安全生产大检查。<br>\u3000\u3000特此通知。</p></div></body></html>';
    const result = await read(utf8(html));
    expect(result.text).toBe('# 关于开展安全检查的通知\n各镇街：\n为切实做好安全生产工作，区安委办决定在全区范围内开展安全生产大检查。\n特此通知。');
  });

  it.each([
    ['no <html> or <body>', '<h1>北辰区召开会议</h1><p>会议研究部署了近期重点工作。</p>', '# 北辰区召开会议\n会议研究部署了近期重点工作。'],
    ['a head but no <body>', '<html><head><meta charset="utf-8"><title>会议</title></head><h1>北辰区召开会议</h1><p>会议研究部署了近期重点工作。</p></html>', '# 北辰区召开会议\n会议研究部署了近期重点工作。'],
    ['a bare paragraph', '<p>只有一段话。</p>', '只有一段话。'],
  ])('reads a page with %s', async (_name, html, expected) => {
    expect((await read(utf8(html))).text).toBe(expected);
  });

  it('never runs scripts or keeps their text', async () => {
    const html = '<html><head><meta charset="utf-8"><script>document.title = "被篡改"</script></head><body><h1>北辰区召开会议</h1><script>document.write("<p>脚本写入的文字</p>")</script><p>会议研究部署了近期重点工作，要求各部门抓好落实，确保各项任务按时完成，取得实效。</p><noscript>请启用脚本</noscript></body></html>';
    const result = await read(utf8(html));
    expect(result.text).toBe('# 北辰区召开会议\n会议研究部署了近期重点工作，要求各部门抓好落实，确保各项任务按时完成，取得实效。');
  });

  it('refuses a page nested deeper than any article page (READ_NESTING), quickly', async () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}北辰区${'</div>'.repeat(20_000)}</body></html>`;
    await expect(read(utf8(deep))).rejects.toMatchObject({ code: 'READ_NESTING' });
  });

  it('still reads a page nested a hundred levels deep', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body>${'<div>'.repeat(100)}<h1>北辰区召开会议</h1><p>会议研究部署了近期重点工作，要求各部门抓好落实，确保各项任务按时完成，取得实效。</p>${'</div>'.repeat(100)}</body></html>`;
    expect((await read(utf8(html))).text).toContain('会议研究部署了近期重点工作');
  });

  it('does not count unclosed <p> and <li> as nesting', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><h1>北辰区各镇街动态</h1>${'<p>各镇街按照统一部署扎实推进各项重点工作，取得阶段性成效。'.repeat(800)}<ul>${'<li>一项'.repeat(600)}</ul></body></html>`;
    const result = await read(utf8(html));
    expect(result.text).toContain('各镇街按照统一部署');
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a page with no visible text', utf8('<html><head><title></title></head><body><script>x()</script></body></html>')],
  ])('refuses %s as READ_EMPTY', async (_name, bytes) => {
    await expect(read(bytes)).rejects.toMatchObject({ code: 'READ_EMPTY' });
  });
});
