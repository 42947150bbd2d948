import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats.js';

/** One briefing written over and over by a warm writer: medians of the timed runs. */
export interface WarmBriefing {
  label: string;
  pages: number;
  /** Template, Markdown and the PDF writer, as the build counts a report's PDF time. */
  pdfMs: number;
  docxMs: number;
  /** CPU milliseconds of the same runs (the steadier figure on a shared machine). */
  pdfCpuMs: number;
  docxCpuMs: number;
}

export interface WarmWriters {
  runs: number;
  warmup: number;
  /** The first sampled district (in report order) cut to six pages, the length the targets name (null: none that long). */
  sixPages: WarmBriefing | null;
  /** The sampled districts as built. */
  districts: WarmBriefing[];
}

type Job = { slug: string; title: string; view: Record<string, unknown> };

/**
 * The sampled districts' briefings, and one cut to six pages, each prepared and written as PDF and
 * DOCX by the compiled code in this process, as a render thread does (template, Markdown, PDF, then
 * DOCX with the PDF's heading pages): `warmup` rounds first, then `runs` timed rounds, so that the
 * fonts are parsed, the glyph measurements cached and the code compiled. The build's own figures
 * include all of that; these are the writers' speed once a thread is warm.
 */
export async function measureWarmWriters(root: string, outDir: string, slugs: string[], runs = 10, warmup = 3): Promise<WarmWriters> {
  const load = <T>(path: string) => import(pathToFileURL(join(root, 'dist', path)).href) as Promise<T>;
  const { loadConfig } = await load<typeof import('../../src/config.js')>('config.js');
  const { reportJobs } = await load<typeof import('../../src/build/jobs.js')>('build/jobs.js');
  const { prepareReport, writeReport } = await load<typeof import('../../src/build/render.js')>('build/render.js');
  const { loadTemplateSet } = await load<typeof import('../../src/render/templates.js')>('render/templates.js');
  const briefing = JSON.parse(readFileSync(join(outDir, 'briefing.json'), 'utf8'));
  const { config } = loadConfig({ cwd: outDir, overrides: { workers: 0 } });
  const templates = loadTemplateSet([]);
  const date = new Date(briefing.generatedAt);
  const wanted = new Set(slugs);
  const jobs = (reportJobs(briefing, briefing.districts, { ...config, overview: false }) as unknown as Job[]).filter((j) => wanted.has(j.slug));

  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const cpu = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(cpu);
    return [result, (used.user + used.system) / 1000];
  };
  const write = async (job: Job) => {
    const layout = {};
    // The PDF's time includes the template and Markdown steps, as in the build's figures.
    const [pdf, pdfCpuMs] = await timed(async () => {
      const prepared = prepareReport(job as never, templates, config);
      return { prepared, file: (await writeReport(job as never, prepared, ['pdf'], config, date, layout)).files[0]! };
    });
    const prepared = { ...pdf.prepared, ms: 0 };
    const [docx, docxCpuMs] = await timed(async () => (await writeReport(job as never, prepared, ['docx'], config, date, layout, true)).files[0]!);
    return { pages: pdf.file.pages ?? 0, pdfMs: pdf.file.ms, docxMs: docx.ms, pdfCpuMs, docxCpuMs };
  };

  const six = jobs[0] ? await cutToPages(jobs[0], 6, write) : null;
  const cases: [string, Job][] = [
    ...(six ? [[`${six.job.slug}, every list cut to ${six.percent}%`, six.job] as [string, Job]] : []),
    ...jobs.map((j) => [j.slug, j] as [string, Job]),
  ];
  for (let i = 0; i < warmup; i++) for (const [, job] of cases) await write(job);
  const samples = cases.map(() => [] as Awaited<ReturnType<typeof write>>[]);
  for (let i = 0; i < runs; i++) for (const [k, [, job]] of cases.entries()) samples[k]!.push(await write(job));
  const measured = cases.map(([label], k): WarmBriefing => {
    const s = samples[k]!;
    return {
      label,
      pages: s[0]!.pages,
      pdfMs: median(s.map((x) => x.pdfMs)),
      docxMs: median(s.map((x) => x.docxMs)),
      pdfCpuMs: median(s.map((x) => x.pdfCpuMs)),
      docxCpuMs: median(s.map((x) => x.docxCpuMs)),
    };
  });
  return { runs, warmup, sixPages: six ? measured[0]! : null, districts: six ? measured.slice(1) : measured };
}

/**
 * The district's briefing with every list in it (key points, figures, projects, people, digests,
 * keywords) cut to the same share, the smallest share that makes `pages` pages: a briefing of a
 * quieter district, in proportion.
 */
async function cutToPages(job: Job, pages: number, write: (job: Job) => Promise<{ pages: number }>): Promise<{ job: Job; percent: number } | null> {
  const cut = (percent: number): Job => ({
    ...job,
    view: Object.fromEntries(Object.entries(job.view).map(([k, v]) => [k, Array.isArray(v) ? v.slice(0, Math.ceil((v.length * percent) / 100)) : v])),
  });
  let [low, high] = [1, 100];
  if ((await write(cut(high))).pages < pages) return null;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if ((await write(cut(mid))).pages >= pages) high = mid;
    else low = mid + 1;
  }
  return { job: cut(high), percent: high };
}
