import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { removeStaleTempFiles, writeFileIfChanged, type FileContent } from './build/atomic.js';
import { hashTree, hashTreeBySample } from './build/hashes.js';
import { sha256 } from './build/ids.js';
import { jsonFileText } from './build/json-text.js';
import { MODEL_FILE, readManifest, writeManifest, type Manifest } from './build/manifest.js';
import { locateMissingGlyphs } from './build/glyphs.js';
import { reportJobs, type ReportJob } from './build/jobs.js';
import { closePools, openRenderPools, ReportRenderer } from './build/reports.js';
import { TimingsRecorder, type BuildTimings } from './build/timings.js';
import { selectDistricts } from './build/select.js';
import { loadConfig, templateDirsOf, type Config, type ConfigInput } from './config.js';
import { TemplateProblemsError } from './errors.js';
import type { Article } from './model/article.js';
import type { Briefing } from './model/briefing.js';
import { diagnostic, type Diagnostic } from './model/diagnostic.js';
import { parseAll } from './parse.js';
import { INDEX_FILE, publishIndex } from './publish/index.js';
import { checkTemplates } from './render/check.js';
import { BUILTIN_TEMPLATES_DIR, loadTemplateSet } from './render/templates.js';
import { BUNDLED_FONTS_DIR } from './write/bundled-fonts.js';
import { VERSION } from './version.js';


export interface BuildOptions {
  cwd?: string;
  /** Config file; found in cwd when omitted (jianbao.config.json / .yaml). */
  config?: string | null;
  /** Settings that override the config file (the command-line flags). */
  overrides?: ConfigInput;
  /** Progress, for the command line. */
  onEvent?: (event: BuildEvent) => void;
}

export type BuildEvent =
  | { type: 'stage'; stage: 'parse' | 'render'; total: number }
  | { type: 'parsed'; articles: number; districts: number }
  | { type: 'report'; slug: string; status: 'written' | 'skipped' | 'failed' };

/** What a build and a merge both give back. */
export interface Outcome {
  briefing: Briefing;
  config: Config;
  /** Output files written (paths relative to the output folder). */
  written: string[];
  /** Reports left as they were because nothing they depend on changed. */
  skipped: string[];
  /** Reports that could not be rendered (named in diagnostics). */
  failed: string[];
  diagnostics: Diagnostic[];
  /** 0 all built; 1 built, but some inputs or reports failed. (2 is thrown as a JianbaoError.) */
  exitCode: 0 | 1;
  ms: number;
}

export interface BuildResult extends Outcome {
  /** Where the time went: per stage, per report and format, workers used, peak memory. */
  timings: BuildTimings;
}

