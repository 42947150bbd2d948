import type { OutputFormat } from '../config.js';
import type { RenderedReport } from './render.js';

/** The stages of a build, in the order they run. */
export const STAGES = ['setup', 'parse', 'assemble', 'views', 'render', 'write'] as const;
export type Stage = (typeof STAGES)[number];

/** How long one report took, per format. */
export interface ReportTiming {
  slug: string;
  articles: number;
  formats: Partial<Record<OutputFormat, { ms: number; bytes: number; pages?: number }>>;
}

/** Where a build's time went: BuildResult.timings, and the `timings` of `jianbao build --json`. */
export interface BuildTimings {
  /**
   * Wall-clock milliseconds per stage: setup (config, templates check, manifest), parse (read,
   * segment, analyse every input), assemble (merge copies, group by district), views (view models,
   * render keys), render (templates, PDF, DOCX, HTML of every report not skipped), write (files,
   * briefing.json, manifest, index). They add up to `total` but for a few milliseconds of glue.
   */
  stages: Record<Stage, number>;
  total: number;
  /** Worker threads used for parsing and for rendering (0: the main thread). */
  workers: { parse: number; render: number };
  /** Articles of the build (before republished copies are merged), and those analysed per second of the parse stage. */
  articles: number;
  articlesPerSecond: number;
  /** Input files whose articles came from the output folder's parse cache, unchanged since the last build. */
  cachedFiles: number;
  /** Each report rendered, in output order; skipped reports are not listed. */
  reports: ReportTiming[];
  /** Peak resident memory of the build process, all its threads together, in MB. */
  peakRssMb: number;
  /**
   * CPU time in ms: the build process (all its threads) and its helper processes (the tagger). On a
   * busy machine wall time stretches with the load; CPU time much less, so it tells what the build costs.
   */
  cpuMs: { build: number; helpers: number };
}

/** Collects a build's timings as it runs. */
export class TimingsRecorder {
  private readonly stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  private readonly reports: ReportTiming[] = [];
  private readonly started = performance.now();
  private mark = performance.now();
  workers = { parse: 0, render: 0 };
  articles = 0;
  /** Articles read, segmented and analysed in this build (not from the parse cache). */
  analysedArticles = 0;
  cachedFiles = 0;
  /** CPU time of helper processes, as they report it when they exit. */
  helperCpuMs = 0;

  /** Charges the time since the previous mark to `stage`. */
  lap(stage: Stage): void {
    const now = performance.now();
    this.stages[stage] += now - this.mark;
    this.mark = now;
  }

  /** Moves `ms` already charged to one stage over to another (the writes inside the render loop). */
  move(ms: number, from: Stage, to: Stage): void {
    this.stages[from] -= ms;
    this.stages[to] += ms;
  }

  add(stage: Stage, ms: number): void {
    this.stages[stage] += ms;
  }

  report(rendered: RenderedReport, articles: number): void {
    const formats: ReportTiming['formats'] = {};
    for (const f of rendered.files) formats[f.format] = { ms: round(f.ms), bytes: f.bytes.byteLength, ...(f.pages !== undefined ? { pages: f.pages } : {}) };
    this.reports.push({ slug: rendered.slug, articles, formats });
  }

  finish(): BuildTimings {
    const stages = Object.fromEntries(STAGES.map((s) => [s, round(this.stages[s])])) as Record<Stage, number>;
    return {
      stages,
      total: round(performance.now() - this.started),
      workers: this.workers,
      articles: this.articles,
      articlesPerSecond: this.stages.parse > 0 ? Math.round((this.analysedArticles / this.stages.parse) * 1000) : 0,
      cachedFiles: this.cachedFiles,
      reports: this.reports,
      // maxRSS is in kilobytes and covers every thread of the process.
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      cpuMs: { build: Math.round(cpuOfThisProcess()), helpers: Math.round(this.helperCpuMs) },
    };
  }
}

/** User and system CPU time of this process, all threads, in ms. */
export function cpuOfThisProcess(): number {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1000;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
