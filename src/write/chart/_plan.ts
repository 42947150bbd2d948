import type { ChartSpec } from '../../render/tree.js';
import type { Theme } from '../theme.js';
import { type ChartFaces, textWidth } from './_faces.js';
import { formatValue } from './_format.js';
import { wrapLabel } from './_wrap.js';

/** Sizes and colours of a chart, taken from the theme once. */
export interface ChartStyle {
  size: number;
  titleSize: number;
  lineHeight: number;
  text: string;
  axis: string;
  grid: string;
  /** One colour per series: theme red first, then greys. */
  palette: string[];
}

const GREYS = ['#8c8c8c', '#bfbfbf', '#595959', '#d9d9d9', '#404040'];

export function chartStyle(theme: Theme): ChartStyle {
  const label = theme.elements.chartLabel;
  return {
    size: label.size,
    titleSize: Math.round(label.size * 1.15 * 2) / 2,
    lineHeight: Math.round(label.size * 1.35 * 10) / 10,
    text: label.color,
    axis: '#7f7f7f',
    grid: '#e3e3e3',
    palette: [theme.colors.red, ...GREYS],
  };
}

/** How the category labels are set: on one line, broken onto several, or turned 45°. */
export interface CategoryLabels {
  /** The categories as drawn, with "\n" where a label breaks. */
  texts: string[];
  rotate: 0 | 45;
  /** Width a label is cut to (with …) when a crowded chart has no room to break it; undefined for no cut. */
  truncateWidth: number | undefined;
  /** Lines of the tallest label, for the height. */
  lines: number;
  /** Type size of category and value labels: the label size, less only when very many bars must share the page. */
  size: number;
}

/** Where things go, worked out from the spec, the width and the fonts before the chart is drawn (_draw.ts). */
export interface ChartPlan {
  style: ChartStyle;
  labels: CategoryLabels;
  /** The title as drawn ("\n" where it breaks), the top of its row and the bottom of the title/legend rows, in pt. */
  title: string;
  titleTop: number;
  headerBottom: number;
  /** The grid's outer bounds (axis labels are kept inside), in pt. */
  gridTop: number;
  gridRight: number;
  gridBottom: number;
  pad: number;
  /** Share of the value range added beyond the most negative bar, so its label clears the category labels. */
  negativeGap: number;
  /** Bars run left to right: asked for (hbar), or because vertical bars could not carry their labels. */
  horizontal: boolean;
  /** The height this chart reads best at for this width (no more than the height allowed). */
  height: number;
}

/** More lines than this and a vertical bar chart turns its labels instead (one character a line still reads, as in vertical Chinese). */
const MAX_LINES = 4;
/** The smallest type a crowded chart may use: 小六 (6.5 pt), the smallest size Chinese print names. */
const MIN_SIZE = 6.5;

interface Measures {
  size: number;
  lineHeight: number;
  pad: number;
  title: string;
  headerBottom: number;
  widthOf: (text: string) => number;
  wrapAll: (limit: number) => string[];
  mostNegative: number;
}

const linesOf = (texts: string[]) => Math.max(...texts.map((t) => t.split('\n').length));

/**
 * Lays out a chart `width` points wide, at most `maxHeight` tall. A vertical bar chart whose
 * category or value labels cannot fit under and over its bars (too many districts, long names)
 * is drawn with horizontal bars instead, which have room for both.
 */
export function planChart(spec: ChartSpec, width: number, style: ChartStyle, faces: ChartFaces, maxHeight = Infinity): ChartPlan {
  const { size } = style;
  const pad = Math.round(size * 0.5);
  const title = spec.title.trim() ? wrapLabel(spec.title.trim(), style.titleSize, width - 2 * pad, faces) : '';
  const titleRow = title ? linesOf([title]) * style.titleSize * 1.3 + style.titleSize * 0.3 : 0;
  const legendRow = spec.series.length > 1 ? size * 1.8 : 0;
  const m: Measures = {
    size,
    lineHeight: style.lineHeight,
    pad,
    title,
    headerBottom: pad + titleRow + legendRow,
    widthOf: (t) => textWidth(t, size, faces),
    wrapAll: (limit) => spec.categories.map((c) => wrapLabel(c, size, limit, faces)),
    mostNegative: Math.min(...spec.series.flatMap((s) => s.values), 0),
  };
  const vertical = spec.type === 'bar' ? planVertical(spec, width, style, m, maxHeight) : null;
  return vertical ?? planHorizontal(spec, width, style, m, maxHeight);
}

