import type { ChartSpec } from '../../render/tree.js';
import { type ChartFaces, textWidth } from './_faces.js';
import { formatValue } from './_format.js';
import type { ChartPlan } from './_plan.js';
import { valueScale, type ValueScale } from './_scale.js';
import { ChartCanvas } from './_svgText.js';

/** Gap between the bars of one category, as a share of a bar's width. */
const BAR_GAP = 0.15;
/** Room around a category's bars, as a share of its band: more for one series, whose bars stand alone. */
const CATEGORY_GAP = { one: 0.45, several: 0.3 };

/**
 * The plot area and its value axis: the rectangle bars stand in, inside the chart's grid, which
 * also holds the axis labels. Bars stand on the bottom edge (vertical) or grow from the left one.
 */
interface Frame {
  horizontal: boolean;
  left: number;
  right: number;
  top: number;
  bottom: number;
  scale: ValueScale;
  categories: number;
  /** The category labels as drawn, a list of lines each: the frame was laid out to hold them. */
  labels: string[][];
}

/**
 * The chart as SVG, laid out as `plan` says: title, legend, grid lines, axes, labelled bars, and a
 * zero line when some bar is negative. Drawn directly from the plan (some 1 ms a chart, where a
 * general charting library took 10–50 ms, most of a report's chart cost).
 */
export function drawChartSvg(spec: ChartSpec, plan: ChartPlan, width: number, height: number, faces: ChartFaces): { svg: string; missing: string[] } {
  const canvas = new ChartCanvas(faces);
  const scale = valueScale(
    spec.series.flatMap((s) => s.values),
    plan.negativeGap,
  );
  const lines = labelLines(plan, faces);
  const frame = (plan.horizontal ? horizontalFrame : verticalFrame)(spec, plan, width, height, faces, scale, lines);
  drawGrid(canvas, spec, plan, frame);
  drawCategoryLabels(canvas, plan, frame);
  drawBars(canvas, spec, plan, frame);
  drawTitle(canvas, plan, width);
  if (spec.series.length > 1) drawLegend(canvas, spec, plan, width, faces);
  return { svg: canvas.svg(width, height), missing: canvas.missing };
}

/** Where `value` falls along the value axis, in pt. */
function valueAt(f: Frame, value: number): number {
  const share = (value - f.scale.min) / (f.scale.max - f.scale.min);
  return f.horizontal ? f.left + share * (f.right - f.left) : f.bottom - share * (f.bottom - f.top);
}

/** Width of one category's band across the value axis, in pt. */
function bandOf(f: Frame): number {
  return (f.horizontal ? f.bottom - f.top : f.right - f.left) / f.categories;
}

/** The middle of category `i`'s band (the first category at the top of a horizontal chart). */
function centreOf(f: Frame, i: number): number {
  return (f.horizontal ? f.top : f.left) + (i + 0.5) * bandOf(f);
}

/** x and y of a point given along the value axis and across it. */
function point(f: Frame, along: number, across: number): [number, number] {
  return f.horizontal ? [along, across] : [across, along];
}

const margins = (plan: ChartPlan) => ({ value: plan.style.size * 0.5, category: plan.style.size * 0.6, name: plan.style.size * 0.8 });

/** The category labels as drawn: broken where the plan broke them, or cut short with … where it cut them. */
function labelLines(plan: ChartPlan, faces: ChartFaces): string[][] {
  const { texts, truncateWidth, size } = plan.labels;
  if (truncateWidth === undefined) return texts.map((t) => t.split('\n'));
  return texts.map((t) => [truncated(t, truncateWidth, size, faces)]);
}

function truncated(text: string, width: number, size: number, faces: ChartFaces): string {
  if (textWidth(text, size, faces) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + '…', size, faces) > width) chars.pop();
  return chars.join('') + '…';
}

const widest = (texts: string[], size: number, faces: ChartFaces) => Math.max(0, ...texts.map((t) => textWidth(t, size, faces)));

