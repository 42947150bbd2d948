import type { Root } from 'mdast';

/**
 * The document tree between templates and writers is mdast (GFM + footnotes + directives),
 * produced by parsing a rendered template. Besides standard Markdown nodes, writers understand:
 *
 * Leaf directives (one line, `::name{attr="…"}`):
 *   ::masthead{name="区域观察简报" issue="第3期" unit="北辰区委宣传部" date="2023年4月21日"}
 *                            报头: red name, 第N期, unit left / date right, red rule (first page).
 *   ::pagebreak              forced page break.
 *   ::toc{title="目录"}       table of contents of the headings that follow (depth 2–3).
 *
 * Container directives (`:::name` … `:::`):
 *   :::note{label="按语"}     editor's note (按语), set in 楷体 with its label in 黑体.
 *   :::endblock{copies="30"} 报尾: between two rules at the foot of the last page; each paragraph
 *                            inside is one line (报：… / 送：… / 发：…); copies → （共印30份） right.
 *   :::center                centred paragraphs (e.g. 编印单位 lines).
 *
 * Fenced code block with lang `chart`: a ChartSpec as JSON, drawn as a chart (vector in PDF).
 *
 * Headings: depth 1 is the report title (二号 小标宋, centred); depth 2 → 一、 level (黑体);
 * depth 3 → （一） level (楷体); depth 4 → 1. level; depth 5–6 → （1） level. Numbering is part of
 * the heading text (templates use the numeral helpers); writers do not add numbers.
 */
export type DocumentTree = Root;

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartSpec {
  /** bar: vertical bars; hbar: horizontal bars (long Chinese labels read better). */
  type: 'bar' | 'hbar';
  title: string;
  /** Unit shown on the value axis, e.g. 亿元, %, 篇. */
  unit: string;
  categories: string[];
  series: ChartSeries[];
}

export const DIRECTIVES = {
  leaf: ['masthead', 'pagebreak', 'toc'],
  container: ['note', 'endblock', 'center'],
} as const;
