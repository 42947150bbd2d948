import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { VERSION } from '../version.js';
import { writePiecesAtomic } from './atomic.js';
import { jsonText } from './json-text.js';
import { hashTree } from './hashes.js';
import { sha256 } from './ids.js';
import type { InputFile } from './inputs.js';
import type { ParsedSource } from './parse-input.js';
import type { ParsedBatch } from './parse-inputs.js';

/**
 * What the last build in this output folder made of each input file, so that the next build only
 * reads, segments and analyses the files that changed. An editor adjusting templates rebuilds
 * 2,000 articles in the time the reports take, and a build with nothing new parses nothing.
 *
 * An entry counts when the file is the same (same size and modification time, or else the same
 * bytes) and everything else a parse depends on is too: jianbao's version, the analysis and limits
 * settings, the code that parses (hashed, so a changed analyser counts even without a new version)
 * and the versions of the packages it uses. Files that failed to parse are never kept: a read error
 * may be the disk's and not the file's.
 */
export const PARSE_CACHE_NAME = '.jianbao-parse-cache.json';

interface CachedFile {
  size: number;
  mtimeMs: number;
  sha256: string;
  parsed: ParsedSource;
  /** ParsedBatch.uniqueNames for this file's counties: the main thread then needs no gazetteer. */
  uniqueNames: Record<string, boolean>;
}

interface CacheFile {
  key: string;
  files: Record<string, CachedFile>;
}

/** Input paths → cached results, for the inputs the cache can answer; and the inputs left to parse. */
export interface CacheLookup {
  hits: Map<string, CachedFile>;
  misses: InputFile[];
  /** Whether the cache on disk would stay as it is: every input a hit as it stands, and no other entry. */
  unchanged: boolean;
}

/** The cache in `dir` as far as it still holds, or an empty one (always, when `fresh`: --force). */
export function readParseCache(dir: string, config: Config, fresh = false): CacheFile {
  const key = parseCacheKey(config);
  const file = join(dir, PARSE_CACHE_NAME);
  if (!fresh && existsSync(file)) {
    try {
      const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (cache.key === key && cache.files && typeof cache.files === 'object') return cache;
    } catch {
      // Unreadable (a disk that filled up, an edit by hand): parsed again, and written anew.
    }
  }
  return { key, files: {} };
}

/** Splits the inputs into those the cache answers for and those to parse. */
export function lookUp(cache: CacheFile, inputs: InputFile[]): CacheLookup {
  const hits = new Map<string, CachedFile>();
  const misses: InputFile[] = [];
  for (const input of inputs) {
    const entry = Object.hasOwn(cache.files, input.path) ? cache.files[input.path] : undefined;
    if (entry && sameFile(entry, input)) hits.set(input.path, entry);
    else misses.push(input);
  }
  // A hit known by its bytes is rewritten with the file's new time, so the next build knows it by its time.
  const retimed = inputs.some((i) => hits.get(i.path) && hits.get(i.path)!.mtimeMs !== i.mtimeMs);
  return { hits, misses, unchanged: misses.length === 0 && !retimed && Object.keys(cache.files).length === hits.size };
}

/** Same size and time as when cached, or (after a checkout, which sets new times) the same bytes. */
function sameFile(entry: CachedFile, input: InputFile): boolean {
  if (entry.size !== input.size) return false;
  if (entry.mtimeMs === input.mtimeMs) return true;
  try {
    return sha256(readFileSync(input.file)) === entry.sha256;
  } catch {
    return false;
  }
}

/** Writes the cache for exactly these inputs and results (files gone from the input folder leave it). */
export function writeParseCache(dir: string, key: string, inputs: InputFile[], parsed: ParsedSource[], uniqueNames: Record<string, boolean>): void {
  const files: Record<string, CachedFile> = {};
  inputs.forEach((input, i) => {
    const p = parsed[i];
    if (!p || p.source.path !== input.path || p.diagnostics.some((d) => d.level === 'error')) return;
    const names: Record<string, boolean> = {};
    for (const a of p.articles) if (a.district && a.district.name in uniqueNames) names[a.district.name] = uniqueNames[a.district.name]!;
    files[input.path] = { size: input.size, mtimeMs: input.mtimeMs, sha256: p.source.sha256, parsed: p, uniqueNames: names };
  });
  writePiecesAtomic(join(dir, PARSE_CACHE_NAME), jsonText({ key, files } satisfies CacheFile));
}

/** Parsed inputs in input order: cached ones as they were, the rest from `parse`. */
export function mergeCached(inputs: InputFile[], hits: Map<string, CachedFile>, fresh: ParsedBatch): ParsedBatch {
  const parsedFresh = new Map(fresh.parsed.map((p) => [p.source.path, p]));
  const uniqueNames: Record<string, boolean> = { ...fresh.uniqueNames };
  const parsed = inputs.map((input) => {
    const hit = hits.get(input.path);
    if (!hit) return parsedFresh.get(input.path)!;
    Object.assign(uniqueNames, hit.uniqueNames);
    return hit.parsed;
  });
  return { parsed, uniqueNames };
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** The code a parse runs: readers, segmenter, analysers, the model, and the build folder (its parse steps among the rest). */
const PARSE_CODE = ['../read', '../segment', '../analyse', '../model', '.'].map((d) => join(HERE, d));

let codeHash: string | null = null;

/** The parsing code and the installed versions of the packages it uses, as one hash (once per process). */
export function parseCodeHash(): string {
  codeHash ??= sha256(JSON.stringify([VERSION, hashTree(PARSE_CODE), dependencyVersions()]));
  return codeHash;
}

/** Everything besides the file itself that decides what a file parses to. */
function parseCacheKey(config: Config): string {
  return sha256(JSON.stringify([parseCodeHash(), config.analysis, config.limits]));
}

/** The installed version of each of jianbao's dependencies (the gazetteer data, nodejieba, the readers). */
function dependencyVersions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const own = JSON.parse(readFileSync(join(HERE, '..', '..', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const versions: Record<string, string> = {};
  for (const name of Object.keys(own.dependencies ?? {}).sort()) {
    try {
      versions[name] = (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
    } catch {
      // A package that does not export its package.json: its folder's modification time stands in.
      try {
        versions[name] = String(statSync(dirname(require.resolve(name))).mtimeMs);
      } catch {
        versions[name] = 'unknown';
      }
    }
  }
  return versions;
}
