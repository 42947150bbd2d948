import type { Config } from '../config.js';
import type { InputFile } from './inputs.js';
import type { ParsedSource } from './parse-input.js';
import { MessageChannel } from 'node:worker_threads';
import type { TagReply, TagRequest } from './parse-tagged.js';
import { openPool } from './pool.js';
import { TaggerClient } from './tagger.js';

/** Some inputs parsed, plus what the main thread needs to know without loading the gazetteer itself. */
export interface ParsedBatch {
  parsed: ParsedSource[];
  /** County name → whether it is unique in the country (for district file names), for the counties found. */
  uniqueNames: Record<string, boolean>;
}

export interface ParsedInputs extends ParsedBatch {
  /** Worker threads used; 0 when everything ran in the main thread. */
  workers: number;
  /** CPU time of the tagger process, in ms. */
  helperCpuMs: number;
}

/**
 * A parsing thread holds some 100 MB (gazetteer, word frequencies, code); past 160 MB of old
 * generation V8 collects instead of growing. Measured on 2,000 articles: the build process peaked at
 * 447 MB with this limit and 592 MB without, for the same time. The young generation is 16 MB: with
 * 8 MB scavenges took some 16% of a thread's time; 32 MB was faster while the analysers made more
 * garbage, but since they make less (2026-11-22) it gained nothing measurable and cost 35 MB at the
 * build's peak, which comes at the end of this stage (three runs each: 722–732 MB with 32, 687–695
 * with 16, wall 12.2–12.4 s both).
 */
const PARSE_THREAD_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };

let hereContext: { key: string; ctx: import('../analyse/types.js').AnalysisContext } | null = null;

/** Parses in the main thread; readers and analysers are loaded only when it comes to that. */
async function parseHere(inputs: InputFile[], config: Config): Promise<ParsedBatch> {
  const { parseInputsHere, analysisContextFor } = await import('./parse-here.js');
  const key = JSON.stringify(config.analysis);
  if (hereContext?.key !== key) hereContext = { key, ctx: analysisContextFor(config) };
  return parseInputsHere(inputs, config, hereContext.ctx);
}

/**
 * A batch's bytes at most: a thread holds four batches read, segmented and partly analysed while
 * their tags travel, and sixteen batches of 10,000 articles would be a quarter of them each.
 */
const MAX_BATCH_BYTES = 256 * 1024;

/**
 * Contiguous batches of about equal size in bytes, several per worker so that a thread that drew
 * small files takes more while another works through a large one.
 */
export function batchesOf(inputs: InputFile[], workers: number): InputFile[][] {
  const total = inputs.reduce((s, i) => s + i.size, 0);
  const target = Math.max(1, Math.min(total / Math.max(1, workers * 8), MAX_BATCH_BYTES));
  const batches: InputFile[][] = [];
  let current: InputFile[] = [];
  let size = 0;
  for (const input of inputs) {
    // A file that would overfill the batch starts the next one: a large file makes a batch of its own.
    if (current.length > 0 && size + input.size > target) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(input);
    size += input.size;
    if (size >= target) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Every input read, segmented and analysed, in input order: on worker threads when `config.workers`
 * asks for them (null: one per core, for enough inputs to be worth it), else in this thread.
 * Results are the same either way; only where the work happens changes.
 */
export async function parseInputs(
  inputs: InputFile[],
  config: Config,
  onBatch: (files: number) => void = () => {},
  onNote: (message: string) => void = () => {},
): Promise<ParsedInputs> {
  // Four tasks per thread: their files are read, segmented and partly analysed while the tagger
  // loads its dictionary, so a thread has work for that first second or two.
  const pool = openPool('parse', config.workers, inputs.length, onNote, { tasksPerThread: 4, resourceLimits: PARSE_THREAD_LIMITS });
  if (!pool) {
    const batch = await parseHere(inputs, config);
    onBatch(inputs.length);
    return { ...batch, workers: 0, helperCpuMs: 0 };
  }
  // One word dictionary for the whole build, in a process of its own that exits when parsing is done.
  const tagger = new TaggerClient();
  let helperCpuMs = 0;
  try {
    const batches = await Promise.all(
      batchesOf(inputs, pool.size).map(async (b) => {
        const { port1, port2 } = new MessageChannel();
        port1.on('message', (m: TagRequest) => void tagger.tag(m.texts).then((tags) => port1.postMessage({ id: m.id, tags } satisfies TagReply)));
        try {
          const { batch } = await pool.run({ kind: 'parse', inputs: b, config, port: port2 }, [port2]);
          onBatch(b.length);
          return batch;
        } catch {
          // The thread died (out of memory on a huge file, say): the same work, here, gives the same result.
          const batch = await parseHere(b, config);
          onBatch(b.length);
          return batch;
        } finally {
          port1.close();
        }
      }),
    );
    helperCpuMs = await tagger.close();
    return {
      parsed: batches.flatMap((b) => b.parsed),
      uniqueNames: Object.assign({}, ...batches.map((b) => b.uniqueNames)),
      workers: pool.size,
      helperCpuMs,
    };
  } finally {
    await tagger.close();
    await pool.close();
  }
}
