import type { Config } from '../config.js';
import type { TemplateSet } from '../render/templates.js';
import { openPool, type BuildPool } from './pool.js';
import type { ReportJob } from './jobs.js';
import type { RenderedReport } from './render.js';

/** See PoolOptions.resourceLimits: a rendering thread holds fonts, templates and the writers' code. */
const RENDER_THREAD_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

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
 */
export class ReportRenderer {
  private readonly pending: Promise<RenderOutcome>[];
  private readonly pool: BuildPool<'render'> | null;
  private next = 0;

  constructor(
    private readonly jobs: ReportJob[],
    private readonly settings: RenderSettings,
  ) {
    this.pool = openPool('render', settings.config.workers, jobs.length, settings.onNote, { resourceLimits: RENDER_THREAD_LIMITS });
    if (this.pool) {
      const started = new Map<ReportJob, Promise<RenderOutcome>>();
      for (const job of [...jobs].sort((a, b) => b.articleIds.length - a.articleIds.length)) started.set(job, this.onPool(this.pool, job));
      this.pending = jobs.map((job) => started.get(job)!);
    } else {
      this.pending = [];
    }
  }

  /** Threads rendering (0: this thread). */
  get workers(): number {
    return this.pool?.size ?? 0;
  }

  /** The next report in the order given. */
  async take(): Promise<RenderOutcome> {
    const i = this.next++;
    const job = this.jobs[i];
    if (!job) throw new Error('no report left to render');
    if (!this.pool) return this.here(job);
    const outcome = await this.pending[i]!;
    // A thread that died (out of memory on a huge report, say) is not the report's fault: try here.
    return 'error' in outcome ? this.here(job) : outcome;
  }

  private async here(job: ReportJob): Promise<RenderOutcome> {
    const { templates, config, date } = this.settings;
    // The writers (pdfmake, docx, ECharts) are loaded only where reports are rendered.
    const { renderReport } = await import('./render.js');
    return renderReport(job, templates, config, date).then(
      (report) => ({ job, report }),
      (e: unknown) => ({ job, error: asError(e) }),
    );
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  private onPool(pool: BuildPool<'render'>, job: ReportJob): Promise<RenderOutcome> {
    const { templateDirs, config, date } = this.settings;
    return pool.run({ kind: 'render', job, templateDirs, config, date }).then(
      ({ report }) => ({ job, report }),
      (e: unknown) => ({ job, error: asError(e) }),
    );
  }
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
