import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { workerLaunch } from './launch.js';
import { WORKER_MODULES, type ResultOf, type TaskOf, type WorkerKind } from './tasks.js';

/** Threads for `tasks` units of work: `setting` (null: one per core), never more than there is work. */
export function workerCount(setting: number | null, tasks: number): number {
  const wanted = setting ?? availableParallelism();
  return Math.max(0, Math.min(wanted, tasks));
}

export interface PoolOptions {
  /** Tasks a thread works on at once (2: one computes while the other waits for a reply). */
  tasksPerThread?: number;
  /**
   * Heap limits per thread. V8 lets an idle heap grow to several times what it holds before it
   * collects; with two threads and a tagger on a small machine that is the difference between a
   * build that fits in 700 MB and one that does not. A thread that runs out is replaced, and its
   * task is done again in the main thread.
   */
  resourceLimits?: ResourceLimits;
}

/** A pool of build workers of one kind; every thread keeps its analysis context, or its templates and fonts, between tasks. */
export class BuildPool<K extends WorkerKind> {
  private readonly piscina: Piscina<TaskOf<K>, ResultOf<K>>;

  constructor(
    readonly size: number,
    launch: { filename: string; execArgv: string[] },
    options: PoolOptions = {},
  ) {
    this.piscina = new Piscina({
      filename: launch.filename,
      execArgv: launch.execArgv,
      minThreads: size,
      maxThreads: size,
      concurrentTasksPerWorker: options.tasksPerThread ?? 1,
      ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
      // The build is one batch: threads live as long as the pool, which the build closes.
      idleTimeout: Number.POSITIVE_INFINITY,
      // Between tasks a thread's event loop keeps turning (piscina's default blocks it in
      // Atomics.wait). Native memory is freed there: resvg's, by finalizers that run on a turn of
      // the loop. With blocking waits a thread writing Word files grew by some 20 MB a report.
      atomics: 'async',
    });
  }

  run<T extends TaskOf<K>['kind']>(task: Extract<TaskOf<K>, { kind: T }>, transferList?: Transferable[]): Promise<Extract<ResultOf<K>, { kind: T }>> {
    return this.piscina.run(task, transferList ? { transferList: transferList as never } : {}) as Promise<Extract<ResultOf<K>, { kind: T }>>;
  }

  close(): Promise<void> {
    return this.piscina.destroy();
  }
}

/**
 * With `workers: null`, fewer units of work than this stay in the main thread: starting a thread,
 * loading the gazetteer and parsing fonts there costs about what a few files or reports take.
 */
export const MIN_TASKS_FOR_WORKERS = 8;

/**
 * A pool for the build, or null to work in the main thread: `workers: 0`, too little work to be
 * worth threads, or no way to start the worker module (then `why` says so).
 */
export function openPool<K extends WorkerKind>(
  kind: K,
  setting: number | null,
  tasks: number,
  why: (reason: string) => void = () => {},
  options: PoolOptions = {},
): BuildPool<K> | null {
  const size = workerCount(setting, tasks);
  if (size === 0 || (setting === null && tasks < MIN_TASKS_FOR_WORKERS)) return null;
  const launch = workerLaunch(import.meta.url, WORKER_MODULES[kind]);
  if ('unavailable' in launch) {
    why(launch.unavailable);
    return null;
  }
  return new BuildPool<K>(size, launch, options);
}
