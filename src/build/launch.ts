import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Apart from pool.ts so that the tagger process can start a thread without loading piscina.

/** How a worker thread or helper process is started from here: the compiled module, or the TypeScript one under tsx. */
export type WorkerLaunch = { filename: string; execArgv: string[] } | { unavailable: string };

/**
 * The module `stem` next to this one: STEM.js in dist/, STEM.ts when running from source (vitest,
 * tsx), which a new thread or process can only load with tsx's loader. Without tsx the build stays
 * in the main thread.
 */
export function workerLaunch(moduleUrl: string, stem: string): WorkerLaunch {
  const fromSource = moduleUrl.endsWith('.ts');
  const worker = new URL(`./${stem}${fromSource ? '.ts' : '.js'}`, moduleUrl);
  if (!existsSync(fileURLToPath(worker))) return { unavailable: `no worker module at ${fileURLToPath(worker)}` };
  if (!fromSource) return { filename: worker.href, execArgv: [] };
  try {
    const tsx = createRequire(moduleUrl).resolve('tsx');
    return { filename: worker.href, execArgv: ['--import', pathToFileURL(tsx).href] };
  } catch {
    return { unavailable: 'running from TypeScript source without tsx installed' };
  }
}
