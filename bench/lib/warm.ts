import type { ReportJob } from '../../src/build/jobs.js';
import { builtJobs, distModule } from './built.js';
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

/**
 * The sampled districts' briefings, and one cut to six pages, each prepared and written as PDF and
 * DOCX by the compiled code in this process, as a render thread does (template, Markdown, PDF, then
 * DOCX with the PDF's heading pages): `warmup` rounds first, then `runs` timed rounds, so that the
 * fonts are parsed, the glyph measurements cached and the code compiled. The build's own figures
 * include all of that; these are the writers' speed once a thread is warm.
 */
export async function measureWarmWriters(root: string, outDir: string, slugs: string[], runs = 10, warmup = 3): Promise<WarmWriters> {
  const { prepareReport, writeReport } = await distModule<typeof import('../../src/build/render.js')>(root, 'build/render.js');
  const { briefing, config, templates, jobs } = await builtJobs(root, outDir, slugs);
  const date = new Date(briefing.generatedAt);

  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const cpu = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(cpu);
    return [result, (used.user + used.system) / 1000];
  };
  const write = async (job: ReportJob) => {
    const layout = {};
    // The PDF's time includes the template and Markdown steps, as in the build's figures.
    const [pdf, pdfCpuMs] = await timed(async () => {
      const prepared = prepareReport(job, templates, config);
      return { prepared, file: (await writeReport(job, prepared, ['pdf'], config, date, layout)).files[0]! };
    });
    const prepared = { ...pdf.prepared, ms: 0 };
    const [docx, docxCpuMs] = await timed(async () => (await writeReport(job, prepared, ['docx'], config, date, layout, true)).files[0]!);
    return { pages: pdf.file.pages ?? 0, pdfMs: pdf.file.ms, docxMs: docx.ms, pdfCpuMs, docxCpuMs };
  };

  const six = jobs[0] ? await cutToPages(jobs[0], 6, write) : null;
  const cases: [string, ReportJob][] = [
    ...(six ? [[`${six.job.slug}, every list cut to ${six.percent}%`, six.job] as [string, ReportJob]] : []),
    ...jobs.map((j) => [j.slug, j] as [string, ReportJob]),
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
async function cutToPages(job: ReportJob, pages: number, write: (job: ReportJob) => Promise<{ pages: number }>): Promise<{ job: ReportJob; percent: number } | null> {
  const view = job.view as Record<string, unknown>;
  const cut = (percent: number): ReportJob => ({
    ...job,
    view: Object.fromEntries(Object.entries(view).map(([k, v]) => [k, Array.isArray(v) ? v.slice(0, Math.ceil((v.length * percent) / 100)) : v])),
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
