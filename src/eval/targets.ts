import { addTally, emptyTally, f1, FACT_TYPES, precision, recall, type ArticleScore, type FactType, type Tally } from './score.js';

export interface Totals {
  byType: Record<FactType, Tally>;
  /** Gold articles whose district came out right, of all gold articles. */
  district: { correct: number; total: number };
}

/** Sums article scores; `expected: false` marks articles no gold entry asked for (they add only false positives). */
export function totalsOf(results: readonly { score: ArticleScore; expected: boolean }[]): Totals {
  const byType = Object.fromEntries(FACT_TYPES.map((t) => [t, emptyTally()])) as Record<FactType, Tally>;
  let correct = 0;
  let total = 0;
  for (const { score, expected } of results) {
    for (const t of FACT_TYPES) byType[t] = addTally(byType[t], score.byType[t].tally);
    if (!expected) continue;
    total++;
    if (score.districtCorrect) correct++;
  }
  return { byType, district: { correct, total } };
}

export const districtAccuracy = (t: Totals): number => (t.district.total === 0 ? 1 : t.district.correct / t.district.total);

export interface Target {
  name: string;
  measure: (t: Totals) => number;
  atLeast: number;
}

/** The targets of issue 3, measured on the gold set. */
export const TARGETS: readonly Target[] = [
  { name: 'district accuracy', measure: districtAccuracy, atLeast: 0.98 },
  { name: 'figures recall', measure: (t) => recall(t.byType.figures), atLeast: 0.95 },
  { name: 'figures precision', measure: (t) => precision(t.byType.figures), atLeast: 0.9 },
  { name: 'people (name with titles) F1', measure: (t) => f1(t.byType.people), atLeast: 0.9 },
  { name: 'projects F1', measure: (t) => f1(t.byType.projects), atLeast: 0.85 },
];

export interface TargetCheck {
  name: string;
  value: number;
  atLeast: number;
  met: boolean;
}

export function checkTargets(totals: Totals, targets: readonly Target[] = TARGETS): TargetCheck[] {
  return targets.map(({ name, measure, atLeast }) => {
    const value = measure(totals);
    return { name, value, atLeast, met: value >= atLeast };
  });
}
