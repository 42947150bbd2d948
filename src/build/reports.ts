import type { Config, OutputFormat } from '../config.js';
import { inWriteOrder } from '../write/load.js';
import type { TemplateSet } from '../render/templates.js';
import { MIN_TASKS_FOR_WORKERS, openPool, workerCount, type BuildPool } from './pool.js';
import type { ReportJob } from './jobs.js';
import type { RenderedReport } from './render.js';
import type { PreparedReport } from './render-prepare.js';
import { warmUpTree } from './render-warm.js';
import { garbageCollector } from './heap.js';

/**
 * See PoolOptions.resourceLimits: a rendering thread holds fonts and the writers' code. Past 160 MB
 * of old generation V8 collects instead of growing: at 10,000 articles (a 44-page overview, 33-page
 * districts) the build process peaked at 683 and 724 MB in two runs with this limit, 718 and 737 with
 * 256, in the same time. A thread that runs out dies, and take() renders its report in this thread.
 */
const RENDER_THREAD_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };

/** Reports prepared in the main thread before the PDF threads have taken them: enough to keep them busy. */
const PREPARED_AHEAD = 3;

export type RenderOutcome = { job: ReportJob; report: RenderedReport } | { job: ReportJob; error: Error };

export interface RenderSettings {
  templates: TemplateSet;
  templateDirs: string[];
  config: Config;
  date: Date;
  /** Told why the reports are rendered in the main thread when workers were wanted but cannot start. */
  onNote?: (message: string) => void;
}

/**
 * Renders reports on worker threads (or in this thread), handing them back in the order they were
 * given whatever order they finish in, so that files, diagnostics and the manifest come out the same
 * for any number of workers. Larger reports are started first so that no thread is left with a
 * long one at the end.
 *
 * With two threads or more and PDF plus other formats, one half of the threads writes PDFs and the
 * other half the rest, each report's DOCX following its PDF (which hands on its heading pages and
 * charts), and this thread, otherwise idle, renders the templates and parses the Markdown. A thread
 * then loads, warms up and holds only one writer: half the module loading and JIT warm-up per
 * thread, and no thread with both PDFKit's and docx's, harfbuzz's and resvg's memory. The two
 * halves take about the same time per report.
 */
export class ReportRenderer {
  private readonly pending: Promise<RenderOutcome>[];
  private readonly pools: RenderPools | null;
  private next = 0;
  /** Preparing reports makes most of this thread's garbage while they render: see heap.ts. */
  private readonly collectGarbage = garbageCollector();

  /** `pools`: threads opened (and warming up) beforehand with openRenderPools; by default opened here. */
  constructor(
    private readonly jobs: ReportJob[],
    private readonly settings: RenderSettings,
    pools: RenderPools | null = openRenderPools(settings, jobs.length),
  ) {
    this.pools = jobs.length > 0 ? pools : null;
    if (pools && !this.pools) void closePools(pools);
    if (this.pools) {
      const pools = this.pools;
      const started = new Map<ReportJob, Promise<RenderOutcome>>();
      const order = [...jobs].sort((a, b) => b.articleIds.length - a.articleIds.length);
      // Templates and Markdown in this thread, which would otherwise wait: one report at a time, a
      // few ahead of the PDF threads (each prepared tree is held until its last format is written).
      const pdfDone = order.map(() => deferred());
      let previous: Promise<unknown> = Promise.resolve();
      order.forEach((job, i) => {
        if (!pools.rest) return started.set(job, this.onPools(pools, job, null, () => {}));
        const turn = Promise.all([previous, pdfDone[i - PREPARED_AHEAD]?.promise]).then(() => this.prepare(job));
        previous = turn.catch(() => {});
        started.set(job, this.onPools(pools, job, turn, pdfDone[i]!.resolve));
      });
      this.pending = jobs.map((job) => started.get(job)!);
    } else {
      this.pending = [];
    }
  }

  /** Threads rendering (0: this thread). */
  get workers(): number {
    return this.pools ? this.pools.first.size + (this.pools.rest?.size ?? 0) : 0;
  }

  /** The next report in the order given. */
  async take(): Promise<RenderOutcome> {
    const i = this.next++;
    const job = this.jobs[i];
    if (!job) throw new Error('no report left to render');
    if (!this.pools) return this.here(job);
    const outcome = await this.pending[i]!;
    // A thread that died (out of memory on a huge report, say) is not the report's fault: try here.
    return 'error' in outcome ? this.here(job) : outcome;
  }

