import { readFileSync } from 'node:fs';
import { analyseArticle, createAnalysisContext } from './analyse/index.js';
import type { AnalysisContext } from './analyse/types.js';
import { assembleBriefing } from './assemble.js';
import { listInputs, type InputFile } from './build/inputs.js';
import { buildDate } from './build/dates.js';
import { articleId, sha256 } from './build/ids.js';
import type { Config } from './config.js';
import type { Article, SourceRef } from './model/article.js';
import type { Briefing } from './model/briefing.js';
import { diagnostic, type Diagnostic, type StageDiagnostic } from './model/diagnostic.js';
import type { Source } from './model/source.js';
import { ReadError, readInput } from './read/index.js';
import { segmentSource } from './segment/index.js';
import { isUniqueCountyName } from './analyse/gazetteer.js';
import { VERSION } from './version.js';

/** One input file, read, segmented and analysed: the unit of work a worker thread does. */
export interface ParsedSource {
  source: Source;
  articles: Article[];
  diagnostics: Diagnostic[];
}

export async function parseInput(input: InputFile, config: Config, ctx: AnalysisContext): Promise<ParsedSource> {
  const diagnostics: Diagnostic[] = [];
  const located = (d: StageDiagnostic): Diagnostic => ({ ...d, source: d.source ?? input.path });
  const failed = (code: string, message: string, line: number | null = null): ParsedSource => ({
    source: { path: input.path, format: 'txt', encoding: 'unknown', sha256: '', articleIds: [], discarded: [] },
    articles: [],
    diagnostics: [...diagnostics, diagnostic('error', code, message, { source: input.path, line })],
  });
  if (input.size > config.limits.maxFileBytes) {
    return failed('READ_TOO_LARGE', `file is ${mb(input.size)}, over the limit of ${mb(config.limits.maxFileBytes)} (limits.maxFileBytes)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(input.file);
  } catch (e) {
    return failed('READ_IO', `cannot read the file: ${(e as Error).message}`);
  }
  let read;
  try {
    read = await readInput(input.path, bytes, { limits: config.limits });
  } catch (e) {
    if (e instanceof ReadError) return failed(e.code, e.message, e.line);
    return failed('READ_FAILED', `could not read the file: ${(e as Error).message}`);
  }
  diagnostics.push(...read.diagnostics.map(located));
  const seg = segmentSource(read.text, { path: input.path, meta: read.meta });
  diagnostics.push(...seg.diagnostics.map(located));
  const articles: Article[] = [];
  for (const text of seg.articles) {
    const { facts, diagnostics: found } = analyseArticle(text, ctx);
    const line = text.source.startLine;
    diagnostics.push(...found.map((d) => located({ ...d, line: d.line ?? line })));
    articles.push({ id: articleId(text), ...text, ...facts });
  }
  return {
    source: {
      path: input.path,
      format: read.format,
      encoding: read.encoding,
      sha256: sha256(bytes),
      articleIds: articles.map((a) => a.id),
      discarded: seg.discarded,
    },
    articles,
    diagnostics,
  };
}

/** The same story in several files: one article that lists every copy. */
export function mergeRepublished(parsed: ParsedSource[]): Article[] {
  const byId = new Map<string, Article>();
  for (const p of parsed) {
    for (const a of p.articles) {
      const first = byId.get(a.id);
      if (!first) byId.set(a.id, a);
      else if (!sameRef(first.source, a.source)) first.copies.push(a.source);
    }
  }
  return [...byId.values()];
}

function sameRef(a: SourceRef, b: SourceRef): boolean {
  return a.path === b.path && a.startLine === b.startLine;
}

/** Articles outside --since/--until (by their own date) are left out; undated ones stay. */
export function withinPeriod(articles: Article[], since: string | null, until: string | null): Article[] {
  return articles.filter((a) => !a.date || ((!since || a.date >= since) && (!until || a.date <= until)));
}

export function periodOf(articles: Article[], config: Config): Briefing['period'] {
  const dates = articles.map((a) => a.date).filter((d): d is string => !!d).sort();
  return { since: config.since ?? dates[0] ?? null, until: config.until ?? dates[dates.length - 1] ?? null };
}

/** read → segment → analyse → assemble, for every input: the model as `jianbao parse` prints it. */
export async function parseAll(
  config: Config,
  options: { issue: number; parseInputs?: (inputs: InputFile[]) => Promise<ParsedSource[]> } = { issue: 1 },
): Promise<{ briefing: Briefing; inputs: InputFile[] }> {
  const { inputs, ignored } = listInputs(config.input);
  const ctx = createAnalysisContext(config.analysis);
  const parsed = options.parseInputs
    ? await options.parseInputs(inputs)
    : await Promise.all(inputs.map((i) => parseInput(i, config, ctx)));
  const diagnostics: Diagnostic[] = [
    ...ignored.map((p) => diagnostic('info', 'READ_UNSUPPORTED', 'not an article format jianbao reads (.txt .md .html .docx .pdf); skipped', { source: p })),
    ...parsed.flatMap((p) => p.diagnostics),
  ];
  if (inputs.length === 0) diagnostics.push(diagnostic('warning', 'INPUT_EMPTY', `no input files in ${config.input}`));
  const articles = withinPeriod(mergeRepublished(parsed), config.since, config.until);
  const briefing = assembleBriefing(
    parsed.map((p) => p.source),
    articles,
    diagnostics,
    {
      version: VERSION,
      generatedAt: buildDate(inputs).toISOString(),
      issue: options.issue,
      period: periodOf(articles, config),
      isUniqueCountyName,
      maxKeyPoints: config.briefing.maxKeyPoints,
    },
  );
  return { briefing, inputs };
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
