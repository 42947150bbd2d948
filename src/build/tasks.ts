import type { MessagePort } from 'node:worker_threads';
import type { Config, OutputFormat } from '../config.js';
import type { DocumentTree } from '../render/tree.js';
import type { InputFile } from './inputs.js';
import type { ParsedBatch } from './parse-inputs.js';
import type { ReportJob } from './jobs.js';
import type { RenderedReport, RenderHandOn, ReportLayout } from './render-write.js';

/**
 * What crosses the thread boundary: plain data both ways (the model is JSON-serialisable), file
 * bytes moved rather than copied. Each kind of worker has its own module, so that a parsing thread
 * never loads the writers and a rendering thread never loads the gazetteer.
 */
/** With a port, texts are tagged by the build's tagger process through it (see parse-tagged.ts). */
export type ParseTask = { kind: 'parse'; inputs: InputFile[]; config: Config; port?: MessagePort };

export type ParseResult = { kind: 'parse'; batch: ParsedBatch };

/** A whole report: prepared from its view and written in every format, in the thread. */
type WholeReport = { kind: 'render'; job: ReportJob; templateDirs: string[]; config: Config; date: Date };
/**
 * Some formats of a report, from the tree prepared in the main thread and what the writers of earlier
 * formats learnt (`handOn`); with `passOn`, the result carries what these writers learnt in turn, for
 * the formats after them.
 */
type ReportPart = { kind: 'render'; job: ReportJob; config: Config; date: Date; formats: OutputFormat[]; handOn: RenderHandOn; passOn: boolean };
export type RenderTask = WholeReport | ReportPart;
export type RenderResult = { kind: 'render'; report: RenderedReport; layout?: ReportLayout };

/** A thread's first task: the writers of `formats` loaded and run once on a sample (see render-warm.ts). */
export type WarmTask = { kind: 'warm'; tree: DocumentTree; formats: OutputFormat[]; config: Config };
export type WarmResult = { kind: 'warm' };

/** The worker module for each kind of work, next to pool.ts. */
export const WORKER_MODULES = { parse: 'parse-worker', render: 'render-worker' } as const;
export type WorkerKind = keyof typeof WORKER_MODULES;
export type TaskOf<K extends WorkerKind> = K extends 'parse' ? ParseTask : RenderTask | WarmTask;
export type ResultOf<K extends WorkerKind> = K extends 'parse' ? ParseResult : RenderResult | WarmResult;
