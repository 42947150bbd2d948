import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/model/index.js';
import { publishIndex, publishedReports, writeIndexPage, type PublishedReport } from '../../src/publish/index.js';
import { buildDistrictView } from '../../src/render/view.js';
import { articles, beichen, sampleBriefing, sampleSettings } from '../fixtures/render/briefing.js';

const REPORTS: PublishedReport[] = [
  { slug: '天津市-北辰区', files: ['天津市-北辰区.pdf', '天津市-北辰区.docx'], sizes: { '天津市-北辰区.pdf': 178_339, '天津市-北辰区.docx': 217_218 } },
  { slug: '天津市-蓟州区', files: ['天津市-蓟州区.pdf', '天津市-蓟州区.docx', '天津市-蓟州区.html'] },
  { slug: '综述', files: ['综述.pdf', '综述.docx'] },
];

function page(briefing: Briefing = sampleBriefing(), reports = REPORTS, options = {}) {
  const html = writeIndexPage(briefing, reports, options);
  return { html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

const text = (el: { textContent: string | null } | null) => (el?.textContent ?? '').replace(/\s+/g, '');

describe('the published index page', () => {
  it('is a standalone Chinese page that needs no script: lang, charset, title, no scripts, unique ids', () => {
    const { html, doc } = page();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(doc.querySelector('head')!.firstElementChild!.outerHTML).toBe('<meta charset="utf-8">');
    expect(doc.querySelector('title')!.textContent).toBe('区域观察简报 第3期');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('link[rel=stylesheet]')).toHaveLength(0);
    for (const img of doc.querySelectorAll('img')) expect(img.getAttribute('alt')).toBeTruthy();
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the briefing name, 第N期, the unit and the period in the header', () => {
    const { doc } = page(sampleBriefing(), REPORTS, { name: '北辰观察', unit: '北辰区委研究室' });
    const header = text(doc.querySelector('header'));
    expect(header).toContain('北辰观察');
    expect(header).toContain('北辰区委研究室·第3期·2023年4月21日');
    expect(header).toContain('信息时段：2023年4月18日至4月21日');
  });

  it('lists every district with its article count and headline figures formatted for Chinese readers', () => {
    const { doc } = page();
    const cards = [...doc.querySelectorAll('.card')];
    expect(cards.map((c) => text(c.querySelector('h3')))).toEqual(['北辰区天津市', '蓟州区天津市']);
    expect(text(cards[0]!.querySelector('.count'))).toBe('2篇信息');
    expect(text(cards[0]!.querySelector('.figures'))).toContain('协议投资额52亿元');
    expect(text(cards[0]!.querySelector('.figures'))).toContain('实际利用内资到位额8.35亿元');
    expect(text(cards[1]!.querySelector('.figures'))).toContain('农业总产值45.6亿元');
    const rows = [...doc.querySelectorAll('tbody tr')].map((r) => text(r));
    expect(rows[0]).toMatch(/^北辰区2篇.*52亿元/);
    expect(rows[1]).toMatch(/^蓟州区1篇.*45\.6亿元/);
    expect(text(doc.querySelector('.stats'))).toBe('本期共收录2个区县的3篇信息。');
  });

  it('links each report by a relative, URL-encoded file name; Word files download', () => {
    const { doc } = page();
    const links = [...doc.querySelectorAll('#d-天津市-北辰区 .links a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      encodeURIComponent('天津市-北辰区.pdf'),
      encodeURIComponent('天津市-北辰区.docx'),
    ]);
    expect(links.map((a) => text(a))).toEqual(['北辰区简报PDF174KB', '北辰区简报Word212KB']);
    expect(links[1]!.hasAttribute('download')).toBe(true);
    expect(links[0]!.hasAttribute('download')).toBe(false);
    expect([...doc.querySelectorAll('#d-天津市-蓟州区 .links a')].map((a) => text(a))).toEqual(['蓟州区简报PDF', '蓟州区简报Word', '蓟州区简报网页版']);
    const overview = [...doc.querySelectorAll('#overview ~ .links a')].map((a) => a.getAttribute('href'));
    expect(overview).toEqual([encodeURIComponent('综述.pdf'), encodeURIComponent('综述.docx')]);
  });

  it('says so when a district has no files, instead of linking to nothing', () => {
    const { doc } = page(sampleBriefing(), REPORTS.filter((r) => r.slug !== '天津市-蓟州区'));
    expect(text(doc.querySelector('#d-天津市-蓟州区 .missing'))).toBe('本期未生成文件');
    expect(doc.querySelectorAll('#d-天津市-蓟州区 a')).toHaveLength(0);
  });

  it('previews the first page: masthead, title and the key points of the briefing', () => {
    const { doc } = page(sampleBriefing(), REPORTS, { maxKeyPoints: 2 });
    const sheet = doc.querySelector('#d-天津市-北辰区 .sheet')!;
    expect(text(sheet.querySelector('.name'))).toBe('区域观察简报');
    expect(text(sheet.querySelector('.title'))).toBe('北辰区工作动态');
    const points = [...sheet.querySelectorAll('ol li')].map((li) => li.textContent);
    // The same key points as the briefing's own 本期要点, from the same view model.
    const view = buildDistrictView(sampleBriefing(), beichen, sampleSettings({ maxKeyPoints: 2 }));
    expect(points).toEqual(view.keyPoints.map((p) => p.text));
    expect(points).toHaveLength(2);
  });

  it('shows article text as text: markup in a title is never interpreted', () => {
    const b = sampleBriefing();
    b.articles.push({ ...structuredClone(articles[2]!), id: 'x1', title: '<script>alert(1)</script>某地“新闻”' });
    b.unassignedArticleIds = ['x1'];
    const { html, doc } = page(b);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text(doc.querySelector('.notice'))).toBe('另有1篇信息未能归入区县：《<script>alert(1)</script>某地“新闻”》。');
  });

  it('tells apart two districts of the same name in different cities', () => {
    const b = sampleBriefing();
    const gulouNj = { ...structuredClone(b.districts[1]!), name: '鼓楼区', city: '南京市', province: '江苏省', code: '320106', slug: '南京市-鼓楼区' };
    const gulouFz = { ...structuredClone(b.districts[1]!), name: '鼓楼区', city: '福州市', province: '福建省', code: '350102', slug: '福州市-鼓楼区' };
    b.districts = [gulouNj, gulouFz];
    const { doc } = page(b, []);
    expect([...doc.querySelectorAll('.card h3')].map((h) => text(h))).toEqual(['鼓楼区南京市', '鼓楼区福州市']);
    expect([...doc.querySelectorAll('tbody th')].map((h) => text(h))).toEqual(['南京市鼓楼区', '福州市鼓楼区']);
    expect([...doc.querySelectorAll('tbody th a')].map((a) => decodeURIComponent(a.getAttribute('href')!))).toEqual(['#d-南京市-鼓楼区', '#d-福州市-鼓楼区']);
  });

  it('says when no article could be placed in a district', () => {
    const b = sampleBriefing();
    b.districts = [];
    const { doc } = page(b, []);
    expect(doc.querySelectorAll('.card')).toHaveLength(0);
    expect(text(doc.querySelector('main'))).toContain('本期没有可归入区县的信息。');
  });

  it('gives the same bytes for the same briefing', () => {
    expect(page().html).toBe(page().html);
  });
});

describe('publishIndex', () => {
  it('writes index.html from the files in the output folder, and nothing when it would not change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-publish-'));
    const b = sampleBriefing();
    writeFileSync(join(dir, '天津市-北辰区.pdf'), '%PDF-1.7 test');
    writeFileSync(join(dir, '综述.docx'), 'PK');
    writeFileSync(join(dir, 'briefing.json'), JSON.stringify(b));
    expect(publishedReports(dir, b)).toEqual([
      { slug: '天津市-北辰区', files: ['天津市-北辰区.pdf'], sizes: { '天津市-北辰区.pdf': 13 } },
      { slug: '天津市-蓟州区', files: [], sizes: {} },
      { slug: '综述', files: ['综述.docx'], sizes: { '综述.docx': 2 } },
    ]);
    expect(publishIndex(dir, b, { name: '区域观察' })).toBe(true);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toContain(`href="${encodeURIComponent('天津市-北辰区.pdf')}"`);
    expect(html).toContain('<a href="briefing.json" type="application/json">briefing.json</a>');
    expect(publishIndex(dir, b, { name: '区域观察' })).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(publishIndex(dir, b, { name: '区域观察简报' })).toBe(true);
  });
});
