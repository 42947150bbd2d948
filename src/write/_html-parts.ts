import type { ChartSpec } from '../render/tree.js';
import { ChartSpecError, chartHeight, chartSvg, parseChartSpec } from './chart/index.js';
import { imageDataUri } from './_html-image.js';
import { pageGeometry } from './theme.js';
import type { WriteContext } from './types.js';

/** Text and attribute values made inert: the page never interprets what an article or template brings. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const esc = escapeHtml;

/** Links the page may follow: web, mail, in-page and relative ones; javascript: and the like are dropped. */
const SAFE_URL = /^(?:https?:|mailto:|#|[^:]*$)/i;

/**
 * A chart block as inline SVG, drawn by the same chart module as the PDF and DOCX writers, so the
 * three formats show the same chart. A block that is not a chart spec is shown as text; a chart
 * that cannot be drawn becomes a table of its values. Both are reported.
 */
export function chartHtml(json: string, ctx: WriteContext): string {
  let spec: ChartSpec;
  try {
    spec = parseChartSpec(json);
  } catch (e) {
    const message = e instanceof ChartSpecError ? e.message : String(e);
    ctx.report({ level: 'warning', code: 'WRITE_CHART_INVALID', message: `${message}; shown as text`, line: null });
    return `<pre><code>${esc(json)}</code></pre>\n`;
  }
  try {
    const width = Math.floor(pageGeometry(ctx.theme).textWidth);
    const height = chartHeight(spec, { theme: ctx.theme, fonts: ctx.fonts, width });
    const svg = chartSvg(spec, { theme: ctx.theme, fonts: ctx.fonts, width, height });
    return `<figure class="chart" role="img" aria-label="${esc(spec.title)}">${svg}</figure>\n`;
  } catch (e) {
    ctx.report({ level: 'warning', code: 'WRITE_CHART_FAILED', message: `chart "${spec.title}" could not be drawn (${String(e)}); shown as a table`, line: null });
    return chartTable(spec);
  }
}

/** The chart's values as a table: categories down, series across. */
export function chartTable(spec: ChartSpec): string {
  const unit = spec.unit ? `（${esc(spec.unit)}）` : '';
  const head = `<tr><th></th>${spec.series.map((s) => `<th>${esc(s.name)}${unit}</th>`).join('')}</tr>`;
  const rows = spec.categories.map((c, i) => `<tr><td>${esc(c)}</td>${spec.series.map((s) => `<td style="text-align:right">${s.values[i] ?? ''}</td>`).join('')}</tr>`);
  return `<table class="chart-table">\n<caption>${esc(spec.title)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
}

export function linkHtml(url: string, title: string | null, inner: string): string {
  if (!SAFE_URL.test(url.trim())) return inner;
  return `<a href="${esc(url)}"${title ? ` title="${esc(title)}"` : ''}>${inner}</a>`;
}

/** An image embedded from the asset folders, or its alt text, reported, when it cannot be. */
export async function imageHtml(url: string, alt: string, ctx: WriteContext): Promise<string> {
  const data = await imageDataUri(url, ctx.assetDirs);
  if (data) return `<img src="${esc(data)}" alt="${esc(alt)}">`;
  ctx.report({
    level: 'warning',
    code: 'WRITE_IMAGE_REFUSED',
    message: `image not embedded (only files inside the templates or input folder are): ${url}`,
    line: null,
  });
  return `<span class="missing-image">[${esc(alt || url)}]</span>`;
}
