/**
 * The render stage alone, on the model of a finished build: every report of `OUT/briefing.json`
 * rendered as `jianbao build` renders it, in worker threads (as the build does) or in this thread
 * (--here, to profile with node --cpu-prof). Prints per-report times, wall and CPU time, memory.
 * It runs the compiled code, as the build does: `npm run build:ts` first.
 *
 *   npx tsx bench/render-stage.ts OUT [--here] [--workers N] [--only SLUG] [--repeat N] [--save DIR]
 *
 * --repeat N renders the reports N times over and times the last round (warm); --save writes the
 * files, to compare bytes before and after a change. With JB_MEM_EACH=1 (and node --expose-gc)
 * the memory is printed after each report, collected first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Briefing } from '../src/model/briefing.js';

// The compiled code (npm run build:ts first), as `jianbao build` runs it: worker threads load dist/ without tsx.
const load = <T>(path: string) => import(new URL(`../dist/${path}`, import.meta.url).href) as Promise<T>;
const { ReportRenderer } = await load<typeof import('../src/build/reports.js')>('build/reports.js');
const { reportJobs } = await load<typeof import('../src/build/jobs.js')>('build/jobs.js');
const { loadConfig } = await load<typeof import('../src/config.js')>('config.js');
const { loadTemplateSet } = await load<typeof import('../src/render/templates.js')>('render/templates.js');
const { cpuOfThisProcess } = await load<typeof import('../src/build/timings.js')>('build/timings.js');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { here: { type: 'boolean', default: false }, workers: { type: 'string' }, only: { type: 'string' }, repeat: { type: 'string', default: '1' }, save: { type: 'string' } },
});
const out = positionals[0];
if (!out) throw new Error('usage: render-stage.ts OUT');
process.env.SOURCE_DATE_EPOCH ??= '1700000000';
const briefing = JSON.parse(readFileSync(`${out}/briefing.json`, 'utf8')) as Briefing;
const workers = values.here ? 0 : values.workers ? Number(values.workers) : null;
const { config } = loadConfig({ cwd: out, overrides: { workers } });
let jobs = reportJobs(briefing, briefing.districts, config);
if (values.only) jobs = jobs.filter((j) => j.slug === values.only);
const templates = loadTemplateSet([]);
if (values.save) mkdirSync(values.save, { recursive: true });
const mem = (label: string) => {
  const m = process.memoryUsage();
  console.log(`${label}: rss ${m.rss >> 20} MB, heap ${m.heapUsed >> 20}/${m.heapTotal >> 20} MB, external ${m.external >> 20} MB (array buffers ${m.arrayBuffers >> 20} MB)`);
};
mem('model and views loaded');
for (let r = 1; r < Number(values.repeat); r++) {
  const warm = new ReportRenderer(jobs, { templates, templateDirs: [], config, date: new Date(briefing.generatedAt) });
  for (const _ of jobs) await warm.take();
  await warm.close();
}
const started = performance.now();
const cpu0 = cpuOfThisProcess();
const renderer = new ReportRenderer(jobs, { templates, templateDirs: [], config, date: new Date(briefing.generatedAt) });
const rows: string[] = [];
let pages = 0;
for (const job of jobs) {
  const o = await renderer.take();
  if ('error' in o) throw o.error;
  const f = Object.fromEntries(o.report.files.map((x) => [x.format, x]));
  pages += f.pdf?.pages ?? 0;
  if (values.save) for (const file of o.report.files) writeFileSync(`${values.save}/${job.slug}.${file.format}`, file.bytes);
  if (process.env.JB_MEM_EACH) { (globalThis as { gc?: () => void }).gc?.(); mem(job.slug); }
  rows.push(`${job.slug.padEnd(14)} pdf ${f.pdf?.ms.toFixed(0).padStart(5)} ms ${String(f.pdf?.pages).padStart(3)} p  docx ${f.docx?.ms.toFixed(0).padStart(5)} ms`);
}
mem('after rendering');
await renderer.close();
const wall = performance.now() - started;
console.log(rows.join('\n'));
console.log(`${jobs.length} reports, ${pages} pages: wall ${wall.toFixed(0)} ms, cpu ${(cpuOfThisProcess() - cpu0).toFixed(0)} ms, workers ${renderer.workers}, peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
