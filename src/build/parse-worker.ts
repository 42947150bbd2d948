import { inverseDocumentFrequency } from '../analyse/_jieba.js';
import type { AnalysisContext } from '../analyse/types.js';
import type { Config } from '../config.js';
import { analysisContextFor, parseInputsHere, uniqueNamesOf } from './parse-here.js';
import { parseInputsTagged } from './parse-tagged.js';
import type { ParseResult, ParseTask } from './tasks.js';

// Built once per thread and kept between tasks: the gazetteer and what the analysers derive from it.
let analysis: { key: string; ctx: AnalysisContext } | null = null;

function contextFor(config: Config): AnalysisContext {
  const key = JSON.stringify(config.analysis);
  if (analysis?.key !== key) {
    analysis = { key, ctx: analysisContextFor(config) };
    // The keyword scorer's word frequencies too, while the first tags are still on their way.
    inverseDocumentFrequency();
  }
  return analysis.ctx;
}

/** A parsing thread's entry point (piscina calls it once per task). */
export default async function runParseTask(task: ParseTask): Promise<ParseResult> {
  if (!task.port) return { kind: 'parse', batch: await parseInputsHere(task.inputs, task.config, contextFor(task.config)) };
  // The context (gazetteer) is built once the texts are off to the tagger, which is the longer wait.
  const parsed = await parseInputsTagged(task.inputs, task.config, () => contextFor(task.config), task.port);
  return { kind: 'parse', batch: { parsed, uniqueNames: uniqueNamesOf(parsed) } };
}
