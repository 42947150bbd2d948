import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A function to call between reports: it collects this thread's garbage once the heap has grown by
 * `slackMb` since the last collection.
 *
 * Why: while the threads render, this thread renders every report's templates and parses its
 * Markdown, and the trees it makes live for seconds (until both formats are written): long enough to
 * reach V8's old generation, which V8 lets grow by a large factor before it collects it. At 10,000
 * articles the main heap grew from some 145 MB live to 290 MB, on top of the rendering threads', and
 * that was the build's peak. Collected every 32 MB, the peak was 631–657 MB in three runs against
 * 707–725 MB without; that took three collections of 150–230 ms in this thread, which the threads do
 * not wait for (reports are prepared ahead of them), and one of 53 ms at 2,000 articles.
 */
export function garbageCollector(slackMb = 32): () => void {
  const collect = fullCollection();
  if (!collect) return () => {};
  const slack = slackMb * 1024 * 1024;
  let floor = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size < floor + slack) return;
    collect();
    floor = getHeapStatistics().used_heap_size;
  };
}

let gc: (() => void) | null | undefined;

/**
 * V8's full collection, as `node --expose-gc` gives it: with the flag set, V8 puts `gc` in the contexts
 * made after, such as a new vm context; it is unset again at once. null if this V8 will not.
 */
function fullCollection(): (() => void) | null {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      gc = typeof found === 'function' ? (found as () => void) : null;
      setFlagsFromString('--no-expose-gc');
    } catch {
      gc = null;
    }
  }
  return gc;
}
