import type { FileChild } from 'docx';
import type { Code } from 'mdast';
import { chartToDocx, parseChartSpec, ChartSpecError } from '../chart/index.js';
import { pageBreakCarrier } from './para.js';
import type { DocxState, Frame } from './state.js';

/** A ```chart code block drawn as a picture (src/write/chart); an invalid spec is reported and skipped. */
export async function chartBlocks(node: Code, frame: Frame, state: DocxState): Promise<FileChild[]> {
  let spec;
  try {
    spec = parseChartSpec(node.value);
  } catch (err) {
    if (!(err instanceof ChartSpecError)) throw err;
    state.ctx.report({
      level: 'warning',
      code: 'RENDER_CHART_INVALID',
      message: `chart skipped: ${err.message}`,
      line: node.position?.start.line ?? null,
    });
    return [];
  }
  const width = state.geometry.textWidth - frame.indentLeft / 20;
  return [...pageBreakCarrier(state), await chartToDocx(spec, state.ctx, width)];
}