/**
 * Vertical bars: value labels at the left, category labels under the plot. The plot narrows where
 * a category label under the first or last bar would reach past the chart's edge.
 */
function verticalFrame(spec: ChartSpec, plan: ChartPlan, width: number, height: number, faces: ChartFaces, scale: ValueScale, lines: string[][]): Frame {
  const { size, lineHeight } = plan.style;
  const m = margins(plan);
  const labelWidths = lines.map((l) => widest(l, plan.labels.size, faces));
  const turned = plan.labels.rotate === 45;
  const below = turned ? Math.max(...labelWidths.map((w) => Math.SQRT1_2 * (w + lineHeight))) : Math.max(...lines.map((l) => l.length)) * lineHeight;
  // How far each label reaches left and right of its bar's middle.
  const reach = labelWidths.map((w) => (turned ? { before: Math.SQRT1_2 * (w + lineHeight / 2), after: (Math.SQRT1_2 * lineHeight) / 2 } : { before: w / 2, after: w / 2 }));
  const n = spec.categories.length;
  const edge = width - plan.gridRight;
  let left = plan.pad + widest(scale.ticks.map(formatValue), size, faces) + m.value;
  let right = edge;
  for (let pass = 0; pass < 2; pass++) {
    reach.forEach((r, i) => {
      const at = (i + 0.5) / n;
      left = Math.max(left, (plan.pad + r.before - at * right) / (1 - at));
    });
    reach.forEach((r, i) => {
      const at = (i + 0.5) / n;
      right = Math.min(right, (edge - r.after - (1 - at) * left) / at);
    });
  }
  return {
    horizontal: false,
    left,
    right,
    // Half a line above the top value label, which is centred on the top grid line.
    top: plan.gridTop + size / 2,
    bottom: height - plan.gridBottom - below - m.category,
    scale,
    categories: n,
    labels: lines,
  };
}

/** Horizontal bars: category labels at the left, value labels under the plot. */
function horizontalFrame(spec: ChartSpec, plan: ChartPlan, width: number, height: number, faces: ChartFaces, scale: ValueScale, lines: string[][]): Frame {
  const m = margins(plan);
  const labelWidth = widest(lines.flat(), plan.labels.size, faces);
  return {
    horizontal: true,
    left: plan.pad + labelWidth + m.category,
    right: width - plan.gridRight,
    top: plan.gridTop,
    bottom: height - plan.gridBottom - plan.style.size - m.value,
    scale,
    categories: spec.categories.length,
    labels: lines,
  };
}

/** Grid lines and value labels at each tick, the category axis, the unit, and the zero line when bars go below it. */
function drawGrid(canvas: ChartCanvas, spec: ChartSpec, plan: ChartPlan, f: Frame): void {
  const { style } = plan;
  const m = margins(plan);
  const across = f.horizontal ? [f.top, f.bottom] : [f.left, f.right];
  for (const tick of f.scale.ticks) {
    const at = valueAt(f, tick);
    canvas.line(...point(f, at, across[0]!), ...point(f, at, across[1]!), style.grid, 0.5);
    const label = formatValue(tick);
    if (f.horizontal) canvas.text(label, at, f.bottom + m.value + style.size / 2, style.size, style.text, 'middle');
    else canvas.text(label, f.left - m.value, at, style.size, style.text, 'end');
  }
  const base = f.horizontal ? f.left : f.bottom;
  canvas.line(...point(f, base, across[0]!), ...point(f, base, across[1]!), style.axis, 0.75, true);
  if (spec.unit) {
    if (f.horizontal) canvas.text(spec.unit, f.right + m.name, f.bottom, style.size, style.text, 'start');
    else canvas.text(spec.unit, f.left, f.top - m.name - style.size / 2, style.size, style.text, 'middle');
  }
  if (f.scale.min < 0) {
    const zero = valueAt(f, 0);
    canvas.line(...point(f, zero, across[0]!), ...point(f, zero, across[1]!), style.axis, 0.75);
  }
}

