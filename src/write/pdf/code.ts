import type { Code } from 'mdast';
import { type ChartSpec } from '../../render/tree.js';
import type { FontFace } from '../fonts.js';
import { chartToPdfmake, parseChartSpec } from '../chart/index.js';
import { drawSvg } from './svg.js';
import { type Item, item, spaced } from './flow.js';
import { blankItem } from './lines.js';
import { textWidth } from './measure.js';
import { textLines } from './paragraph.js';
import { spansOf, type PdfState } from './state.js';
import { blockStyle } from './styles.js';

/** A fenced block: a chart for lang `chart`, otherwise its lines as written, flush left in 黑体 at three-quarter size. */
export function codeBlock(state: PdfState, node: Code, width: number): Item[] {
  if (node.lang === 'chart') return chartBlock(state, node, width);
  const body = blockStyle(state, 'body');
  const size = body.size * 0.75;
  const style = { ...body, face: state.face('hei'), size, pitch: (body.pitch * size) / body.size, spacing: 0, indent: 0, align: 'left' as const };
  const space = textWidth(style.face, ' ', size);
  const lines: Item[] = node.value.split('\n').flatMap((line) => {
    if (line.trim() === '') return [blankItem(style.pitch)];
    // Leading spaces are the line's indentation, which the line layout would otherwise trim.
    const indent = Math.min(width / 2, (line.length - line.trimStart().length) * space);
    const spans = spansOf(state, line.trimStart(), { face: style.face, size, color: style.color });
    return textLines(spans, style, width, { latinGapEm: 0, firstIndent: indent, restIndent: indent });
  });
  return spaced(lines, style.pitch / 2, style.pitch / 2);
}

/** How far a chart may shrink to end a page rather than leave its foot empty. */
const CHART_MIN_SCALE = 0.7;

function chartBlock(state: PdfState, node: Code, width: number): Item[] {
  let spec: ChartSpec;
  try {
    spec = parseChartSpec(node.value);
  } catch (err) {
    state.ctx.report({ level: 'warning', code: 'RENDER_CHART_INVALID', message: `chart skipped: ${(err as Error).message}`, line: node.position?.start.line ?? null });
    return [];
  }
  const chart = chartToPdfmake(spec, state.ctx, width) as { svg: string; width: number; height: number; font?: string; margin?: number[] };
  const [, top = 0, , bottom = 0] = chart.margin ?? [];
  const w = chart.width;
  const h = chart.height;
  const fallback = chart.font ? faceNamed(state, chart.font) ?? state.face('hei') : state.face('hei');
  const faceOf = (family: string) => faceNamed(state, family);
  const draw: Item['draw'] = (pen, x, y, scale) => drawSvg(pen, chart.svg, x + (width - w * scale) / 2, y, w * scale, h * scale, faceOf, fallback);
  return [item(h, draw, { spaceBefore: top, spaceAfter: bottom, minScale: CHART_MIN_SCALE })];
}

/** The face a font-family name in a chart names (a font file stem), if there is one. */
function faceNamed(state: PdfState, family: string): FontFace | null {
  try {
    return state.ctx.fonts.face(family);
  } catch {
    return null;
  }
}
