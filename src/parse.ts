import { assembleBriefing } from './assemble.js';
import { buildDate } from './build/dates.js';
import { listInputs, type InputFile } from './build/inputs.js';
import { lookUp, mergeCached, readParseCache, writeParseCache } from './build/parse-cache.js';
import { parseInputs, type ParsedInputs } from './build/parse-inputs.js';
import type { ParsedSource } from './build/parse-input.js';
import type { Config } from './config.js';
import type { Article, SourceRef } from './model/article.js';
import type { Briefing } from './model/briefing.js';
import { diagnostic, type Diagnostic } from './model/diagnostic.js';
import { isUniqueCountyName } from './analyse/gazetteer.js';
import { VERSION } from './version.js';

/**
 * The same story in several files: one article that lists every copy. Linear: one map lookup per
 * article. The parsed articles are left as they were (the parse cache writes them afterwards).
 */
export function mergeRepublished(parsed: ParsedSource[]): Article[] {
  const byId = new Map<string, Article>();
  const seen = new Set<string>();
  for (const p of parsed) {
    for (const a of p.articles) {
      const ref = `${a.id}\n${a.source.path}\n${a.source.startLine}`;
      if (seen.has(ref)) continue;
      seen.add(ref);
      const first = byId.get(a.id);
      if (!first) byId.set(a.id, { ...a, copies: [...a.copies] });
      else first.copies.push(a.source);
    }
  }
  return [...byId.values()];
}

/** Articles outside --since/--until (by their own date) are left out; undated ones stay. */
export function withinPeriod(articles: Article[], since: string | null, until: string | null): Article[] {
  return articles.filter((a) => !a.date || ((!since || a.date >= since) && (!until || a.date <= until)));
}

export function periodOf(articles: Article[], config: Config): Briefing['period'] {
  let first: string | null = null;
  let last: string | null = null;
  for (const a of articles) {
    if (!a.date) continue;
    if (first === null || a.date < first) first = a.date;
    if (last === null || a.date > last) last = a.date;
  }
  return { since: config.since ?? first, until: config.until ?? last };
}

export interface ParseAllOptions {
  issue: number;
  /** Replaces how inputs are parsed (by default: on worker threads, as config.workers says). */
  parseInputs?: (inputs: InputFile[]) => Promise<ParsedSource[]>;
  /** Progress: called as batches of files are done. */
  onParsed?: (files: number, total: number) => void;
  /** Milliseconds of each step, for the build's timings. */
  onStep?: (step: 'parse' | 'assemble', ms: number, detail: { workers?: number; articles?: number; helperCpuMs?: number; cachedFiles?: number; analysedArticles?: number }) => void;
  /**
   * The output folder whose parse cache answers for unchanged files and is rewritten by the
   * `saveCache` returned (see build/parse-cache.ts); `fresh` parses every file but still writes it.
   */
  cache?: { dir: string; fresh: boolean };
}

/** read → segment → analyse → assemble, for every input: the model as `jianbao parse` prints it. */
export async function parseAll(
  config: Config,
  options: ParseAllOptions = { issue: 1 },
): Promise<{ briefing: Briefing; inputs: InputFile[]; saveCache: () => void }> {
  const started = performance.now();
  const { inputs, ignored } = listInputs(config.input);
  const notes: Diagnostic[] = [];
  let done = 0;
  const cache = options.cache ? readParseCache(options.cache.dir, config, options.cache.fresh) : null;
  const { hits, misses, unchanged } = cache ? lookUp(cache, inputs) : { hits: new Map(), misses: inputs, unchanged: true };
  if (hits.size > 0) options.onParsed?.((done += hits.size), inputs.length);
  const parseFresh = async (): Promise<ParsedInputs> => {
    // Nothing to parse: no threads, no tagger, no gazetteer.
    if (misses.length === 0) return { parsed: [], uniqueNames: {}, workers: 0, helperCpuMs: 0 };
    if (options.parseInputs) return { parsed: await options.parseInputs(misses), uniqueNames: {}, workers: 0, helperCpuMs: 0 };
    return parseInputs(
      misses,
      config,
      (n) => options.onParsed?.((done += n), inputs.length),
      (why) => notes.push(diagnostic('info', 'BUILD_NO_WORKERS', `analysis and rendering run in the main thread: ${why}`)),
    );
  };
  const fresh = await parseFresh();
  const result: ParsedInputs = hits.size > 0 ? { ...fresh, ...mergeCached(inputs, hits, fresh) } : fresh;
  // Written when the caller says (a build: while its render threads start up), once.
  let saved = unchanged;
  const saveCache = () => {
    if (saved || !cache || !options.cache) return;
    saved = true;
    writeParseCache(options.cache.dir, cache.key, inputs, result.parsed, result.uniqueNames);
  };
  const { parsed } = result;
  const articleCount = parsed.reduce((n, p) => n + p.articles.length, 0);
  options.onStep?.('parse', performance.now() - started, { workers: result.workers, articles: articleCount, helperCpuMs: result.helperCpuMs, cachedFiles: hits.size, analysedArticles: fresh.parsed.reduce((n, p) => n + p.articles.length, 0) });

  const assembling = performance.now();
  const diagnostics: Diagnostic[] = [
    ...notes,
    ...ignored.map((p) => diagnostic('info', 'READ_UNSUPPORTED', 'not an article format jianbao reads (.txt .md .html .docx .pdf); skipped', { source: p })),
    ...parsed.flatMap((p) => p.diagnostics),
  ];
  if (inputs.length === 0) diagnostics.push(diagnostic('warning', 'INPUT_EMPTY', `no input files in ${config.input}`));
  const articles = withinPeriod(mergeRepublished(parsed), config.since, config.until);
  // Workers answered for the counties they found; the gazetteer is loaded here only for the rest.
  const unique = (name: string) => result.uniqueNames[name] ?? isUniqueCountyName(name);
  const briefing = assembleBriefing(
    parsed.map((p) => p.source),
    articles,
    diagnostics,
    {
      version: VERSION,
      generatedAt: buildDate(inputs).toISOString(),
      issue: options.issue,
      period: periodOf(articles, config),
      isUniqueCountyName: unique,
      maxKeyPoints: config.briefing.maxKeyPoints,
    },
  );
  options.onStep?.('assemble', performance.now() - assembling, {});
  return { briefing, inputs, saveCache };
}
