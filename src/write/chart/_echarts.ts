import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type ChartFaces, textWidth } from './_faces.js';
import type { ChartOption } from './_option.js';

echarts.use([BarChart, GridComponent, TitleComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

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
