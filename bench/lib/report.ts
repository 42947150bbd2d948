import type { BuildTimings } from '../../src/build/timings.js';
import type { Comparison } from './compare.js';
import type { WarmBriefing, WarmWriters } from './warm.js';
import { median, num, quantile, table } from './stats.js';

export interface BenchRun {
  output: string;
  wallMs: number;
  peakTreeRssMb: number;
  timings: BuildTimings;
  exitCode: number;
  files: number;
}

/** A build run again over a finished output folder (see measureRebuilds in run.ts). */
export interface Rebuild {
  what: string;
  wallMs: number;
  /** Input files read, segmented and analysed (the others came from the parse cache). */
  parsedFiles: number;
  /** Reports rendered again (the others were unchanged). */
  reports: number;
}

export interface BenchReport {
  articles: number;
  rebuilds: Rebuild[];
  corpus: { files: number; copies: number; gb18030: number; ms: number; seed: number | null };
  machine: { cores: number; cpu: string; memoryGb: number; node: string; loadAtStart: number };
  runs: BenchRun[];
  typical: BenchRun;
  comparisons: Comparison[];
  /** The writers once warm, in the bench process after the builds (null: --no-warm). */
  warm: WarmWriters | null;
}

const OVERVIEW = '综述';

/** The districts to convert with the other tools: smallest, middle and largest by articles. */
export function sampleSlugs(timings: BuildTimings, count: number): string[] {
  const districts = timings.reports.filter((r) => r.slug !== OVERVIEW).sort((a, b) => a.articles - b.articles || (a.slug < b.slug ? -1 : 1));
  if (districts.length <= count) return districts.map((d) => d.slug);
  const picks = new Set<number>();
  for (let i = 0; i < count; i++) picks.add(Math.round((i * (districts.length - 1)) / Math.max(1, count - 1)));
  return [...picks].map((i) => districts[i]!.slug);
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT met';
}

/** Figures of one run a scaling table compares across corpus sizes. */
export function stageRow(articles: number, r: BenchRun): string[] {
  const s = r.timings.stages;
  const cpu = r.timings.cpuMs.build + r.timings.cpuMs.helpers;
  return [num(articles), num(s.parse), num(s.assemble), num(s.views), num(s.render), num(s.write), num(r.wallMs), num(cpu), num(r.timings.articlesPerSecond), num(r.peakTreeRssMb)];
}

export const STAGE_HEADER = ['articles', 'parse ms', 'assemble', 'views', 'render', 'write', 'wall ms', 'CPU ms', 'articles/s', 'peak MB'];

