import { describe, expect, it } from 'vitest';
import { formatFindings, formatTable, padEnd } from '../../src/eval/report.js';
import type { ArticleResult, Evaluation } from '../../src/eval/run.js';
import { emptyTally, FACT_TYPES, type ArticleScore, type FactType, type Finding, type Tally } from '../../src/eval/score.js';
import { checkTargets, totalsOf } from '../../src/eval/targets.js';

function score(tallies: Partial<Record<FactType, Tally>>, findings: Finding[] = [], districtCorrect = true): ArticleScore {
  const byType = Object.fromEntries(
    FACT_TYPES.map((t) => [t, { tally: tallies[t] ?? emptyTally(), findings: findings.filter((f) => f.type === t) }]),
  ) as ArticleScore['byType'];
  return { districtCorrect, byType };
}

const result = (title: string, s: ArticleScore, extra: Partial<ArticleResult> = {}): ArticleResult => ({
  case: 'page',
  input: 'page.txt',
  title,
  foundTitle: title,
  matchedBy: 'title',
  expected: true,
  score: s,
  ...extra,
});

function evaluationOf(articles: ArticleResult[]): Evaluation {
  const totals = totalsOf(articles);
  return { articles, totals, targets: checkTargets(totals), cases: 1 };
}

describe('the table', () => {
  // 1999 of 2105 figures found: 94.96%, which must not read as a met 95.0%.
  const e = evaluationOf([
    result('小淀镇：以奋进之姿推进高质量发展', score({ district: { tp: 1, fp: 0, fn: 0 }, figures: { tp: 1999, fp: 1, fn: 106 } })),
    result('北仓镇跑出经济发展“加速度”', score({ district: { tp: 0, fp: 1, fn: 1 } }, [], false)),
  ]);
  const table = formatTable(e);

  it('gives TP, FP, FN, precision, recall and F1 per fact type', () => {
    expect(table).toMatch(/^figures\s+1999\s+1\s+106\s+99\.9%\s+94\.9%\s+97\.3%$/mu);
    expect(table).toMatch(/^district\s+1\s+1\s+1\s+50\.0%\s+50\.0%\s+50\.0%$/mu);
  });

  it('gives district accuracy over the gold articles', () => {
    expect(table).toContain('district accuracy: 1/2 = 50.0%');
  });

  it('truncates a rate just under its target, and says the target is not met', () => {
    expect(table).toMatch(/NOT MET\s+figures recall\s+94\.9%/u);
    expect(table).toMatch(/met\s+figures precision\s+99\.9%/u);
  });
});

describe('the findings', () => {
  it('list every miss and false positive under its article, and leave out articles without any', () => {
    const findings: Finding[] = [
      { type: 'figures', verdict: 'missed', fact: '1000万元 = 10000000', note: 'found with value 1000' },
      { type: 'people', verdict: 'extra', fact: '许磊: 通讯员' },
    ];
    const text = formatFindings([result('北仓镇跑出经济发展“加速度”', score({}, findings)), result('小淀镇：以奋进之姿推进高质量发展', score({}))]);
    expect(text.split('\n')).toEqual([
      'page.txt › 北仓镇跑出经济发展“加速度”',
      '    figures       missed  1000万元 = 10000000   (found with value 1000)',
      '    people        extra   许磊: 通讯员',
    ]);
  });

  it('say when an article was lost, paired by order, or not asked for', () => {
    const text = formatFindings([
      result('北仓镇跑出经济发展“加速度”', score({}), { foundTitle: null, matchedBy: null }),
      result('大胡同商圈焕新升级', score({}), { foundTitle: '红桥发布 2024年3月18日', matchedBy: 'order' }),
      result('投稿热线', score({}, [{ type: 'district', verdict: 'extra', fact: '天津市 北辰区' }]), { expected: false, matchedBy: null }),
    ]);
    expect(text).toContain('北仓镇跑出经济发展“加速度”  [not found: no article with this title]');
    expect(text).toContain('[headline found as 「红桥发布 2024年3月18日」; paired as the article left over]');
    expect(text).toContain('投稿热线  [an article no gold entry asks for]');
  });
});

describe('padEnd', () => {
  it('counts a Chinese character as two columns', () => {
    expect(padEnd('人员', 6)).toBe('人员  ');
    expect(padEnd('people', 8)).toBe('people  ');
  });
});
