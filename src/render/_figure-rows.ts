import { changeSubject, figureLabel, formatFigureValue, rankFigures, type SourcedFigure } from './_figures.js';
import { clauseAround } from './_text.js';

/**
 * The key-figures table as a leader reads it: money first, then growth rates, then counts; a growth
 * rate beside the amount it qualifies (7.66亿元，同比增长155.84%); and no two rows under one label.
 */
export interface FigureRow {
  figure: SourcedFigure;
  /** What the row shows as its label: the figure's label, or its clause when labels collide. */
  label: string;
  /** The figure, and the change beside it when there is one. */
  value: string;
  change: SourcedFigure | null;
  /** The clause of the sentence that holds the figure. */
  context: string;
}

/**
 * 固定资产投资增长10%目标, 预计年产值80亿元: a goal or a forecast says so in its label, so that a
 * reader never takes it for a result.
 */
function rowLabel(f: SourcedFigure, place: string): string {
  const label = withoutPlace(f.kind === 'change' ? changeSubject(figureLabel(f)) : figureLabel(f), place);
  if (f.outlook === 'goal') return label.includes('目标') ? label : `${label}目标`;
  if (f.outlook === 'forecast') return label.includes('预计') ? label : `预计${label}`;
  return label;
}

/**
 * 滨海新区普惠小微贷款余额 in 滨海新区's own table is 普惠小微贷款余额: the report says whose figures they
 * are. (The analyser drops a leading 东丽区 or 河北省 itself, but not a longer name such as 滨海新区.)
 */
function withoutPlace(label: string, place: string): string {
  return place !== '' && label.startsWith(place) && Array.from(label).length - Array.from(place).length >= 2 ? label.slice(place.length) : label;
}

/**
 * The amount a change qualifies: same article, same measure, preferably the same sentence; the
 * first such amount in rank order that no other change has taken. `amounts` holds the candidates
 * by article and label, in rank order: looking them up rather than scanning every figure keeps a
 * district of thousands of figures linear (a scan per change took a minute at 10,000 articles).
 */
function baseOf(change: SourcedFigure, label: string, amounts: Map<string, SourcedFigure[]>, taken: Map<SourcedFigure, SourcedFigure>): SourcedFigure | null {
  const fits = (amounts.get(amountKey(change.articleId, label)) ?? []).filter((f) => !taken.has(f));
  return fits.find((f) => f.sentence === change.sentence) ?? fits[0] ?? null;
}

function amountKey(articleId: string, label: string): string {
  return `${articleId}\0${label}`;
}

/**
 * The table's rows, at most `max`, ranked, with changes merged into their amounts and collisions
 * resolved; labels that begin with `place` (the district whose figures they are) without it.
 */
export function figureRows(figures: SourcedFigure[], max: number, place = ''): FigureRow[] {
  const ranked = rankFigures(figures);
  const labels = new Map(ranked.map((f) => [f, rowLabel(f, place)]));
  const amounts = new Map<string, SourcedFigure[]>();
  for (const f of ranked) {
    if (f.kind === 'change' || f.kind === 'percent') continue;
    const key = amountKey(f.articleId, labels.get(f)!);
    const list = amounts.get(key);
    if (list) list.push(f);
    else amounts.set(key, [f]);
  }
  const changeOf = new Map<SourcedFigure, SourcedFigure>();
  const merged = new Set<SourcedFigure>();
  for (const f of ranked) {
    if (f.kind !== 'change') continue;
    const base = baseOf(f, labels.get(f)!, amounts, changeOf);
    if (!base) continue;
    changeOf.set(base, f);
    merged.add(f);
  }
  const rows = ranked
    .filter((f) => !merged.has(f))
    .slice(0, Math.max(0, max))
    .map((f): FigureRow => {
      const change = changeOf.get(f) ?? null;
      const value = formatFigureValue(f) + (change ? `，${formatFigureValue(change)}` : '');
      return { figure: f, label: labels.get(f)!, value, change, context: clauseAround(f.sentence, f.text) };
    });
  return withDistinctLabels(rows, place);
}

/**
 * Rows of one kind that share a label (重点项目 100个, 重点项目 11个) are told apart by their clauses;
 * an amount and a rate under one label (到位额 7.66亿元, 到位额 同比增长…) already read apart. A clause
 * that another row of the label has too (全社会研发投入 in two articles' 东丽区全社会研发投入达…) tells
 * nothing apart: such rows keep the short label, and the 来源 column says which is which.
 */
function withDistinctLabels(rows: FigureRow[], place: string): FigureRow[] {
  const key = (r: FigureRow) => `${r.label}|${r.figure.kind}|${r.figure.unit}`;
  const count = new Map<string, number>();
  for (const r of rows) count.set(key(r), (count.get(key(r)) ?? 0) + 1);
  // Per label, how many of its rows each clause names.
  const clauseOf = new Map<FigureRow, string>();
  const clauseCount = new Map<string, number>();
  for (const r of rows) {
    if (!r.context || count.get(key(r))! < 2) continue;
    const clause = withoutPlace(clauseLabel(r.context, r.figure.text), place);
    clauseOf.set(r, clause);
    clauseCount.set(`${key(r)}|${clause}`, (clauseCount.get(`${key(r)}|${clause}`) ?? 0) + 1);
  }
  return rows.map((r) => {
    const clause = clauseOf.get(r);
    return clause !== undefined && clauseCount.get(`${key(r)}|${clause}`) === 1 ? { ...r, label: clause } : r;
  });
}

// What links a measure to its amount at the end of a clause: 收入达到1890元 → 收入.
const LINK_VERB = /(?:达到|达|为|是|超过|超|约|近|共计|共|累计|实现|完成|突破)$/u;

/** A clause as a label: a figure that ends it is said by the value column, so it goes, with its verb. */
function clauseLabel(context: string, text: string): string {
  if (!context.endsWith(text)) return context;
  const head = context.slice(0, context.length - text.length).replace(LINK_VERB, '');
  return Array.from(head.replace(/^…/, '')).length >= 2 ? head : context;
}