  private async here(job: ReportJob): Promise<RenderOutcome> {
    const { templates, config, date } = this.settings;
    // The writers (PDFKit, docx, resvg) are loaded only where reports are rendered.
    const { renderReport } = await import('./render.js');
    return renderReport(job, templates, config, date).then(
      (report) => ({ job, report }),
      (e: unknown) => ({ job, error: asError(e) }),
    );
  }

  private async prepare(job: ReportJob): Promise<PreparedReport> {
    // A turn of the event loop first: results that came in are taken before the next report is prepared.
    await new Promise((resolve) => setImmediate(resolve));
    this.collectGarbage();
    const { prepareReport } = await import('./render-prepare.js');
    return prepareReport(job, this.settings.templates, this.settings.config);
  }

  async close(): Promise<void> {
    if (this.pools) await closePools(this.pools);
  }

  private async onPools({ first, rest }: RenderPools, job: ReportJob, turn: Promise<PreparedReport> | null, done: () => void): Promise<RenderOutcome> {
    const { templateDirs, config, date } = this.settings;
    try {
      if (!rest || !turn) return { job, report: (await first.run({ kind: 'render', job, templateDirs, config, date })).report };
      const [head, ...tail] = inWriteOrder(config.formats);
      const prepared = await turn;
      // The view stays behind: the tree it was rendered to goes instead.
      const bare = { ...job, view: null };
      const a = await first.run({ kind: 'render', job: bare, config, date, formats: [head!], handOn: { prepared, layout: {} }, passOn: true }).finally(done);
      const handOn = { prepared: { ...prepared, ms: 0 }, layout: a.layout ?? {} };
      const b = await rest.run({ kind: 'render', job: bare, config, date, formats: tail, handOn, passOn: false });
      return { job, report: { slug: job.slug, files: [...a.report.files, ...b.report.files], diagnostics: [...a.report.diagnostics, ...b.report.diagnostics] } };
    } catch (e) {
      done();
      return { job, error: asError(e) };
    }
  }
}

/** The threads rendering: all formats on `first`, or the PDFs on `first` and the other formats on `rest`. */
export interface RenderPools {
  first: BuildPool<'render'>;
  rest: BuildPool<'render'> | null;
}

/**
 * Each thread's first task: its writers loaded and run on a sample while the first report is
 * prepared. Queued at once, before any report, so that no thread takes a report first.
 */
function warmThreads({ first, rest }: RenderPools, config: Config): void {
  const formats = inWriteOrder(config.formats);
  const tree = warmUpTree();
  const warm = (pool: BuildPool<'render'>, formats: OutputFormat[]) => {
    for (let i = 0; i < pool.size; i++) void pool.run({ kind: 'warm', tree, formats, config }).catch(() => {});
  };
  warm(first, rest ? formats.slice(0, 1) : formats);
  if (rest) warm(rest, formats.slice(1));
}

/**
 * Threads for rendering `reports` reports, or null for this thread. Each thread starts at once on a
 * sample briefing (render-warm.ts): its writers' modules loaded, fonts parsed, code warmed up, so that
 * opened before the views are computed, the threads are ready when the first report is.
 */
export function openRenderPools(settings: Pick<RenderSettings, 'config' | 'onNote'>, reports: number): RenderPools | null {
  const pools = openPoolsFor(settings, reports);
  if (pools) warmThreads(pools, settings.config);
  return pools;
}

export async function closePools({ first, rest }: RenderPools): Promise<void> {
  await Promise.all([first.close(), rest?.close()]);
}

function openPoolsFor(settings: Pick<RenderSettings, 'config' | 'onNote'>, reports: number): RenderPools | null {
  const { config, onNote } = settings;
  const options = { resourceLimits: RENDER_THREAD_LIMITS };
  const size = workerCount(config.workers, reports);
  const formats = inWriteOrder(config.formats);
  const split = size >= 2 && formats[0] === 'pdf' && formats.length >= 2;
  if (!split) {
    const all = openPool('render', config.workers, reports, onNote, options);
    return all && { first: all, rest: null };
  }
  // openPool's rule for an automatic count, which the halves' explicit sizes would skip.
  if (config.workers === null && reports < MIN_TASKS_FOR_WORKERS) return null;
  const first = openPool('render', Math.ceil(size / 2), reports, onNote, options);
  if (!first) return null;
  return { first, rest: openPool('render', Math.floor(size / 2), reports, onNote, options) };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
