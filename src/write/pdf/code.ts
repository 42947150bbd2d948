import type { Code } from 'mdast';
import type { ContentText } from 'pdfmake/interfaces.js';
import { type ChartSpec } from '../../render/tree.js';
import { chartToPdfmake, parseChartSpec } from '../chart/index.js';
import type { Block } from './block.js';
import { blankLine } from './lines.js';
import { textWidth } from './measure.js';
import { textLines } from './paragraph.js';
import { spansOf, type PdfState } from './state.js';
import { blockStyle } from './styles.js';

/** A fenced block: a chart for lang `chart`, otherwise its lines as written, flush left in 黑体 at three-quarter size. */
export function codeBlock(state: PdfState, node: Code, width: number): Block {
  if (node.lang === 'chart') return chartBlock(state, node, width);
  const body = blockStyle(state, 'body');
  const size = body.size * 0.75;
  const style = { ...body, face: state.face('hei'), size, pitch: (body.pitch * size) / body.size, spacing: 0, indent: 0, align: 'left' as const };
  const space = textWidth(style.face, ' ', size);
  const lines: ContentText[] = node.value.split('\n').flatMap((line) => {
    if (line.trim() === '') return [blankLine(style.pitch)];
    // Leading spaces are the line's indentation, which the line layout would otherwise trim.
    const indent = Math.min(width / 2, (line.length - line.trimStart().length) * space);
    const spans = spansOf(state, line.trimStart(), { face: style.face, size, color: style.color });
    return textLines(spans, style, width, { latinGapEm: 0, firstIndent: indent, restIndent: indent });
  });
  return { pieces: [{ stack: lines, margin: [0, style.pitch / 2, 0, style.pitch / 2] }] };
}

function chartBlock(state: PdfState, node: Code, width: number): Block {
  let spec: ChartSpec;
  try {
    spec = parseChartSpec(node.value);
  } catch (err) {
    state.ctx.report({ level: 'warning', code: 'RENDER_CHART_INVALID', message: `chart skipped: ${(err as Error).message}`, line: node.position?.start.line ?? null });
    return { pieces: [] };
  }
  return { pieces: [{ stack: [chartToPdfmake(spec, state.ctx, width)], unbreakable: true }] };
}
