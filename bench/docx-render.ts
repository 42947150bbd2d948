/**
 * How long the DOCX writer takes for one briefing once warm, and a chart's PNG.
 *
 *   npx tsx bench/docx-render.ts [--runs 20] [--warmup 3] [--input input]
 *
 * Briefings: the input folder's busiest district as the default templates render it, its digest
 * repeated to about 6 and about 40 pages, and tests/fixtures/docx/sample-briefing.md (TOC, footnotes,
 * a 36-row table). Each is written as the build writes it: the PDF writer first (it gives the DOCX its
 * TOC's page numbers), then the DOCX writer `--runs` times on a fresh tree. Prints wall-clock and CPU
 * milliseconds, median and 95th percentile; on a shared machine the CPU time is the steadier figure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChartSpec } from '../src/render/tree.js';
import { parseMarkdown } from '../src/render/markdown.js';
import { chartHeight, chartPng, parseChartSpec } from '../src/write/chart/index.js';
import { writeDocx } from '../src/write/docx.js';
import { FontSet } from '../src/write/fonts.js';
import { writePdf } from '../src/write/pdf.js';
import { DEFAULT_THEME, pageGeometry } from '../src/write/theme.js';
import type { WriteContext } from '../src/write/types.js';
import { districtMarkdown } from './_briefings.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const RUNS = Number(option('runs', '20'));
const WARMUP = Number(option('warmup', '3'));
const INPUT = option('input', 'input');

const fonts = new FontSet();

function context(layout: WriteContext['layout'] = {}): WriteContext {
  return {
    theme: DEFAULT_THEME,
    fonts,
    meta: { title: '区域观察简报', author: '区域观察编辑部', date: new Date('2024-04-21T00:00:00Z') },
    assetDirs: [],
    layout,
    report: () => {},
  };
}

/** Pages of a PDF as pdfkit writes it (one uncompressed /Type /Page dictionary each), and its TOC's pages. */
async function pdfLayout(markdown: string): Promise<{ pages: number; layout: WriteContext['layout'] }> {
  const ctx = context();
  const pdf = await writePdf(parseMarkdown(markdown), ctx);
  return { pages: Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0, layout: ctx.layout };
}

interface Timing {
  wall: number[];
  cpu: number[];
}

async function timed(runs: number, warmup: number, run: () => Promise<unknown> | unknown): Promise<Timing> {
  const out: Timing = { wall: [], cpu: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (i < warmup) continue;
    out.wall.push(wall);
    out.cpu.push((used.user + used.system) / 1000);
  }
  return out;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const ms = (n: number) => n.toFixed(1).padStart(7);
/** Pads to a column width, counting a Chinese character as two columns, as terminals draw it. */
const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].reduce((n, c) => n + (c > '\u2e7f' ? 2 : 1), 0)));

function row(label: string, pages: string, size: string, t: Timing): string {
  return `${padEnd(label, 40)}${pages.padStart(6)}${size.padStart(9)}${ms(quantile(t.wall, 0.5))}${ms(quantile(t.wall, 0.95))}${ms(quantile(t.cpu, 0.5))}${ms(quantile(t.cpu, 0.95))}`;
}

async function benchDocx(label: string, markdown: string): Promise<void> {
  const { pages, layout } = await pdfLayout(markdown);
  let bytes: Uint8Array = new Uint8Array();
  // A fresh tree each run, as the build parses one per writer; parsing is not the writer's time.
  const trees = Array.from({ length: RUNS + WARMUP }, () => parseMarkdown(markdown));
  const t = await timed(RUNS, WARMUP, async () => {
    bytes = await writeDocx(trees.pop()!, context(layout));
  });
  console.log(row(label, String(pages), `${Math.round(bytes.length / 1024)} KB`, t));
}

function chartSpecs(markdowns: string[]): ChartSpec[] {
  const fences = markdowns.flatMap((md) => [...md.matchAll(/```chart\n([\s\S]*?)\n```/g)].map((m) => m[1]!));
  const fixtures = ['district-figures', 'overview-districts', 'themes', 'growth-with-negatives'].map((name) =>
    readFileSync(fileURLToPath(new URL(`../tests/fixtures/chart/${name}.json`, import.meta.url)), 'utf8'),
  );
  return [...new Set([...fences, ...fixtures])].map(parseChartSpec);
}

const district = await districtMarkdown(INPUT);
const sample = readFileSync(fileURLToPath(new URL('../tests/fixtures/docx/sample-briefing.md', import.meta.url)), 'utf8');
const sixPages = await district.repeatedTo(6, (md) => pdfLayout(md).then((l) => l.pages));
const fortyPages = await district.repeatedTo(40, (md) => pdfLayout(md).then((l) => l.pages));

console.log(`DOCX writer, warm: ${RUNS} runs after ${WARMUP} warm-up runs (ms)`);
console.log(`${padEnd('briefing', 40)}${'pages'.padStart(6)}${'size'.padStart(9)}${'wall'.padStart(7)}${'p95'.padStart(7)}${'cpu'.padStart(7)}${'p95'.padStart(7)}`);
await benchDocx(`${district.name} (as built)`, district.markdown);
await benchDocx(`${district.name}, digest ×${sixPages.times}`, sixPages.markdown);
await benchDocx(`${district.name}, digest ×${fortyPages.times}`, fortyPages.markdown);
await benchDocx('sample-briefing.md (TOC, 36-row table)', sample);

const width = pageGeometry(DEFAULT_THEME).textWidth;
const specs = chartSpecs([district.markdown]);
const charts = await timed(RUNS, WARMUP, () => {
  for (const spec of specs) {
    const height = chartHeight(spec, { theme: DEFAULT_THEME, fonts, width });
    chartPng(spec, { theme: DEFAULT_THEME, fonts, width, height, scale: 3 });
  }
});
const perChart = { wall: charts.wall.map((t) => t / specs.length), cpu: charts.cpu.map((t) => t / specs.length) };
console.log(row(`chart PNG, 216 dpi (mean of ${specs.length})`, '', '', perChart));