function planHorizontal(spec: ChartSpec, width: number, style: ChartStyle, m: Measures, maxHeight: number): ChartPlan {
  const { size, lineHeight, pad, widthOf } = m;
  const n = spec.categories.length;
  const valueWidth = Math.max(...spec.series.flatMap((s) => s.values).map((v) => widthOf(formatValue(v * 1.1)))) + size;
  const limit = Math.max(size * 4, Math.min(Math.max(...spec.categories.map(widthOf)), width * 0.3));
  const gridTop = m.headerBottom + size * 0.6;
  const gridRight = pad + Math.max(valueWidth, spec.unit ? widthOf(spec.unit) + size : 0);
  const below = size * 2 + pad;
  const texts = m.wrapAll(limit);
  let labels: CategoryLabels = { texts, rotate: 0, truncateWidth: undefined, lines: linesOf(texts), size };
  let band = Math.max(labels.lines * lineHeight, spec.series.length * size * 1.25) + size * 1.1;
  // Too tall for the page: thinner bars, labels on one line and cut short, smaller type if need be.
  if (gridTop + n * band + below > maxHeight) {
    band = Math.max((maxHeight - gridTop - below) / n, 1);
    if (band < labels.lines * lineHeight + 2) {
      const shrunk = Math.max(Math.min(size, band / 1.2), MIN_SIZE);
      labels = { texts: spec.categories, rotate: 0, truncateWidth: limit, lines: 1, size: Math.round(shrunk * 10) / 10 };
    }
  }
  const plotWidth = width - pad - limit - size - gridRight;
  return planOf(style, m, labels, {
    gridTop,
    gridRight,
    negativeGap: m.mostNegative < 0 ? (widthOf(formatValue(m.mostNegative)) + size * 0.6) / Math.max(plotWidth, size) : 0,
    horizontal: true,
    height: Math.ceil(Math.min(Math.max(gridTop + n * band + below, size * 10), maxHeight)),
  });
}

/** A vertical layout, or null when its labels cannot fit. */
function planVertical(spec: ChartSpec, width: number, style: ChartStyle, m: Measures, maxHeight: number): ChartPlan | null {
  const { size, lineHeight, pad, widthOf } = m;
  const values = spec.series.flatMap((s) => s.values);
  // The value axis' labels, with one more digit for its rounding up.
  const axisWidth = Math.max(...values.map((v) => widthOf(formatValue(v * 1.1)))) + size;
  const band = (width - 2 * pad - axisWidth) / spec.categories.length;
  // A value label may spread over the gap beside its bar, not over its neighbour's.
  const valueRoom = spec.series.length === 1 ? band * 0.95 : band / spec.series.length;
  if (Math.max(...values.map((v) => widthOf(formatValue(v)))) > valueRoom) return null;

  const room = band * 0.92 - 2;
  const categoryWidth = Math.max(...spec.categories.map(widthOf));
  const wrapped = m.wrapAll(room);
  let labels: CategoryLabels;
  if (categoryWidth <= room) labels = { texts: spec.categories, rotate: 0, truncateWidth: undefined, lines: 1, size };
  else if (room >= size * 1.05 && linesOf(wrapped) <= MAX_LINES)
    labels = { texts: wrapped, rotate: 0, truncateWidth: undefined, lines: linesOf(wrapped), size };
  // Turned labels need a band of about an em and a half not to touch each other; longer than
  // eight characters they would have to be cut, and horizontal bars show them whole.
  else if (band >= size * 1.6 && categoryWidth <= size * 8)
    labels = { texts: spec.categories, rotate: 45, truncateWidth: undefined, lines: 1, size };
  else return null;

  const labelHeight = labels.rotate === 45 ? categoryWidth * Math.SQRT1_2 + size * 1.2 : labels.lines * lineHeight + size * 0.6;
  // Value labels sit above the bars: leave a line for the tallest one and one for the unit above the axis.
  const gridTop = m.headerBottom + size * 2.4;
  const plotHeight = Math.min(Math.max(width * 0.4, 110), 260, Math.max(maxHeight - gridTop - labelHeight - pad, 60));
  return planOf(style, m, labels, {
    gridTop,
    gridRight: pad + size,
    negativeGap: m.mostNegative < 0 ? (lineHeight + size * 0.3) / plotHeight : 0,
    horizontal: false,
    height: Math.ceil(gridTop + plotHeight + labelHeight + pad),
  });
}

/** A plan from what each layout works out; the title rows and the padding are the same for both. */
function planOf(
  style: ChartStyle,
  m: Measures,
  labels: CategoryLabels,
  own: Pick<ChartPlan, 'gridTop' | 'gridRight' | 'negativeGap' | 'horizontal' | 'height'>,
): ChartPlan {
  // Fields in the order of ChartPlan, so a plan prints (and keys) as before.
  return {
    style,
    labels,
    title: m.title,
    titleTop: m.pad,
    headerBottom: m.headerBottom,
    gridTop: own.gridTop,
    gridRight: own.gridRight,
    gridBottom: m.pad,
    pad: m.pad,
    negativeGap: own.negativeGap,
    horizontal: own.horizontal,
    height: own.height,
  };
}
