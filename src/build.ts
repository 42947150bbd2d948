import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './build/atomic.js';
import { hashTree } from './build/hashes.js';
import { sha256 } from './build/ids.js';
import { readManifest, writeManifest, type Manifest } from './build/manifest.js';
import { renderReport, reportJobs, type ReportJob } from './build/render.js';
import { selectDistricts } from './build/select.js';
import { loadConfig, type Config, type ConfigInput } from './config.js';
import { TemplateProblemsError } from './errors.js';
import type { Briefing } from './model/briefing.js';
import { diagnostic, type Diagnostic } from './model/diagnostic.js';
import { parseAll } from './parse.js';
import { checkTemplates } from './render/check.js';
import { BUILTIN_TEMPLATES_DIR, loadTemplateSet } from './render/templates.js';
import { BUNDLED_FONTS_DIR } from './write/fonts.js';
import { VERSION } from './version.js';

export const MODEL_FILE = 'briefing.json';

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

export interface BuildResult {
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

/** read → segment → analyse → assemble → render → write, for the whole input folder. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const { config } = loadConfig({ cwd: options.cwd, file: options.config, overrides: options.overrides });
  const emit = options.onEvent ?? (() => {});

  // A broken template stops the build before anything is written.
  const templateDirs = config.templates ? [config.templates] : [];
  const problems = checkTemplates(templateDirs).filter((p) => p.code !== 'TEMPLATE_UNKNOWN_FIELD');
  if (problems.length > 0) throw new TemplateProblemsError(`${problems.length} template problem(s); nothing was built`, problems);
  const templates = loadTemplateSet(templateDirs);

  const manifest = readManifest(config.output);
  emit({ type: 'stage', stage: 'parse', total: 0 });
  const { briefing } = await parseAll(config, { issue: 0 });
  const contentHash = sha256(JSON.stringify(briefing.articles));
  briefing.issue = issueNumber(config, manifest, contentHash);
  emit({ type: 'parsed', articles: briefing.articles.length, districts: briefing.districts.length });

  const written: string[] = [];
  const writeIfChanged = (name: string, data: Uint8Array | string) => {
    const path = join(config.output, name);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (existsSync(path) && readFileSync(path).equals(bytes)) return;
    writeFileAtomic(path, bytes);
    written.push(name);
  };

  const selected = selectDistricts(briefing.districts, config.districts, config.shard);
  const jobs = reportJobs(briefing, selected, config);
  const date = new Date(briefing.generatedAt);
  const environment = sha256(
    JSON.stringify([VERSION, config.formats, config.theme, hashTree([...templateDirs, BUILTIN_TEMPLATES_DIR]), hashTree(fontDirs(config))]),
  );
  const reports: Manifest['reports'] = {};
  const skipped: string[] = [];
  const failed: string[] = [];
  const diagnostics = [...briefing.diagnostics];
  emit({ type: 'stage', stage: 'render', total: jobs.length });
  for (const job of jobs) {
    const key = sha256(environment + JSON.stringify(job.view));
    const previous = manifest?.reports[job.slug];
    if (!config.force && previous && previous.key === key && filesIntact(config.output, previous.files)) {
      reports[job.slug] = previous;
      skipped.push(job.slug);
      emit({ type: 'report', slug: job.slug, status: 'skipped' });
      continue;
    }
    try {
      const rendered = await renderReport(job, templates, config, date);
      diagnostics.push(...rendered.diagnostics);
      const files: Record<string, string> = {};
      for (const f of rendered.files) {
        const name = `${job.slug}.${f.format}`;
        writeIfChanged(name, f.bytes);
        files[name] = sha256(f.bytes);
      }
      reports[job.slug] = { key, files };
      emit({ type: 'report', slug: job.slug, status: 'written' });
    } catch (e) {
      failed.push(job.slug);
      diagnostics.push(reportFailure(job, e));
      if (previous) reports[job.slug] = previous; // the last good version stays, and stays listed
      emit({ type: 'report', slug: job.slug, status: 'failed' });
    }
  }
  briefing.diagnostics = diagnostics;
  writeIfChanged(MODEL_FILE, JSON.stringify(briefing, null, 2) + '\n');
  if (!config.shard && config.districts.length === 0) removeStale(config.output, manifest, reports);
  else for (const [slug, r] of Object.entries(manifest?.reports ?? {})) reports[slug] ??= r;
  const next: Manifest = { version: VERSION, issue: briefing.issue, contentHash, reports };
  if (JSON.stringify(next) !== JSON.stringify(manifest)) writeManifest(config.output, next);

  const inputFailed = diagnostics.some((d) => d.level === 'error');
  return {
    briefing,
    config,
    written,
    skipped,
    failed,
    diagnostics,
    exitCode: inputFailed || failed.length > 0 ? 1 : 0,
    ms: Math.round(performance.now() - started),
  };
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
