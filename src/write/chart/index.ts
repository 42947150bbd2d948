export { chartSvg, chartHeight, type ChartSvgOptions } from './svg.js';
export { chartPng, type ChartPngOptions } from './png.js';
export { chartToPdfmake } from './pdf.js';
export { chartToDocx, chartDescription } from './docx.js';
export { parseChartSpec, validateChartSpec, ChartSpecSchema, ChartSpecError } from './spec.js';