/** read → segment → analyse → assemble → render → write, for the whole input folder. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const timings = new TimingsRecorder();
  const { config } = loadConfig({ cwd: options.cwd, file: options.config, overrides: options.overrides });
  const emit = options.onEvent ?? (() => {});

  const templateDirs = checkedTemplateDirs(config, 'built');
  const templates = loadTemplateSet(templateDirs);
  removeStaleTempFiles(config.output); // left by a build that was killed

  const manifest = readManifest(config.output);
  emit({ type: 'stage', stage: 'parse', total: 0 });
  timings.lap('setup');
  let assembleMs = 0;
  const { briefing, saveCache } = await parseAll(config, {
    issue: 0,
    cache: { dir: config.output, fresh: config.force },
    onStep: (step, ms, detail) => {
      if (step === 'assemble') assembleMs = ms;
      else {
        timings.workers.parse = detail.workers ?? 0;
        timings.articles = detail.articles ?? 0;
        timings.analysedArticles = detail.analysedArticles ?? 0;
        timings.cachedFiles = detail.cachedFiles ?? 0;
        timings.helperCpuMs += detail.helperCpuMs ?? 0;
      }
    },
  });
  timings.lap('parse');
  timings.move(assembleMs, 'parse', 'assemble');
  const contentHash = hashOfArticles(briefing.articles);
  briefing.issue = issueNumber(config, manifest, contentHash);
  emit({ type: 'parsed', articles: briefing.articles.length, districts: briefing.districts.length });
  timings.lap('assemble');

  const written: string[] = [];
  let writeMs = 0;
  const writeIfChanged = (name: string, content: FileContent) => {
    const writing = performance.now();
    if (writeFileIfChanged(join(config.output, name), content)) written.push(name);
    writeMs += performance.now() - writing;
  };

  const selected = selectDistricts(briefing.districts, config.districts, config.shard);
  const diagnostics = [...briefing.diagnostics];
  const onNote = (why: string) => diagnostics.push(noWorkers(why));
  // With no earlier build here, --force, or a new 第N期 (which every report's masthead shows), every
  // report is rendered: the threads start now and warm up while the views are computed. Otherwise
  // they wait until it is known which reports changed.
  const everyReport = !manifest || config.force || briefing.issue !== manifest.issue;
  const early = everyReport ? openRenderPools({ config, onNote }, selected.length + (config.shard ? 0 : 1)) : null;
  let renderer: ReportRenderer | null = null;
  let onDisk = manifest;
  const reports: Manifest['reports'] = {};
  const skipped: string[] = [];
  const failed: string[] = [];
  try {
    // A shard renders districts only: `jianbao merge` renders the overview once all shards are in.
    const jobs = reportJobs(briefing, selected, config).filter((j) => !(config.shard && j.template === 'overview'));
    const date = new Date(briefing.generatedAt);
    const environment = renderEnvironment(config);
    emit({ type: 'stage', stage: 'render', total: jobs.length });
    const plan = jobs.map((job) => {
      const key = sha256(environment + JSON.stringify(job.view));
      const previous = manifest?.reports[job.slug];
      const current = !config.force && !!previous && previous.key === key && filesIntact(config.output, previous.files);
      return { job, key, previous, current };
    });
    // Reports about to be rewritten leave the manifest first: a build killed midway leaves a manifest
    // whose every listed file still matches its hash.
    if (manifest && plan.some((p) => p.previous && !p.current)) {
      onDisk = withoutReports(manifest, plan.filter((p) => !p.current).map((p) => p.job.slug));
      writeManifest(config.output, onDisk);
    }
    timings.lap('views');
    const settings = { templates, templateDirs, config, date, onNote };
    const toRender = plan.filter((p) => !p.current).map((p) => p.job);
    renderer = new ReportRenderer(toRender, settings, everyReport ? early : undefined);
    // Now, while the render threads start up and this thread has little to do (some 100 ms for 2,000 articles).
    saveCache();
    timings.workers.render = renderer.workers;
    const articlesById = lazyArticleIndex(briefing);
    for (const { job, key, previous, current } of plan) {
      if (current && previous) {
        reports[job.slug] = previous;
        skipped.push(job.slug);
        emit({ type: 'report', slug: job.slug, status: 'skipped' });
        continue;
      }
      await new Promise<void>((resolve) => setImmediate(resolve)); // a signal (Ctrl-C) stops the build between reports
      const outcome = await renderer.take();
      if ('error' in outcome) {
        failed.push(job.slug);
        diagnostics.push(reportFailure(job, outcome.error));
        if (previous) reports[job.slug] = previous; // the last good version stays, and stays listed
        emit({ type: 'report', slug: job.slug, status: 'failed' });
        continue;
      }
      const rendered = outcome.report;
      timings.report(rendered, job.articleIds.length);
      diagnostics.push(...locateMissingGlyphs(rendered.diagnostics, () => articlesById(job.articleIds)));
      const files: Record<string, string> = {};
      for (const f of rendered.files) {
        const name = `${job.slug}.${f.format}`;
        writeIfChanged(name, f.bytes);
        files[name] = sha256(f.bytes);
      }
      reports[job.slug] = { key, files };
      emit({ type: 'report', slug: job.slug, status: 'written' });
    }
  } finally {
    if (renderer) await renderer.close();
    else if (early) await closePools(early);
  }
  timings.lap('render');
  timings.move(writeMs, 'render', 'write');
  briefing.diagnostics = diagnostics;
  writeIfChanged(MODEL_FILE, () => jsonFileText(briefing));
  const pruning = !config.shard && config.districts.length === 0;
  if (!pruning) for (const [slug, r] of Object.entries(manifest?.reports ?? {})) reports[slug] ??= r;
  const next: Manifest = { version: VERSION, issue: briefing.issue, contentHash, reports };
  // Against the manifest now on disk: a report rendered again to the same key and files must be listed again.
  if (JSON.stringify(next) !== JSON.stringify(onDisk)) writeManifest(config.output, next);
  // After the manifest stops listing them, so it never lists a file that is gone.
  if (pruning) removeStale(config.output, manifest, reports);
  if (config.index && !config.shard && publishIndex(config.output, briefing, config.briefing)) written.push(INDEX_FILE);

  timings.lap('write');
  return { ...outcome(briefing, config, { written, skipped, failed, diagnostics }, started), timings: timings.finish() };
}

/** A build's or a merge's result: exit code 1 when a report failed or any diagnostic is an error. */
export function outcome(
  briefing: Briefing,
  config: Config,
  files: Pick<Outcome, 'written' | 'skipped' | 'failed' | 'diagnostics'>,
  started: number,
): Outcome {
  const { failed, diagnostics } = files;
  const exitCode = failed.length > 0 || diagnostics.some((d) => d.level === 'error') ? 1 : 0;
  return { briefing, config, ...files, exitCode, ms: Math.round(performance.now() - started) };
}

