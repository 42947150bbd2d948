import type { ArticleResult, Evaluation } from './run.js';
import { f1, FACT_TYPES, precision, recall, type FactType } from './score.js';
import { districtAccuracy } from './targets.js';

// What `npm run eval` prints: the table, the targets, and (verbose) every miss and false positive.

const LABELS: Record<FactType, string> = {
  district: 'district',
  figures: 'figures',
  people: 'people (name + titles)',
  projects: 'projects',
  organizations: 'organisations',
};

/** Truncated, not rounded: 94.97% must not read as a met 95.0% target. */
const pct = (x: number): string => `${(Math.floor(x * 1000 + 1e-9) / 10).toFixed(1)}%`;

/** Pads to a width in terminal columns, counting a CJK character as two. */
export function padEnd(s: string, width: number): string {
  const cols = [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, width - cols));
}

const padStart = (s: string, width: number): string => s.padStart(width);

export function formatTable(e: Evaluation): string {
  const head = `${padEnd('fact type', 24)}${['TP', 'FP', 'FN'].map((h) => padStart(h, 6)).join('')}${['precision', 'recall', 'F1'].map((h) => padStart(h, 11)).join('')}`;
  const rows = FACT_TYPES.map((t) => {
    const tally = e.totals.byType[t];
    const counts = [tally.tp, tally.fp, tally.fn].map((n) => padStart(String(n), 6)).join('');
    const rates = [precision(tally), recall(tally), f1(tally)].map((x) => padStart(pct(x), 11)).join('');
    return `${padEnd(LABELS[t], 24)}${counts}${rates}`;
  });
  const { correct, total } = e.totals.district;
  const count = (p: (a: ArticleResult) => boolean) => e.articles.filter(p).length;
  const lines = [
    `gold set: ${e.cases} files, ${total} articles`,
    `articles found by title ${count((a) => a.matchedBy === 'title')}, by order only ${count((a) => a.matchedBy === 'order')}, ` +
      `not found ${count((a) => a.expected && a.matchedBy === null)}; articles no gold entry asks for ${count((a) => !a.expected)}`,
    '',
    head,
    '-'.repeat(head.length),
    ...rows,
    '',
    `district accuracy: ${correct}/${total} = ${pct(districtAccuracy(e.totals))}`,
    '',
    'targets (issue 3):',
    ...e.targets.map((c) => `  ${c.met ? 'met    ' : 'NOT MET'}  ${padEnd(c.name, 30)} ${padStart(pct(c.value), 7)}  (at least ${pct(c.atLeast)})`),
  ];
  return lines.join('\n');
}

/** Every miss and false positive, article by article, for a developer to work through. */
export function formatFindings(articles: readonly ArticleResult[]): string {
  const out: string[] = [];
  for (const a of articles) {
    const findings = FACT_TYPES.flatMap((t) => a.score.byType[t].findings);
    const lost = a.expected && a.foundTitle === null;
    // A headline segmentation got wrong is worth a line even when every fact came out right.
    if (findings.length === 0 && a.expected && a.foundTitle === a.title) continue;
    const how = !a.expected
      ? '  [an article no gold entry asks for]'
      : lost
        ? '  [not found: no article with this title]'
        : a.matchedBy === 'order'
          ? `  [headline found as 「${a.foundTitle}」; paired as the article left over]`
          : a.foundTitle !== a.title
            ? `  [found as 「${a.foundTitle}」]`
            : '';
    out.push(`${a.input} › ${a.title}${how}`);
    for (const f of findings) {
      out.push(`    ${padEnd(f.type, 14)}${padEnd(f.verdict, 8)}${f.fact}${f.note ? `   (${f.note})` : ''}`);
    }
  }
  return out.length ? out.join('\n') : 'no misses and no false positives';
}
