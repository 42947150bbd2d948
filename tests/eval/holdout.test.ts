import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldInputBytes, goldInputText, loadGoldSet, type GoldCase } from '../../src/eval/gold.js';
import { sameValue } from '../../src/eval/score.js';
import { valueOfText } from './_value.js';

// The held-out set (tests/fixtures/gold-holdout/) checked against itself, as the gold set is: it is
// never tuned against, only measured (`npm run eval -- --dir tests/fixtures/gold-holdout`).

const HOLDOUT = fileURLToPath(new URL('../fixtures/gold-holdout/', import.meta.url));
const cases = loadGoldSet(HOLDOUT);

function stretches(c: GoldCase): string[] {
  const text = goldInputText(HOLDOUT, c).replace(/\n/g, '');
  if (c.input.endsWith('.html')) return c.articles.map(() => text);
  const starts = c.articles.map((a) => text.indexOf(a.title));
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}

/** The plain reading of the gold test, plus 万亿 (a trillion), which it does not know. */
function valueOf(text: string): number {
  return text.includes('万亿') ? valueOfText(text.replace('万亿', '亿')) * 1e4 : valueOfText(text);
}

const withStretch = cases.flatMap((c) =>
  stretches(c).map((text, i) => ({ name: `${c.name} › ${c.articles[i]!.title}`, text, a: c.articles[i]!, html: c.input.endsWith('.html') })),
);

describe('the held-out set', () => {
  it('holds at least 20 articles from provinces the gold set covers little', () => {
    expect(withStretch.length).toBeGreaterThanOrEqual(20);
    const provinces = new Set(withStretch.map(({ a }) => a.district?.split(' ')[0]));
    for (const p of ['上海市', '重庆市', '湖北省', '湖南省', '陕西省', '云南省', '辽宁省', '安徽省', '江西省', '广西壮族自治区', '天津市']) {
      expect(provinces).toContain(p);
    }
  });

  it.each(withStretch.filter(({ html }) => !html))('$name is 200 to 1,200 characters long', ({ text }) => {
    const length = [...text.replace(/\s/g, '')].length;
    expect(length).toBeGreaterThanOrEqual(200);
    expect(length).toBeLessThanOrEqual(1200);
  });

  it.each(cases.filter((c) => c.encoding !== 'utf-8').map((c) => [c.input, c] as const))('%s can be written in its encoding', (_input, c) => {
    expect(goldInputBytes(HOLDOUT, c).length).toBeGreaterThan(0);
  });
});

describe.each(withStretch)('$name', ({ text, a }) => {
  it('quotes every fact as its article writes it, with the value its text says', () => {
    for (const f of a.figures) {
      expect(text, f.text).toContain(f.text);
      expect(sameValue(valueOf(f.text), f.value), `${f.text} = ${f.value}`).toBe(true);
    }
    for (const p of a.people) {
      expect(text).toContain(p.name);
      for (const title of p.titles) expect(text).toContain(title);
    }
    for (const p of a.projects) expect(text.includes(p) || text.includes(`${p}项目`) || text.includes(p.replace(/项目$/u, ''))).toBe(true);
    for (const o of a.organizations ?? []) expect(text).toContain(o);
  });
});
