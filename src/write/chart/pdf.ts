import type { Content } from 'pdfmake/interfaces.js';
import type { ChartSpec } from '../../render/tree.js';
import type { WriteContext } from '../types.js';
import { chartFaces } from './_faces.js';
import { reportMissingGlyphs } from './_report.js';
import { chartHeight, drawChartFor, maxChartHeight } from './svg.js';

/**
 * A pdfmake node drawing the chart as vector graphics, centred, `widthPt` wide.
 *
 * Its labels are real text: pdfmake's SVG renderer looks each text's font-family list up in the
 * document's font dictionary (case-insensitively), so the PDF writer must register the chartLabel
 * face and the fallback face under their file stems (e.g. `NotoSansSC-Regular`) with a `normal`
 * style given as a file path or Buffer. The node's own `font` is the label face's stem, which is
 * what pdfmake falls back to when no family in the list is registered.
 */
export function chartToPdfmake(spec: ChartSpec, ctx: WriteContext, widthPt: number): Content {
  const { theme, fonts } = ctx;
  const height = chartHeight(spec, { theme, fonts, width: widthPt, maxHeight: maxChartHeight(theme) });
  const { svg, missing } = drawChartFor(ctx, spec, widthPt, height);
  reportMissingGlyphs(ctx, spec, missing);
  const label = theme.elements.chartLabel;
  const node: Content = {
    svg,
    width: widthPt,
    height,
    alignment: 'center',
    font: chartFaces(theme, fonts).label.stem,
    // The theme's chartLabel spacing, or half an em when it sets none (the default), so a chart never touches the text.
    margin: [0, label.spaceBefore || label.size * 0.5, 0, label.spaceAfter || label.size * 0.5],
  };
  return node;
}
