import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME, MODEL_FILE, readManifest, type Manifest } from '../build/manifest.js';
import { OVERVIEW_SLUG } from '../build/render.js';
import { JianbaoError } from '../errors.js';
import type { Briefing } from '../model/briefing.js';

/** Shards that cannot be merged: built from other input, missing, or overlapping. Nothing is written. */
export class ShardMismatchError extends JianbaoError {}

export interface Shard {
  dir: string;
  briefing: Briefing;
  manifest: Manifest;
}

/** A shard's output folder: its briefing.json and manifest, both required. */
export function readShard(dir: string): Shard {
  const model = join(dir, MODEL_FILE);
  if (!existsSync(model)) throw new ShardMismatchError(`${dir} holds no ${MODEL_FILE}: is it the output folder of a jianbao build --shard?`);
  const manifest = readManifest(dir);
  if (!manifest) throw new ShardMismatchError(`${dir} holds no readable build manifest (${MANIFEST_NAME})`);
  let briefing: Briefing;
  try {
    briefing = JSON.parse(readFileSync(model, 'utf8')) as Briefing;
  } catch (e) {
    throw new ShardMismatchError(`${model} is not valid JSON: ${(e as Error).message}`, { file: model });
  }
  return { dir, briefing, manifest };
}

/** All shards must come from the same articles, issue and date, or the merged briefings would disagree. */
export function checkSameInput(shards: Shard[]): void {
  const [first, ...rest] = shards as [Shard, ...Shard[]];
  const fields: [string, (s: Shard) => unknown][] = [
    ['input (content hash)', (s) => s.manifest.contentHash],
    ['issue (第N期)', (s) => s.briefing.issue],
    ['date (SOURCE_DATE_EPOCH or the newest input)', (s) => s.briefing.generatedAt],
    ['jianbao version', (s) => s.manifest.version],
  ];
  for (const [what, of] of fields) {
    const other = rest.find((s) => of(s) !== of(first));
    if (other) {
      throw new ShardMismatchError(
        `the shards differ in ${what}: ${first.dir} has ${String(of(first))}, ${other.dir} has ${String(of(other))}; build every shard from the same checkout and settings`,
      );
    }
  }
}

/**
 * Which shard holds each district's report. A district in two shards is an error (the matrix ran a
 * slice twice); the districts no shard holds are returned as missing (a slice failed or did not run).
 */
export function reportOwners(shards: Shard[], briefing: Briefing): { owners: Map<string, Shard>; missing: string[] } {
  const wanted = new Set(briefing.districts.map((d) => d.slug));
  const owners = new Map<string, Shard>();
  const duplicated: string[] = [];
  for (const shard of shards) {
    for (const slug of Object.keys(shard.manifest.reports)) {
      if (slug === OVERVIEW_SLUG || !wanted.has(slug)) continue;
      const owner = owners.get(slug);
      if (owner) duplicated.push(`${slug} (in ${owner.dir} and ${shard.dir})`);
      else owners.set(slug, shard);
    }
  }
  if (duplicated.length > 0) {
    throw new ShardMismatchError(`districts built by more than one shard: ${duplicated.join('; ')}. Build each shard (K/N, same N) into its own empty folder.`);
  }
  return { owners, missing: briefing.districts.map((d) => d.slug).filter((s) => !owners.has(s)) };
}
