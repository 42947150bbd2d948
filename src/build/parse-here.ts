import { createAnalysisContext } from '../analyse/index.js';
import { isUniqueCountyName } from '../analyse/gazetteer.js';
import type { AnalysisContext } from '../analyse/types.js';
import type { Config } from '../config.js';
import type { InputFile } from './inputs.js';
import { parseInput, type ParsedSource } from './parse-input.js';
import type { ParsedBatch } from './parse-inputs.js';

export function analysisContextFor(config: Config): AnalysisContext {
  return createAnalysisContext(config.analysis);
}

/** Parses inputs one after the other in this thread, with an analysis context built once. */
export async function parseInputsHere(inputs: InputFile[], config: Config, ctx: AnalysisContext): Promise<ParsedBatch> {
  const parsed: ParsedSource[] = [];
  for (const input of inputs) parsed.push(await parseInput(input, config, ctx));
  return { parsed, uniqueNames: uniqueNamesOf(parsed) };
}

/** For the counties the articles went to: is the name unique in the country? (Asked where the gazetteer is loaded.) */
export function uniqueNamesOf(parsed: ParsedSource[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const p of parsed) for (const a of p.articles) if (a.district && !(a.district.name in out)) out[a.district.name] = isUniqueCountyName(a.district.name);
  return out;
}

