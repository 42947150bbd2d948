/**
 * PDF writer benchmark: renders a ~6-page and a ~40-page district briefing N times each, in one
 * process, and prints the first (cold) document's time, then median and p95 per document and
 * pages per second once warm.
 *
 *   npx tsx bench/pdf-render.ts [--runs 30] [--long-runs 8] [--district 北辰区]
 *
 * The briefings are real ones: the seeds in input/ parsed, analysed and put through the default
 * district template, with the district's digests repeated until the document is long enough.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { parseAll } from '../src/parse.js';
import { briefingSettings } from '../src/build/render.js';
import { buildDistrictView } from '../src/render/view.js';
import { loadTemplateSet, renderTemplate } from '../src/render/templates.js';
import { parseMarkdown } from '../src/render/markdown.js';
import { FontSet } from '../src/write/fonts.js';
import { writePdf } from '../src/write/pdf.js';
import { resolveTheme } from '../src/write/theme.js';
import type { WriteContext } from '../src/write/types.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    'long-runs': { type: 'string', default: '8' },
    district: { type: 'string' },
  },
});

const DATE = new Date('2023-05-08T00:00:00Z');
// The masthead's date comes from the build date: fixed, so every run sets the same pages.
process.env.SOURCE_DATE_EPOCH ??= String(DATE.getTime() / 1000);

function context(): WriteContext {
  return {
    theme: resolveTheme(),
    fonts: new FontSet(),
    meta: { title: '区域观察简报', author: '区域观察编辑部', subject: '区域观察', date: DATE },
    assetDirs: [],
    layout: {},
    report: () => {},
  };
}

async function render(markdown: string): Promise<Uint8Array> {
  return writePdf(parseMarkdown(markdown), context());
}

function pageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

/** The district briefing with its digests repeated `copies` times, as the default template writes it. */
async function briefingSource(): Promise<(copies: number) => string> {
  const { config } = loadConfig({ cwd: process.cwd() });
  const { briefing } = await parseAll(config, { issue: 1 });
  const district =
    briefing.districts.find((d) => d.name === values.district) ?? [...briefing.districts].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
  if (!district) throw new Error('no district in input/');
  const view = buildDistrictView(briefing, district, briefingSettings(config, briefing));
  const templates = loadTemplateSet([]);
  return (copies) => {
    const articles = Array.from({ length: copies }, () => view.articles).flat().map((a, i) => ({ ...a, number: i + 1 }));
    return renderTemplate(templates, 'district', { ...view, articles }).markdown;
  };
}

/** The fewest copies of the digests that make a document of at least `pages` pages. */
async function markdownOf(source: (copies: number) => string, pages: number): Promise<{ markdown: string; pages: number }> {
  for (let copies = 1; ; copies++) {
    const markdown = source(copies);
    const n = pageCount(await render(markdown));
    if (n >= pages || copies > 200) return { markdown, pages: n };
  }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function measure(label: string, markdown: string, pages: number, runs: number): Promise<void> {
  const times: number[] = [];
  const cpu: number[] = [];
  let first: Uint8Array | null = null;
  let identical = true;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const pdf = await render(markdown);
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
    if (!first) first = pdf;
    else identical &&= Buffer.from(first).equals(Buffer.from(pdf));
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const total = times.reduce((a, b) => a + b, 0);
  const cpuMedian = quantile([...cpu].sort((a, b) => a - b), 0.5);
  console.log(
    `${label.padEnd(6)} ${String(pages).padStart(3)} pages  median ${median.toFixed(1).padStart(6)} ms  p95 ${quantile(sorted, 0.95).toFixed(1).padStart(6)} ms  ` +
      `${((pages * runs * 1000) / total).toFixed(0).padStart(4)} pages/s  cpu ${cpuMedian.toFixed(1).padStart(6)} ms/doc  ` +
      `(${runs} runs, ${(first?.length ?? 0) >> 10} KB, byte-identical: ${identical ? 'yes' : 'NO'})`,
  );
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
const source = await briefingSource();
const before = process.memoryUsage();
const t0 = performance.now();
const firstPdf = await render(source(1));
console.log(`first document in this process: ${(performance.now() - t0).toFixed(0)} ms (${pageCount(firstPdf)} pages; reads and parses the fonts)`);
const six = await markdownOf(source, 6);
const forty = await markdownOf(source, 40);
await measure('short', six.markdown, six.pages, Number(values.runs));
await measure('long', forty.markdown, forty.pages, Number(values['long-runs']));
const after = process.memoryUsage();
console.log(`memory: rss ${mb(after.rss)} (${mb(after.rss - before.rss)} more than before the first document), heap ${mb(after.heapUsed)}`);
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores: wall times on a shared machine are noisy, cpu ms/doc less so`);
