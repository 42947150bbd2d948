import type { ChartSpec } from '../../render/tree.js';
import type { FontSet } from '../fonts.js';
import type { WriteContext } from '../types.js';
import { pageGeometry, type Theme } from '../theme.js';
import { drawChartSvg } from './_draw.js';
import { chartFaces } from './_faces.js';
import { chartStyle, planChart } from './_plan.js';

export interface ChartSvgOptions {
  theme: Theme;
  fonts: FontSet;
  /** In points: the SVG's user unit is one point. */
  width: number;
  height: number;
}

/** A chart as SVG text, and the characters no font could draw (shown as 〓). */
export interface DrawnChart {
  svg: string;
  missing: string[];
}

/** The chart as SVG, one user unit per point, labels as text in the theme's chartLabel face. */
export function chartSvg(spec: ChartSpec, opts: ChartSvgOptions): string {
  return drawChart(spec, opts).svg;
}

/**
 * The height (pt) a chart reads best at when set `width` points wide: tall enough for its labels
 * and bars, and no taller than `maxHeight` (a chart of many categories squeezes its bars to fit).
 */
export function chartHeight(spec: ChartSpec, opts: { theme: Theme; fonts: FontSet; width: number; maxHeight?: number }): number {
  const faces = chartFaces(opts.theme, opts.fonts);
  return planChart(spec, opts.width, chartStyle(opts.theme), faces, opts.maxHeight).height;
}

/** The tallest a chart in a document may be: most of the text block, leaving room for a heading above it. */
export function maxChartHeight(theme: Theme): number {
  return Math.floor(pageGeometry(theme).textHeight * 0.85);
}

/** The chart as SVG, and the characters it could not draw. */
export function drawChart(spec: ChartSpec, opts: ChartSvgOptions): DrawnChart {
  return drawChartNow(spec, opts);
}

/**
 * The chart as drawn for this report: once per spec and size, kept in the report's layout facts.
 * The PDF and DOCX writers draw the same chart, and a thread writing only the DOCX gets the PDF
 * thread's drawings with the layout (build/reports.ts).
 */
export function drawChartFor(ctx: WriteContext, spec: ChartSpec, width: number, height: number): DrawnChart {
  const { theme, fonts } = ctx;
  const key = JSON.stringify([width, height, spec]);
  const charts = ctx.layout ? (ctx.layout.charts ??= {}) : {};
  const chart = (charts[key] ??= drawChartNow(spec, { theme, fonts, width, height }));
  return { svg: chart.svg, missing: [...chart.missing] };
}

function drawChartNow(spec: ChartSpec, opts: ChartSvgOptions): DrawnChart {
  const faces = chartFaces(opts.theme, opts.fonts);
  const plan = planChart(spec, opts.width, chartStyle(opts.theme), faces, opts.height);
  return drawChartSvg(spec, plan, opts.width, opts.height, faces);
}