export function printReport(b: BenchReport): void {
  const t = b.typical.timings;
  const out: string[] = [];
  const districts = t.reports.filter((r) => r.slug !== OVERVIEW).length;
  out.push(
    `jianbao benchmark: ${num(b.articles, 0)} articles (+${num(b.corpus.copies, 0)} republished copies) in ${num(b.corpus.files, 0)} files ` +
      `(${num(b.corpus.gb18030, 0)} in GB18030), seed ${b.corpus.seed ?? 'default'}; ${districts} district briefings + overview, PDF and DOCX`,
  );
  out.push(`machine: ${b.machine.cores} × ${b.machine.cpu}, ${num(b.machine.memoryGb)} GB, Node ${b.machine.node}; load average ${b.machine.loadAtStart.toFixed(2)} at start`);
  out.push(`command: node dist/cli/main.js build --json, from a cold start; workers: ${t.workers.parse} parsing, ${t.workers.render} rendering`);
  if (b.runs.length > 1) out.push(`runs: ${b.runs.length}, wall ${b.runs.map((r) => num(r.wallMs)).join(' / ')} ms; the median run is shown`);
  out.push('');
  const s = t.stages;
  const share = (ms: number) => `${num((ms / b.typical.wallMs) * 100)}%`;
  out.push(
    table([
      ['stage', 'ms', 'share', ''],
      ['setup', num(s.setup), share(s.setup), 'config, templates check, manifest'],
      ['parse', num(s.parse), share(s.parse), `read, segment, analyse: ${num(t.articles)} articles, ${num(t.articlesPerSecond)} articles/s`],
      ['assemble', num(s.assemble), share(s.assemble), 'merge copies, group by district'],
      ['views', num(s.views), share(s.views), 'view models, render keys'],
      ['render', num(s.render), share(s.render), `${t.reports.length} reports × PDF, DOCX`],
      ['write', num(s.write), share(s.write), 'files, briefing.json, manifest, index'],
      ['in build', num(t.total), share(t.total), ''],
      ['wall', num(b.typical.wallMs), '100%', 'process start to exit'],
    ]),
  );
  out.push('');
  const pdf = t.reports.flatMap((r) => (r.formats.pdf ? [r.formats.pdf] : []));
  const docx = t.reports.flatMap((r) => (r.formats.docx ? [r.formats.docx] : []));
  const pages = pdf.reduce((n, f) => n + (f.pages ?? 0), 0);
  const pdfMs = pdf.reduce((n, f) => n + f.ms, 0);
  out.push(
    table([
      ['per report', 'median', 'p95', 'max', 'total'],
      ['PDF ms', num(median(pdf.map((f) => f.ms))), num(quantile(pdf.map((f) => f.ms), 0.95)), num(Math.max(...pdf.map((f) => f.ms))), num(pdfMs)],
      ['DOCX ms', num(median(docx.map((f) => f.ms))), num(quantile(docx.map((f) => f.ms), 0.95)), num(Math.max(...docx.map((f) => f.ms))), num(docx.reduce((n, f) => n + f.ms, 0))],
      ['PDF pages', num(median(pdf.map((f) => f.pages ?? 0))), num(quantile(pdf.map((f) => f.pages ?? 0), 0.95)), num(Math.max(...pdf.map((f) => f.pages ?? 0))), num(pages)],
    ]),
  );
  const pagesPerSecond = pdfMs > 0 ? (pages / pdfMs) * 1000 : NaN;
  out.push(`PDF: ${num(pagesPerSecond)} pages/s per thread (writer time); ${num((pages / s.render) * 1000)} pages/s over the render stage, PDF and DOCX, all threads`);
  out.push('');
  const cpu = t.cpuMs.build + t.cpuMs.helpers;
  out.push(`CPU time: ${num(cpu / 1000)} s (build process ${num(t.cpuMs.build / 1000)} s, tagger process ${num(t.cpuMs.helpers / 1000)} s); wall ≥ CPU / ${b.machine.cores} cores = ${num(cpu / b.machine.cores / 1000)} s`);
  out.push(`peak memory: ${num(b.typical.peakTreeRssMb)} MB, process tree (build + tagger process, sampled every 50 ms); build process alone ${num(t.peakRssMb)} MB (maxRSS)`);
  if (b.comparisons.length > 0) {
    out.push('');
    out.push(
      table([
        ['same briefings, other tools', 'theirs ms', 'ours ms', 'ours is'],
        ...b.comparisons.map((c) => [c.tool, num(c.theirsMs), num(c.oursMs), `${num(c.theirsMs / c.oursMs, 1)}× faster`]),
      ]),
    );
    out.push(
      `(per briefing, median over ${b.comparisons[0]!.slugs.join(', ')}; ours: that briefing's time in the build, from its view: template, Markdown, and the writer)`,
    );
    // What a briefing costs all in: view models, thread start-up and both formats, over every thread.
    const lo = b.comparisons.find((c) => c.tool.startsWith('LibreOffice'));
    const threads = Math.max(1, t.workers.render);
    const allIn = ((s.views + s.render) * threads) / Math.max(1, t.reports.length);
    if (lo) out.push(`(all in: views + render stage × ${threads} threads ÷ ${t.reports.length} reports = ${num(allIn)} ms per briefing for PDF and DOCX together, ${num(lo.theirsMs / allIn, 1)}× faster than LibreOffice's PDF)`);
  }
  const warm: WarmBriefing[] = b.warm ? [...(b.warm.sixPages ? [b.warm.sixPages] : []), ...b.warm.districts] : [];
  if (b.warm) {
    out.push('');
    out.push(`writers once warm (the compiled code in one thread, after ${b.warm.warmup} warm-up rounds; median of ${b.warm.runs} runs)`);
    out.push(
      table([
        ['briefing', 'pages', 'PDF ms', 'PDF pages/s', 'DOCX ms', 'PDF CPU ms', 'DOCX CPU ms'],
        ...warm.map((w) => [w.label, num(w.pages, 0), num(w.pdfMs), num((w.pages / w.pdfMs) * 1000), num(w.docxMs), num(w.pdfCpuMs), num(w.docxCpuMs)]),
      ]),
    );
    out.push("(PDF ms: template, Markdown and the PDF writer; DOCX ms: the DOCX writer, given the PDF's heading pages for its contents)");
  }
  if (b.rebuilds.length > 0) {
    out.push('');
    out.push(
      table([
        ['rebuild, same output folder', 'wall ms', 'files parsed', 'reports rendered'],
        ...b.rebuilds.map((r) => [r.what, num(r.wallMs), `${num(r.parsedFiles, 0)} of ${num(b.corpus.files, 0)}`, num(r.reports, 0)]),
      ]),
    );
  }
  out.push('');
  const lo = b.comparisons.find((c) => c.tool.startsWith('LibreOffice'));
  const perThousand = (b.typical.wallMs / b.articles) * 1000;
  out.push('targets:');
  if (b.articles === 2000) out.push(`  2,000 articles in ≤ 10 s wall: ${num(b.typical.wallMs / 1000)} s, ${verdict(b.typical.wallMs <= 10_000)}`);
  else out.push(`  wall time per 1,000 articles: ${num(perThousand / 1000)} s (the 10 s target is for 2,000)`);
  out.push(`  parse and analyse ≥ 1,000 articles/s: ${num(t.articlesPerSecond)}, ${verdict(t.articlesPerSecond >= 1000)}`);
  if (warm.length > 0) {
    const warmRate = (warm.reduce((n, w) => n + w.pages, 0) / warm.reduce((n, w) => n + w.pdfMs, 0)) * 1000;
    out.push(`  PDF ≥ 200 pages/s once warm: ${num(warmRate)} over the briefings above, ${verdict(warmRate >= 200)} (in the build, cold threads sharing the cores: ${num(pagesPerSecond)})`);
    const six = b.warm?.sixPages;
    if (six) {
      out.push(`  ${six.pages}-page briefing, PDF ≤ 80 ms once warm: ${num(six.pdfMs)} ms, ${verdict(six.pdfMs <= 80)}`);
      out.push(`  ${six.pages}-page briefing, DOCX ≤ 40 ms once warm: ${num(six.docxMs)} ms, ${verdict(six.docxMs <= 40)}`);
    }
  } else out.push(`  PDF ≥ 200 pages/s (in the build, cold threads): ${num(pagesPerSecond)}, ${verdict(pagesPerSecond >= 200)}`);
  if (lo) out.push(`  ≥ 20× faster than LibreOffice per briefing: ${num(lo.theirsMs / lo.oursMs, 1)}×, ${verdict(lo.theirsMs / lo.oursMs >= 20)}`);
  // The samples can miss a short peak that the build's own maxRSS saw: the larger of the two counts.
  const peak = Math.max(b.typical.peakTreeRssMb, t.peakRssMb);
  out.push(`  peak memory ≤ 700 MB: ${num(peak)} MB, ${verdict(peak <= 700)}`);
  process.stdout.write(out.join('\n') + '\n');
}
