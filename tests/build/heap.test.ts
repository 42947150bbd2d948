import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { garbageCollector } from '../../src/build/heap.js';

const usedMb = () => getHeapStatistics().used_heap_size / 2 ** 20;

describe('garbageCollector', () => {
  it('collects once the heap has grown by the slack, and not before', () => {
    const collect = garbageCollector(16);
    const before = usedMb();
    collect();
    // Nothing to do yet: the heap has not grown by 16 MB.
    expect(usedMb()).toBeGreaterThan(before - 4);
    // Some 40 MB held for a while (as a report's tree is), then let go.
    let held: number[][] | null = Array.from({ length: 1000 }, (_, i) => new Array<number>(5000).fill(i));
    expect(held.length).toBe(1000);
    held = null;
    const grown = usedMb();
    expect(grown).toBeGreaterThan(before + 16);
    collect();
    expect(usedMb()).toBeLessThan(grown - 16);
  });

  it('leaves no global gc behind', () => {
    garbageCollector();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
