import { Piscina } from 'piscina';
import type { Config, OutputFormat } from '../config.js';
import type { TemplateSet } from '../render/templates.js';
import type { DocumentTree } from '../render/tree.js';
import { resolveTheme } from '../write/theme.js';
import type { ReportJob } from './jobs.js';
import { writeReport, type RenderedReport, type ReportLayout } from './render-write.js';
import type { RenderResult, RenderTask, WarmResult, WarmTask } from './tasks.js';

// Compiled once per thread and kept between tasks; fonts are read and parsed once per thread by write/fonts.ts,
// and each writer's modules are loaded on the first task that needs them (write/load.ts). The templates
// and the Markdown parser are loaded only by a thread given whole reports: a thread handed prepared
// trees (reports.ts) is spared some 150 ms of module loading.
let templates: { key: string; set: TemplateSet } | null = null;

async function templatesFor(dirs: string[]): Promise<TemplateSet> {
  const key = JSON.stringify(dirs);
  if (templates?.key !== key) {
    const { loadTemplateSet } = await import('../render/templates.js');
    templates = { key, set: loadTemplateSet(dirs) };
  }
  return templates.set;
}

/** A buffer of its own, so that handing it to the main thread moves it instead of copying it. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

/** The result with its file bytes moved, not copied, across the thread boundary. */
function movable(report: RenderedReport, layout?: ReportLayout): RenderResult {
  const files = report.files.map((f) => ({ ...f, bytes: new Uint8Array(ownBuffer(f.bytes)) }));
  const value: RenderResult = { kind: 'render', report: { ...report, files }, ...(layout ? { layout } : {}) };
  const transferable = {
    get [Piscina.transferableSymbol]() {
      return files.map((f) => f.bytes.buffer);
    },
    get [Piscina.valueSymbol]() {
      return value;
    },
  };
  return Piscina.move(transferable as unknown as Parameters<typeof Piscina.move>[0]) as unknown as RenderResult;
}

/** A rendering thread's entry point (piscina calls it once per task). */
export default async function runRenderTask(task: RenderTask | WarmTask): Promise<RenderResult | WarmResult> {
  if (task.kind === 'warm') {
    await warmUp(task.tree, task.formats, task.config).catch(() => {});
    return { kind: 'warm' };
  }
  if (!('formats' in task)) {
    const { renderReport } = await import('./render.js');
    return movable(await renderReport(task.job, await templatesFor(task.templateDirs), task.config, task.date));
  }
  // Some formats of a report prepared in the main thread (see reports.ts). The tree that arrived
  // with the task is this thread's own copy: the last writer may have it.
  const { job, config, date, formats, handOn, passOn } = task;
  const { files, diagnostics } = await writeReport(job, handOn.prepared, formats, config, date, handOn.layout, true);
  return movable({ slug: job.slug, files, diagnostics }, passOn ? handOn.layout : undefined);
}

/**
 * Writes the sample in `formats` (the files are thrown away by the caller); whatever fails here fails
 * again, and is reported, on a real report.
 */
export async function warmUp(tree: DocumentTree, formats: readonly OutputFormat[], config: Config): Promise<Awaited<ReturnType<typeof writeReport>>> {
  const job: ReportJob = { slug: 'warm-up', template: 'district', title: '示范区工作动态', view: null, articleIds: [] };
  // Without the PDF writer before it, the Word writer would lay the sample out in PDF to number its
  // 目录: heading pages given (none known) keep the PDF code out of a thread that writes only Word files.
  const layout = formats[0] === 'pdf' ? {} : { headingPages: [] };
  return writeReport(job, { tree, theme: resolveTheme(config.theme), ms: 0 }, formats, config, new Date(0), layout, true);
}