/** The config's template folders, checked: a broken template stops a build or merge before anything is written. */
export function checkedTemplateDirs(config: Config, nothingWas: 'built' | 'merged'): string[] {
  const templateDirs = templateDirsOf(config);
  const problems = checkTemplates(templateDirs).filter((p) => p.code !== 'TEMPLATE_UNKNOWN_FIELD');
  if (problems.length > 0) throw new TemplateProblemsError(`${problems.length} template problem(s); nothing was ${nothingWas}`, problems);
  return templateDirs;
}

/** The hash of JSON.stringify(articles), computed article by article: no string of the whole model. */
function hashOfArticles(articles: Article[]): string {
  const hash = createHash('sha256');
  hash.update('[');
  articles.forEach((a, i) => hash.update((i > 0 ? ',' : '') + JSON.stringify(a)));
  hash.update(']');
  return hash.digest('hex');
}

/** Articles by id, indexed on first use (only reports with a missing glyph need it). */
function lazyArticleIndex(briefing: Briefing): (ids: string[]) => Article[] {
  let index: Map<string, Article> | null = null;
  return (ids) => {
    index ??= new Map(briefing.articles.map((a) => [a.id, a]));
    return ids.map((id) => index!.get(id)).filter((a): a is Article => a !== undefined);
  };
}

function noWorkers(why: string): Diagnostic {
  return diagnostic('info', 'BUILD_NO_WORKERS', `reports are rendered in the main thread: ${why}`);
}

/** Hash of what a report's bytes depend on besides its view: version, formats, theme, templates, fonts (also used by merge). */
export function renderEnvironment(config: Config): string {
  return sha256(
    JSON.stringify([VERSION, config.formats, config.theme, hashTree([...templateDirsOf(config), BUILTIN_TEMPLATES_DIR]), hashTreeBySample(fontDirs(config))]),
  );
}

/** 第N期: as configured; else the previous issue when nothing changed, or the next one. */
function issueNumber(config: Config, manifest: Manifest | null, contentHash: string): number {
  if (config.issue) return config.issue;
  if (!manifest) return 1;
  return manifest.contentHash === contentHash ? manifest.issue : manifest.issue + 1;
}

function fontDirs(config: Config): string[] {
  return [...(config.fonts ? [config.fonts] : []), BUNDLED_FONTS_DIR];
}

function filesIntact(dir: string, files: Record<string, string>): boolean {
  return Object.entries(files).every(([name, hash]) => {
    const p = join(dir, name);
    return existsSync(p) && sha256(readFileSync(p)) === hash;
  });
}

function withoutReports(manifest: Manifest, slugs: string[]): Manifest {
  const reports = { ...manifest.reports };
  for (const slug of slugs) delete reports[slug];
  return { ...manifest, reports };
}

/** Reports of districts that no longer have articles: their files go, so output/ matches input/. */
function removeStale(dir: string, manifest: Manifest | null, current: Manifest['reports']): void {
  for (const [slug, r] of Object.entries(manifest?.reports ?? {})) {
    if (current[slug]) continue;
    for (const name of Object.keys(r.files)) rmSync(join(dir, name), { force: true });
  }
}

function reportFailure(job: ReportJob, e: unknown): Diagnostic {
  const err = e as Error;
  return diagnostic('error', 'RENDER_FAILED', `could not render ${job.slug}: ${err.message}`, { source: job.slug });
}
