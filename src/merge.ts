import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkedTemplateDirs, outcome, renderEnvironment, type BuildEvent, type Outcome } from './build.js';
import { writeFileIfChanged, type FileContent } from './build/atomic.js';
import { sha256 } from './build/ids.js';
import { jsonFileText } from './build/json-text.js';
import { MODEL_FILE, writeManifest, type Manifest } from './build/manifest.js';
import { OVERVIEW_SLUG, renderReport, reportJobs } from './build/render.js';
import { loadConfig, type ConfigInput } from './config.js';
import { UsageError } from './errors.js';
import { checkSameInput, readShard, reportOwners, ShardMismatchError, type Shard } from './merge/_shards.js';
import { diagnostic, type Diagnostic } from './model/diagnostic.js';
import { INDEX_FILE, publishIndex } from './publish/index.js';
import { loadTemplateSet } from './render/templates.js';
import { VERSION } from './version.js';

export { ShardMismatchError } from './merge/_shards.js';

export interface MergeOptions {
  /** The output folders of `build --shard K/N`, one per shard. */
  shards: string[];
  cwd?: string;
  /** Config file; found in cwd when omitted. Its templates, fonts, formats and theme render the overview. */
  config?: string | null;
  /** Settings over the config file; `output` is the merged folder. */
  overrides?: ConfigInput;
  onEvent?: (event: BuildEvent) => void;
}

/** As a build's outcome; "skipped" are reports whose files in the merged folder were already these bytes. */
export type MergeResult = Outcome;

/**
 * Joins the output folders of a sharded build into one: copies each district's report from the
 * shard that built it, renders the overview, and writes briefing.json, the manifest and the index
 * as one full build would. Shards built from different input, or overlapping, stop the merge
 * (a ShardMismatchError, nothing written); a district no shard built is named and the rest merged.
 */
export async function mergeShards(options: MergeOptions): Promise<MergeResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const emit = options.onEvent ?? (() => {});
  const { config } = loadConfig({ cwd, file: options.config, overrides: { ...options.overrides, shard: null } });
  if (options.shards.length === 0) throw new UsageError('merge needs the output folders of the shards');
  const shards = options.shards.map((d) => readShard(resolve(cwd, d)));
  if (shards.some((s) => s.dir === config.output)) throw new UsageError(`merge into a new folder, not into a shard (${config.output})`);
  checkSameInput(shards);
  const templateDirs = checkedTemplateDirs(config, 'merged');

  const briefing = structuredClone(shards[0]!.briefing);
  const { owners, missing } = reportOwners(shards, briefing);

  const written: string[] = [];
  const skipped: string[] = [];
  const failed: string[] = [...missing];
  const writeIfChanged = (name: string, content: FileContent) => {
    if (writeFileIfChanged(join(config.output, name), content)) written.push(name);
  };
  const reports: Manifest['reports'] = {};
  const renderDiagnostics = reportDiagnostics(shards);
  const diagnostics: Diagnostic[] = briefing.diagnostics.filter((d) => reportOf(d) === null);
  const overview = config.overview && briefing.districts.length > 0;
  emit({ type: 'stage', stage: 'render', total: briefing.districts.length + (overview ? 1 : 0) });
  for (const d of briefing.districts) {
    const shard = owners.get(d.slug);
    const entry = shard?.manifest.reports[d.slug];
    const before = written.length;
    const copied = shard && entry ? copyReport(shard, entry.files, writeIfChanged) : false;
    const unchanged = copied && written.length === before;
    if (unchanged) skipped.push(d.slug);
    diagnostics.push(...(renderDiagnostics.get(d.slug) ?? []));
    if (copied) reports[d.slug] = entry!;
    else {
      if (!failed.includes(d.slug)) failed.push(d.slug);
      const why = shard ? `its files in ${shard.dir} are missing or changed since that build` : 'no shard built it';
      diagnostics.push(diagnostic('error', 'MERGE_MISSING', `${d.name}: ${why}; build it again and merge`, { source: d.slug }));
    }
    emit({ type: 'report', slug: d.slug, status: unchanged ? 'skipped' : copied ? 'written' : 'failed' });
  }

  if (overview) {
    const job = reportJobs(briefing, [], config).find((j) => j.template === 'overview')!;
    try {
      const rendered = await renderReport(job, loadTemplateSet(templateDirs), config, new Date(briefing.generatedAt));
      diagnostics.push(...rendered.diagnostics);
      const files: Record<string, string> = {};
      const before = written.length;
      for (const f of rendered.files) {
        writeIfChanged(`${job.slug}.${f.format}`, f.bytes);
        files[`${job.slug}.${f.format}`] = sha256(f.bytes);
      }
      reports[job.slug] = { key: sha256(renderEnvironment(config) + JSON.stringify(job.view)), files };
      if (written.length === before) skipped.push(job.slug);
      emit({ type: 'report', slug: job.slug, status: written.length === before ? 'skipped' : 'written' });
    } catch (e) {
      failed.push(job.slug);
      diagnostics.push(diagnostic('error', 'RENDER_FAILED', `could not render ${job.slug}: ${(e as Error).message}`, { source: job.slug }));
      emit({ type: 'report', slug: job.slug, status: 'failed' });
    }
  }

  briefing.diagnostics = diagnostics;
  writeIfChanged(MODEL_FILE, () => jsonFileText(briefing));
  writeManifest(config.output, { version: VERSION, issue: briefing.issue, contentHash: shards[0]!.manifest.contentHash, reports });
  if (config.index && publishIndex(config.output, briefing, config.briefing)) written.push(INDEX_FILE);
  return outcome(briefing, config, { written, skipped, failed, diagnostics }, started);
}

/** Copies a report's files from its shard, checking each against the hash the shard recorded. */
function copyReport(shard: Shard, files: Record<string, string>, write: (name: string, bytes: Uint8Array) => void): boolean {
  const contents: [string, Buffer][] = [];
  for (const [name, hash] of Object.entries(files)) {
    const path = join(shard.dir, name);
    if (!existsSync(path)) return false;
    const bytes = readFileSync(path);
    if (sha256(bytes) !== hash) return false;
    contents.push([name, bytes]);
  }
  for (const [name, bytes] of contents) write(name, bytes);
  return true;
}

/** The render diagnostics of each district's report, from the shard that rendered it (the build labels them "slug (district)"). */
function reportDiagnostics(shards: Shard[]): Map<string, Diagnostic[]> {
  const bySlug = new Map<string, Diagnostic[]>();
  for (const shard of shards) {
    for (const d of shard.briefing.diagnostics) {
      const slug = reportOf(d);
      if (slug && slug !== OVERVIEW_SLUG) bySlug.set(slug, [...(bySlug.get(slug) ?? []), d]);
    }
  }
  return bySlug;
}

function reportOf(d: Diagnostic): string | null {
  return /^(.+) \((?:district|overview)\)$/.exec(d.source ?? '')?.[1] ?? (d.code === 'RENDER_FAILED' ? d.source : null);
}
