import { readFileSync } from 'node:fs';
import { analyseArticle, type EarlyFacts } from '../analyse/index.js';
import type { AnalysisContext } from '../analyse/types.js';
import type { Config } from '../config.js';
import type { Article } from '../model/article.js';
import { diagnostic, type Diagnostic, type StageDiagnostic } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import { ReadError, readInput } from '../read/index.js';
import { segmentSource } from '../segment/index.js';
import { articleId, sha256 } from './ids.js';
import type { InputFile } from './inputs.js';

/** One input file, read, segmented and analysed: the unit of work a worker thread does. Plain data. */
export interface ParsedSource {
  source: Source;
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** An input read and cut into articles, not yet analysed. */
export interface SegmentedInput {
  input: InputFile;
  read: { format: Source['format']; encoding: Source['encoding']; sha256: string };
  segments: ReturnType<typeof segmentSource>;
  diagnostics: Diagnostic[];
}

/** read → segment → analyse for one input file. */
export async function parseInput(input: InputFile, config: Config, ctx: AnalysisContext): Promise<ParsedSource> {
  const segmented = await segmentInput(input, config);
  return 'source' in segmented ? segmented : analyseInput(segmented, ctx);
}

/** The file read and cut into articles, or, when it cannot be read, its parsed form with the reason. */
export async function segmentInput(input: InputFile, config: Config): Promise<SegmentedInput | ParsedSource> {
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
  let segments: ReturnType<typeof segmentSource>;
  try {
    segments = segmentSource(read.text, { path: input.path, meta: read.meta });
  } catch (e) {
    // A defect of ours that this file's text brings out: the file is reported, the batch goes on.
    return failed('SEGMENT_FAILED', `could not cut the text into articles: ${(e as Error).message}`);
  }
  diagnostics.push(...segments.diagnostics.map(located));
  return { input, read: { format: read.format, encoding: read.encoding, sha256: sha256(bytes) }, segments, diagnostics };
}

/**
 * Every article of a segmented input analysed (the context holds the gazetteer and dictionaries);
 * `early` holds what some analysers already found for an article (see analyseUntagged).
 */
export function analyseInput(segmented: SegmentedInput, ctx: AnalysisContext, early?: ReadonlyMap<object, EarlyFacts>): ParsedSource {
  const { input, read, segments: seg } = segmented;
  const diagnostics = [...segmented.diagnostics];
  const located = (d: StageDiagnostic): Diagnostic => ({ ...d, source: d.source ?? input.path });
  const articles: Article[] = [];
  for (const text of seg.articles) {
    const { facts, diagnostics: found } = analyseArticle(text, ctx, early?.get(text));
    const line = text.source.startLine;
    diagnostics.push(...found.map((d) => located({ ...d, line: d.line ?? line })));
    articles.push({ id: articleId(text), ...text, ...facts });
  }
  return {
    source: {
      path: input.path,
      format: read.format,
      encoding: read.encoding,
      sha256: read.sha256,
      articleIds: articles.map((a) => a.id),
      discarded: seg.discarded,
    },
    articles,
    diagnostics,
  };
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
