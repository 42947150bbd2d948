import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import type { ChartSpec } from '../../render/tree.js';
import type { WriteContext } from '../types.js';
import { formatValue } from './_format.js';
import { reportMissingGlyphs } from './_report.js';
import { rasterizeChartSvg } from './png.js';
import { chartHeight, drawChartFor, maxChartHeight } from './svg.js';

/** Pixels per point of the embedded PNG: 216 dpi, sharp in print. */
const PRINT_SCALE = 3;
/** docx sizes images in pixels at 96 to the inch. */
const PX_PER_PT = 96 / 72;

/**
 * A centred paragraph holding the chart as a PNG `widthPt` wide. A PNG rather than SVG because
 * Word and LibreOffice would draw SVG text with installed fonts, and a reader's machine may have
 * no CJK font at all; the PNG's labels are drawn here from the theme's own font files.
 */
export async function chartToDocx(spec: ChartSpec, ctx: WriteContext, widthPt: number): Promise<Paragraph> {
  const { theme, fonts } = ctx;
  const height = chartHeight(spec, { theme, fonts, width: widthPt, maxHeight: maxChartHeight(theme) });
  const { svg, missing } = drawChartFor(ctx, spec, widthPt, height);
  reportMissingGlyphs(ctx, spec, missing);
  const png = rasterizeChartSvg(svg, { theme, fonts, width: widthPt, height, scale: PRINT_SCALE });
  const label = theme.elements.chartLabel;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // Single, automatic spacing and no indent: an exact body line pitch would clip the picture to one line.
    spacing: {
      line: 240,
      lineRule: LineRuleType.AUTO,
      before: Math.round((label.spaceBefore || label.size * 0.5) * 20),
      after: Math.round((label.spaceAfter || label.size * 0.5) * 20),
    },
    indent: { left: 0, right: 0, firstLine: 0, firstLineChars: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: widthPt * PX_PER_PT, height: height * PX_PER_PT },
        altText: { name: spec.title || 'chart', title: spec.title, description: chartDescription(spec) },
      }),
    ],
  });
}

/** The chart's data in words, for screen readers and for anyone who copies the picture's alt text. */
export function chartDescription(spec: ChartSpec): string {
  const unit = spec.unit;
  const series = spec.series.map((s) => {
    const items = spec.categories.map((c, i) => `${c} ${formatValue(s.values[i]!)}${unit}`);
    return (spec.series.length > 1 ? `${s.name}：` : '') + items.join('，');
  });
  return `${spec.title ? spec.title + '。' : ''}${series.join('；')}。`;
}
