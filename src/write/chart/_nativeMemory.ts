import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * resvg renders in Rust memory that V8 is never told about: each chart's renderer and pixmap (some
 * 9 MB at print scale) are freed only when their JavaScript wrappers are collected, and a thread
 * whose heap is small and quiet seldom collects. A thread writing 21 Word briefings grew by 10 MB a
 * briefing, to 500 MB. So after every so many bytes rendered we ask V8 for a minor collection (a few
 * milliseconds: the wrappers are young) and the wrappers' finalizers free the Rust memory at the
 * next turn of the event loop.
 */
const COLLECT_EVERY_BYTES = 32 * 1024 * 1024;

let outstanding = 0;
let collect: ((options: { type: 'minor' }) => void) | null | undefined;

/** Notes `bytes` of native memory left to the collector; past the threshold, collects the young generation. */
export function releaseNativeMemory(bytes: number): void {
  outstanding += bytes;
  if (outstanding < COLLECT_EVERY_BYTES) return;
  outstanding = 0;
  collector()?.({ type: 'minor' });
}

/** V8's gc(): exposed to a fresh context by the flag, so this process's own global scope stays as it was. */
function collector(): ((options: { type: 'minor' }) => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as (options: { type: 'minor' }) => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}
