import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { goldCaseOf, goldInputBytes, goldInputText, GoldSetError, loadGoldSet, type GoldCase } from '../../src/eval/gold.js';
import { sameValue } from '../../src/eval/score.js';
import { valueOfText } from './_value.js';

// The gold set checked against itself: every fact it expects is in its article as written, every
// value agrees with its text, and the set covers what issue 3 asks of it.

const GOLD = fileURLToPath(new URL('../fixtures/gold/', import.meta.url));
const cases = loadGoldSet(GOLD);
const articles = cases.flatMap((c) => c.articles.map((a) => ({ c, a })));
const seeds = cases.filter((c) => c.name.startsWith('seed-'));

/** Each article's stretch of its file: from its headline to the next article's (line breaks removed). */
function stretches(c: GoldCase): string[] {
  const text = goldInputText(GOLD, c).replace(/\n/g, '');
  if (c.input.endsWith('.html')) return c.articles.map(() => text);
  const starts = c.articles.map((a) => text.indexOf(a.title));
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}

const withStretch = cases.flatMap((c) =>
  stretches(c).map((text, i) => ({ name: `${c.name} › ${c.articles[i]!.title}`, text, a: c.articles[i]!, html: c.input.endsWith('.html') })),
);

describe('the gold set', () => {
  it('holds the two seeds and at least 40 written articles beyond them', () => {
    expect(seeds.map((c) => c.input)).toEqual(['seed-000_fbb571fac9155282.txt', 'seed-004_e53202daf535e3fa.txt']);
    expect(seeds.flatMap((c) => c.articles)).toHaveLength(5);
    expect(articles.length - 5).toBeGreaterThanOrEqual(40);
  });

  it('covers every district of Tianjin', () => {
    const districts = new Set(articles.map(({ a }) => a.district));
    for (const d of ['和平区', '河东区', '河西区', '南开区', '河北区', '红桥区', '东丽区', '西青区', '津南区', '北辰区', '武清区', '宝坻区', '滨海新区', '宁河区', '静海区', '蓟州区']) {
      expect(districts, d).toContain(`天津市 ${d}`);
    }
  });

  it('covers counties of other provinces, a city, a province and articles with no district', () => {
    const provinces = new Set(articles.map(({ a }) => a.district?.split(' ')[0]));
    for (const p of ['浙江省', '江苏省', '河北省', '四川省', '广东省', '山东省', '河南省']) expect(provinces).toContain(p);
    expect(articles.some(({ a }) => a.district === '天津市')).toBe(true);
    expect(articles.some(({ a }) => a.district === '河北省')).toBe(true);
    expect(articles.filter(({ a }) => a.district === null).length).toBeGreaterThanOrEqual(2);
  });

  it('arrives in several formats and encodings, some files with several articles', () => {
    expect(new Set(cases.map((c) => c.encoding))).toEqual(new Set(['utf-8', 'gb18030', 'gbk', 'big5']));
    expect(cases.filter((c) => c.input.endsWith('.html')).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.articles.length > 1).length).toBeGreaterThanOrEqual(3);
  });

  // HTML pages are measured by eye: their stretch is the whole page, furniture included.
  const measured = withStretch.filter(({ name, html }) => !name.startsWith('seed-') && !html);
  it.each(measured)('$name is 200 to 1,200 characters long', ({ text }) => {
    const length = [...text.replace(/\s/g, '')].length;
    expect(length).toBeGreaterThanOrEqual(200);
    expect(length).toBeLessThanOrEqual(1200);
  });
});

describe.each(withStretch)('$name', ({ text, a }) => {
  it('quotes every figure exactly as its article writes it, with the value its text says', () => {
    for (const f of a.figures) {
      expect(text, f.text).toContain(f.text);
      expect(sameValue(valueOfText(f.text), f.value), `${f.text} = ${f.value}`).toBe(true);
    }
  });

  it('names people, titles, projects and organisations as the article writes them', () => {
    for (const p of a.people) {
      expect(text).toContain(p.name);
      for (const title of p.titles) expect(text).toContain(title);
    }
    for (const p of a.projects) expect(text.includes(p) || text.includes(`${p}项目`) || text.includes(p.replace(/[项項]目$/u, ''))).toBe(true);
    for (const o of a.organizations ?? []) expect(text).toContain(o);
  });
});

describe('inputs in other encodings', () => {
  it.each(cases.filter((c) => c.encoding !== 'utf-8').map((c) => [c.input, c] as const))('%s is written in its encoding without loss', (_input, c) => {
    const bytes = goldInputBytes(GOLD, c);
    expect(iconv.decode(Buffer.from(bytes), c.encoding)).toBe(goldInputText(GOLD, c));
    expect(new TextDecoder('utf-8', { fatal: false }).decode(bytes)).not.toBe(goldInputText(GOLD, c));
  });

  it('refuses a character the encoding cannot hold', () => {
    const c = { ...goldCaseOf('x', 'input: seed-000_fbb571fac9155282.txt\nencoding: big5\narticles: [{title: t, district: null, figures: [], people: {}, projects: []}]') };
    expect(() => goldInputBytes(GOLD, c)).toThrow(/big5 cannot encode/);
  });
});

describe('reading a gold file', () => {
  it.each([
    ['an unknown key', 'input: a.txt\narticles: [{title: t, district: null, figures: [], people: {}, projects: [], places: []}]', /articles\.0/],
    ['a figure without its kind', 'input: a.txt\narticles: [{title: t, district: null, figures: [[10亿元, 1000000000]], people: {}, projects: []}]', /figures/],
    ['a figure whose text YAML reads as a number', 'input: a.txt\narticles: [{title: t, district: null, figures: [[100, 100, count]], people: {}, projects: []}]', /figures/],
    ['an unknown encoding', 'input: a.txt\nencoding: latin1\narticles: [{title: t, district: null, figures: [], people: {}, projects: []}]', /encoding/],
  ])('names the file and the place of %s', (_case, yaml, where) => {
    expect(() => goldCaseOf('broken', yaml)).toThrow(GoldSetError);
    expect(() => goldCaseOf('broken', yaml)).toThrow(where);
  });

  it('turns people into names with their titles, in order', () => {
    const c = goldCaseOf('ok', 'input: a.txt\narticles: [{title: t, district: 天津市 北辰区, figures: [[56家, 56, count]], people: {贾占: [蓟州区政协副主席, 区农业农村委主任]}, projects: []}]');
    expect(c.articles[0]).toMatchObject({
      district: '天津市 北辰区',
      figures: [{ text: '56家', value: 56, kind: 'count' }],
      people: [{ name: '贾占', titles: ['蓟州区政协副主席', '区农业农村委主任'] }],
    });
    expect(c.encoding).toBe('utf-8');
  });
});