function drawCategoryLabels(canvas: ChartCanvas, plan: ChartPlan, f: Frame): void {
  const { lineHeight } = plan.style;
  const { size } = plan.labels;
  const gap = margins(plan).category;
  f.labels.forEach((lines, i) => {
    const centre = centreOf(f, i);
    if (f.horizontal) {
      lines.forEach((line, k) => canvas.text(line, f.left - gap, centre + (k - (lines.length - 1) / 2) * lineHeight, size, plan.style.text, 'end'));
    } else if (plan.labels.rotate === 45) {
      // Turned about its end, which sits under the bar's middle: it reads up towards the bar.
      canvas.text(lines.join(''), 0, 0, size, plan.style.text, 'end', { x: centre, y: f.bottom + gap + (Math.SQRT1_2 * lineHeight) / 2 });
    } else {
      lines.forEach((line, k) => canvas.text(line, centre, f.bottom + gap + (k + 0.5) * lineHeight, size, plan.style.text, 'middle'));
    }
  });
}

/** Each series' bars side by side in its category's band, each with its value at its end. */
function drawBars(canvas: ChartCanvas, spec: ChartSpec, plan: ChartPlan, f: Frame): void {
  const { style } = plan;
  const count = spec.series.length;
  const band = bandOf(f);
  const room = band * (1 - (count > 1 ? CATEGORY_GAP.several : CATEGORY_GAP.one));
  const thickness = Math.min(room / (count + (count - 1) * BAR_GAP), style.size * (f.horizontal ? 1.6 : 3));
  const group = count * thickness + (count - 1) * thickness * BAR_GAP;
  const zero = valueAt(f, 0);
  const distance = style.size * 0.3;
  const size = plan.labels.size;
  spec.series.forEach((series, j) => {
    const color = style.palette[j % style.palette.length]!;
    series.values.forEach((value, i) => {
      const from = centreOf(f, i) - group / 2 + j * thickness * (1 + BAR_GAP);
      const end = valueAt(f, value);
      canvas.bar(...point(f, zero, from), ...point(f, end, from + thickness), color);
      // A negative bar carries its label at its own end, not across the zero line.
      const side = value < 0 ? -1 : 1;
      const middle = from + thickness / 2;
      if (f.horizontal) canvas.text(formatValue(value), end + side * distance, middle, size, style.text, side > 0 ? 'start' : 'end');
      else canvas.text(formatValue(value), middle, end - side * (distance + size / 2), size, style.text, 'middle');
    });
  });
}

function drawTitle(canvas: ChartCanvas, plan: ChartPlan, width: number): void {
  if (!plan.title) return;
  const { titleSize, text } = plan.style;
  plan.title.split('\n').forEach((line, k) => canvas.text(line, width / 2, plan.titleTop + (k + 0.5) * titleSize * 1.3, titleSize, text, 'middle'));
}

/** One key per series, right-aligned in the row above the plot: a swatch of its colour, then its name. */
function drawLegend(canvas: ChartCanvas, spec: ChartSpec, plan: ChartPlan, width: number, faces: ChartFaces): void {
  const { size, palette, text } = plan.style;
  const swatch = { width: size, height: size * 0.75, gap: size * 0.5 };
  const widths = spec.series.map((s) => swatch.width + swatch.gap + textWidth(s.name, size, faces));
  let x = width - plan.pad - widths.reduce((a, b) => a + b, 0) - (spec.series.length - 1) * size;
  const top = plan.headerBottom - size * 1.5;
  spec.series.forEach((s, j) => {
    canvas.rect(x, top + (size - swatch.height) / 2, swatch.width, swatch.height, palette[j % palette.length]!);
    canvas.text(s.name, x + swatch.width + swatch.gap, top + size / 2, size, text, 'start');
    x += widths[j]! + size;
  });
}
