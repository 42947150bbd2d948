import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import type { Briefing } from '../../src/model/briefing.js';
import { docxEntries, docxText, pdfFlatText } from '../helpers/documents.js';

const INPUT = join(import.meta.dirname, '../../input');
let out: string;
let result: BuildResult;
let model: Briefing;

beforeAll(async () => {
  process.env.SOURCE_DATE_EPOCH = '1682035200'; // 2023-04-21
  out = mkdtempSync(join(tmpdir(), 'jianbao-e2e-'));
  result = await build({ overrides: { input: INPUT, output: out } });
  model = JSON.parse(readFileSync(join(out, 'briefing.json'), 'utf8')) as Briefing;
}, 180_000);

const district = (name: string) => model.districts.find((d) => d.name === name)!;
const articlesOf = (name: string) => model.articles.filter((a) => district(name).articleIds.includes(a.id));

describe('the seeds, end to end', () => {
  it('builds three district briefings and the overview, as PDF and DOCX', () => {
    expect(result.exitCode).toBe(0);
    expect(model.districts.map((d) => [d.name, d.articleIds.length]).sort()).toEqual([
      ['东丽区', 1],
      ['北辰区', 3],
      ['蓟州区', 1],
    ]);
    const files = readdirSync(out).filter((f) => !f.startsWith('.')).sort();
    for (const slug of ['东丽区', '北辰区', '蓟州区', '综述']) {
      expect(files).toContain(`${slug}.pdf`);
      expect(files).toContain(`${slug}.docx`);
    }
    expect(files).toContain('briefing.json');
  });

  it('records sources, articles and districts with the fields design.md names', () => {
    const s = model.sources.find((x) => x.path.startsWith('004_'))!;
    expect(s).toMatchObject({ format: 'txt', encoding: 'utf-8' });
    expect(s.articleIds).toHaveLength(4);
    expect(s.discarded).toHaveLength(1);
    expect(s.discarded[0]!.text).toContain('投稿热线');
    for (const a of model.articles) {
      for (const key of ['id', 'source', 'title', 'kicker', 'lead', 'outlet', 'dateline', 'bylines', 'paragraphs', 'district', 'places', 'figures', 'people', 'organizations', 'projects', 'keywords', 'themes', 'summary']) {
        expect(a).toHaveProperty(key);
      }
      expect(a.summary.length).toBeGreaterThanOrEqual(2);
      expect(a.summary.length).toBeLessThanOrEqual(3);
    }
  });

  it('joins lines broken mid-sentence and keeps kickers and bylines out of the body', () => {
    const xd = model.articles.find((a) => a.title.includes('小淀镇'))!;
    const body = xd.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('项目为王”意识');
    expect(body).toContain('增强发展动能');
    expect(body).not.toContain('通讯员');
    expect(xd.bylines.map((b) => b.text)).toEqual(['通讯员 许磊']);
    const bc = model.articles.find((a) => a.title.includes('北仓镇'))!;
    expect(bc.kicker).toBe('开好局 起好步 多措并举抓经济');
    expect(bc.paragraphs.map((p) => p.text).join('')).not.toContain('开好局');
    const jz = model.articles.find((a) => a.title.includes('蓟州区'))!;
    expect(jz.outlet).toBe('天津北方网');
    expect(jz.lead).toMatch(/^4月21日上午，天津市政府新闻办举行/);
  });

  it('finds the figures with their normalised values', () => {
    const values = (name: string) => district(name).figures.map((f) => [f.text, f.value]);
    expect(values('蓟州区')).toEqual(expect.arrayContaining([['7.66亿元', 766000000], ['27.86%', 0.2786]]));
    const bc = district('北辰区').figures;
    expect(bc.map((f) => f.text)).toEqual(expect.arrayContaining(['30个', '56家', '1.29亿元']));
    expect(bc.find((f) => f.text === '1.29亿元')!.value).toBe(129000000);
    expect(bc.find((f) => f.text.includes('10万吨'))!.value).toBe(100000);
  });

  it('finds the officials with their titles', () => {
    const people = Object.fromEntries(district('蓟州区').people.map((p) => [p.name, p.titles]));
    expect(people['贾占']).toEqual(['蓟州区政协副主席', '区农业农村委主任']);
    expect(people['刘凤林']).toEqual(['蓟州区发展改革委主任']);
    expect(people).toHaveProperty('李淑伶');
    expect(people).toHaveProperty('邵长亮');
    expect(district('蓟州区').people.find((p) => p.name === '刘凤林')!.quotes[0]).toMatch(/^今年第一批11个重点项目/);
  });

  it('finds the projects', () => {
    const names = [...district('北辰区').projects, ...district('东丽区').projects, ...district('蓟州区').projects].map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['江铜华北年产10万吨铜箔项目', '天津沃可达科技园项目', '大连山海高端康养综合体项目']));
  });

  it('puts each district’s headlines, figures and digests into its PDF', async () => {
    for (const d of model.districts) {
      const text = await pdfFlatText(readFileSync(join(out, `${d.slug}.pdf`)));
      for (const a of articlesOf(d.name)) expect(text).toContain(a.title.replace(/\s+/g, ''));
    }
    const bc = await pdfFlatText(readFileSync(join(out, '北辰区.pdf')));
    for (const s of ['在建项目', '30个', '新增注册企业', '56家', '1.29亿元']) expect(bc).toContain(s);
    // Every summary sentence of every 北辰区 article appears whole.
    for (const a of articlesOf('北辰区')) for (const s of a.summary) expect(bc).toContain(s.replace(/\s+/g, ''));
  });

  it('embeds fonts and body text in each DOCX', () => {
    for (const d of model.districts) {
      const bytes = readFileSync(join(out, `${d.slug}.docx`));
      expect(Object.keys(docxEntries(bytes)).some((n) => n.startsWith('word/fonts/'))).toBe(true);
      const text = docxText(bytes);
      for (const a of articlesOf(d.name)) expect(text).toContain(a.summary[0]!.replace(/\s+/g, '').slice(0, 20));
    }
  });

  it('gives identical bytes when built twice', async () => {
    const again = mkdtempSync(join(tmpdir(), 'jianbao-e2e-'));
    await build({ overrides: { input: INPUT, output: again } });
    for (const f of ['北辰区.pdf', '北辰区.docx', '综述.pdf', '综述.docx', 'briefing.json']) {
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
  }, 180_000);

  it('writes nothing on a second run over unchanged input', async () => {
    const second = await build({ overrides: { input: INPUT, output: out } });
    expect(second.written).toEqual([]);
    expect(second.skipped.sort()).toEqual(['东丽区', '北辰区', '综述', '蓟州区'].sort());
  }, 180_000);

  it('keeps every report in the manifest after --force over unchanged output, so the next run still skips them', async () => {
    const forced = await build({ overrides: { input: INPUT, output: out, force: true } });
    expect(forced.written).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, '.jianbao-manifest.json'), 'utf8')) as { reports: Record<string, unknown> };
    expect(Object.keys(manifest.reports).sort()).toEqual(['东丽区', '北辰区', '综述', '蓟州区'].sort());
    const third = await build({ overrides: { input: INPUT, output: out } });
    expect(third.skipped.sort()).toEqual(['东丽区', '北辰区', '综述', '蓟州区'].sort());
  }, 180_000);
});
