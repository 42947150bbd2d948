import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { batchesOf } from '../../src/build/parse-inputs.js';
import { workerLaunch } from '../../src/build/launch.js';
import { MIN_TASKS_FOR_WORKERS, openPool, workerCount } from '../../src/build/pool.js';
import type { InputFile } from '../../src/build/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('where the worker module comes from', () => {
  it('is the compiled module next to the pool in dist/, started without a loader', () => {
    writeFileSync(join(dir, 'parse-worker.js'), 'export default () => 1;\n');
    const launch = workerLaunch(pathToFileURL(join(dir, 'pool.js')).href, 'parse-worker');
    expect(launch).toEqual({ filename: pathToFileURL(join(dir, 'parse-worker.js')).href, execArgv: [] });
  });

  it('is the TypeScript module under tsx when running from source', () => {
    const launch = workerLaunch(new URL('../../src/build/pool.ts', import.meta.url).href, 'render-worker');
    expect(launch).toMatchObject({ filename: expect.stringMatching(/src\/build\/render-worker\.ts$/) });
    expect('execArgv' in launch && launch.execArgv[0]).toBe('--import');
    expect('execArgv' in launch && launch.execArgv[1]).toMatch(/^file:.*tsx/);
  });

  it('is unavailable, with the reason, when the module is not there', () => {
    const launch = workerLaunch(pathToFileURL(join(dir, 'pool.js')).href, 'render-worker');
    expect(launch).toEqual({ unavailable: expect.stringContaining('render-worker.js') });
  });
});

describe('how many threads', () => {
  it.each([
    [null, 100, availableParallelism()],
    [null, 1, 1],
    [4, 100, 4],
    [4, 3, 3],
    [0, 100, 0],
  ])('workers %s with %i units of work: %i threads', (setting, tasks, expected) => {
    expect(workerCount(setting, tasks)).toBe(expected);
  });

  it('stays in the main thread for workers: 0, and for little work when the count is automatic', () => {
    expect(openPool('parse', 0, 100)).toBeNull();
    expect(openPool('parse', null, MIN_TASKS_FOR_WORKERS - 1)).toBeNull();
  });
});

describe('batches of input files', () => {
  const inputs = (sizes: number[]): InputFile[] => sizes.map((size, i) => ({ file: `/in/${i}.txt`, path: `${i}.txt`, size, mtimeMs: 0 }));

  it('keeps every file once, in order, in contiguous batches', () => {
    const files = inputs(Array.from({ length: 100 }, (_, i) => 1000 + ((i * 37) % 500)));
    const batches = batchesOf(files, 2);
    expect(batches.flat()).toEqual(files);
    // About eight per thread: enough to even out the threads' work, few enough to cost nothing.
    expect(batches.length).toBeGreaterThanOrEqual(12);
    expect(batches.length).toBeLessThanOrEqual(24);
  });

  it('gives a very large file a batch of its own', () => {
    const batches = batchesOf(inputs([100, 100, 50_000, 100, 100]), 2);
    expect(batches.find((b) => b.some((f) => f.size === 50_000))).toHaveLength(1);
  });

  it('copes with no files, and with one', () => {
    expect(batchesOf([], 2)).toEqual([]);
    expect(batchesOf(inputs([10]), 2)).toHaveLength(1);
  });
});
