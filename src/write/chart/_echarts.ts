// ECharts' one-file build, not echarts/core plus echarts/charts: those are some 600 small modules
// (echarts/charts imports every chart type), which cost a rendering thread about 400 ms to resolve
// and compile on each build; the single file takes about 60 ms, and draws the same bytes.
import * as echarts from 'echarts/dist/echarts.esm.min.mjs';
import { type ChartFaces, textWidth } from './_faces.js';
import type { ChartOption } from './_option.js';

/** Faces by the font-family name given to ECharts, so its layout measures text as our fonts draw it. */
const measuredFaces = new Map<string, ChartFaces>();

echarts.setPlatformAPI({
  // ECharts asks with a CSS font string such as "normal normal 10.5px NotoSansSC-Regular".
  measureText(text: string, font?: string) {
    const m = /(\d+(?:\.\d+)?)px\s+(.+)$/.exec(font ?? '');
    const size = m ? Number(m[1]) : 12;
    const faces = m ? measuredFaces.get(m[2]!.trim()) : undefined;
    if (faces) return { width: textWidth(text, size, faces) } as TextMetrics;
    // Not one of ours (ECharts' own defaults): half an em for ASCII, a full em otherwise.
    let width = 0;
    for (const ch of text) width += ch.codePointAt(0)! < 0x80 ? size * 0.55 : size;
    return { width } as TextMetrics;
  },
});

/** ECharts' server-side SVG for an option, laid out with `faces`' metrics under the family name `fontFamily`. */
export function renderEchartsSvg(option: ChartOption, width: number, height: number, fontFamily: string, faces: ChartFaces): string {
  measuredFaces.set(fontFamily, faces);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
