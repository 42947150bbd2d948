import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { workerLaunch } from './launch.js';
import type { WireTags } from './tagger-wire.js';

/**
 * The tagger's JavaScript only passes texts and tags along: a young generation of 1 MB (instead of
 * up to 48) serves it as fast and keeps the process at some 318 MB instead of 352 at the end of
 * the parse stage, when it and the worker threads together make the build's peak (10,000 articles).
 */
const TAGGER_V8_FLAGS = ['--max-semi-space-size=1'];

/**
 * The main thread's end of the tagger process: tags texts for the worker threads, so that a build
 * holds one word dictionary instead of one per thread. Every failure resolves to "no tags": the
 * analysis then tags in the worker itself, slower and with more memory, but with the same result.
 */
export class TaggerClient {
  private readonly child: ChildProcess | null;
  private readonly waiting = new Map<number, (tags: WireTags[] | null) => void>();
  private nextId = 0;

  /** Starts the process at once: it writes and loads its dictionary while the workers start. */
  constructor() {
    const launch = workerLaunch(import.meta.url, 'tagger-process');
    this.child = null;
    if ('unavailable' in launch) return;
    const child = fork(fileURLToPath(launch.filename), [], { execArgv: [...launch.execArgv, ...TAGGER_V8_FLAGS], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.child = child;
    child.on('message', (m: { id?: number; tags?: WireTags[]; cpuMs?: number }) => {
      if (m.cpuMs !== undefined) this.onCpu?.(m.cpuMs);
      if (m.id === undefined) return;
      this.waiting.get(m.id)?.(m.tags ?? null);
      this.waiting.delete(m.id);
    });
    child.on('exit', () => this.failAll());
    child.on('error', () => this.failAll());
  }

  /** Tags for each text, or null when the tagger is not there. */
  async tag(texts: string[]): Promise<WireTags[] | null> {
    const child = this.child;
    if (!child || !child.connected) return null;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      child.send({ id, texts }, (e) => {
        if (e) {
          this.waiting.delete(id);
          resolve(null);
        }
      });
    });
  }

  private onCpu: ((ms: number) => void) | null = null;

  /** Stops the process; resolves to the CPU time it used (0 if it cannot say). */
  async close(): Promise<number> {
    const child = this.child;
    let cpuMs = 0;
    if (child?.connected) {
      cpuMs = await new Promise<number>((resolve) => {
        const timer = setTimeout(() => resolve(0), 2000);
        this.onCpu = (ms) => {
          clearTimeout(timer);
          resolve(ms);
        };
        child.send({ bye: true }, (e) => e && resolve(0));
      });
      if (child.connected) child.disconnect();
    }
    this.failAll();
    return cpuMs;
  }

  private failAll(): void {
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }
}
