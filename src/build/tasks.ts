import type { MessagePort } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { InputFile } from './inputs.js';
import type { ParsedBatch } from './parse-inputs.js';
import type { RenderedReport, ReportJob } from './render.js';

/**
 * What crosses the thread boundary: plain data both ways (the model is JSON-serialisable), file
 * bytes moved rather than copied. Each kind of worker has its own module, so that a parsing thread
 * never loads the writers and a rendering thread never loads the gazetteer.
 */
export type ParseTask =
  /** With a port, texts are tagged by the build's tagger process through it (see parse-tagged.ts). */
  | { kind: 'parse'; inputs: InputFile[]; config: Config; port?: MessagePort }
  /** Writes the word segmenter's user dictionary (gazetteer names) for the tagger process. */
  | { kind: 'dictionary' };

export type ParseResult = { kind: 'parse'; batch: ParsedBatch } | { kind: 'dictionary'; path: string };

export type RenderTask = { kind: 'render'; job: ReportJob; templateDirs: string[]; config: Config; date: Date };
export type RenderResult = { kind: 'render'; report: RenderedReport };

/** The worker module for each kind of work, next to pool.ts. */
export const WORKER_MODULES = { parse: 'parse-worker', render: 'render-worker' } as const;
export type WorkerKind = keyof typeof WORKER_MODULES;
export type TaskOf<K extends WorkerKind> = K extends 'parse' ? ParseTask : RenderTask;
export type ResultOf<K extends WorkerKind> = K extends 'parse' ? ParseResult : RenderResult;
