import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { garbageCollector } from '../../src/build/heap.js';

const usedMb = () => getHeapStatistics().used_heap_size / 2 ** 20;

/** About `mb` MB of arrays, held until all are made, then let go. */
function garbage(mb: number): void {
  const held = Array.from({ length: mb * 25 }, (_, i) => new Array<number>(5000).fill(i));
  expect(held.length).toBe(mb * 25);
}

describe('garbageCollector', () => {
  it('collects once the heap has grown by the slack, and not before', () => {
    const collect = garbageCollector(64);
    const before = usedMb();
    // Some 40 MB held for a while (as a report's tree is), then let go: less than the slack.
    garbage(40);
    const grown = usedMb();
    expect(grown).toBeGreaterThan(before + 24);
    collect();
    expect(usedMb(), 'collected before the heap grew by 64 MB').toBeGreaterThan(grown - 8);
    // Another 40 MB: now past the slack, and all of it is garbage.
    garbage(40);
    const more = usedMb();
    expect(more).toBeGreaterThan(before + 64);
    collect();
    expect(usedMb()).toBeLessThan(more - 48);
  });

  it('leaves no global gc behind', () => {
    garbageCollector();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
