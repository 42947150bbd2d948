import { watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusArticle } from './_articles.js';
import { outputHashes, outputProblems, tempFiles } from './_outputs.js';
import { runCli, startCli, workspace, type CliRun } from './_workspace.js';

/**
 * A build of 40 articles is killed at several moments, each time part-way through rewriting the
 * briefings of 第1期 as 第2期. After every kill the output folder must be usable as it is; the
 * next build must finish the job and clean up.
 */
let ws: ReturnType<typeof workspace>;
let first: Record<string, string>;
// In the main thread (faster for 40 articles), except where a kill must also stop worker threads.
const BUILD = ['build', '-o', 'output', '--issue', '2', '--workers', '0'];
const WITH_WORKERS = ['build', '-o', 'output', '--issue', '2'];

beforeAll(async () => {
  ws = workspace('interrupt');
  for (let i = 0; i < 40; i++) writeFileSync(join(ws.input, `article-${String(i).padStart(2, '0')}.txt`), corpusArticle(i) + '\n');
  const run = await runCli(['build', '-o', 'output', '--issue', '1', '--workers', '0'], { cwd: ws.dir });
  expect(run.code, run.stderr).toBe(0);
  first = outputHashes(ws.output);
}, 300_000);
afterAll(() => ws?.remove());

/** Starts the build and sends `signal` once `when` says so: after some ms, or at the n-th temporary file of a report. */
async function interrupted(signal: NodeJS.Signals, when: { ms: number } | { reportTemp: number }, args: string[]): Promise<CliRun & { pid: number }> {
  const { child, done } = startCli(args, { cwd: ws.dir });
  let seen = 0;
  const watcher = watch(ws.output, (_event, name) => {
    if (name && /\.(pdf|docx)\.\d+\.tmp$/.test(name) && ++seen === (when as { reportTemp: number }).reportTemp) child.kill(signal);
  });
  const timer = 'ms' in when ? setTimeout(() => child.kill(signal), when.ms) : null;
  const run = await done;
  watcher.close();
  if (timer) clearTimeout(timer);
  return { ...run, pid: child.pid! };
}

const snapshots: Record<string, string>[] = [];

describe('a build killed at any moment', () => {
  it.each<[string, NodeJS.Signals, { ms: number } | { reportTemp: number }, number | null, string[]]>([
    ['SIGTERM a few ms after the start', 'SIGTERM', { ms: 30 }, null, WITH_WORKERS],
    ['SIGINT at the first report written', 'SIGINT', { reportTemp: 1 }, 130, BUILD],
    ['kill -9 at the third report file written', 'SIGKILL', { reportTemp: 3 }, null, BUILD],
    ['SIGTERM at the second report file written, with worker threads rendering', 'SIGTERM', { reportTemp: 2 }, 143, WITH_WORKERS],
  ])('%s leaves whole files and a manifest that matches them', async (_name, signal, when, code, args) => {
    const run = await interrupted(signal, when, args);
    // Ctrl-C and SIGTERM stop the build through its handler; before the handler is set up, or
    // with kill -9, the signal itself ends the process.
    if (code !== null) expect(run.code, run.stderr).toBe(code);
    else expect(run.code === null ? run.signal : run.code).toBeOneOf([signal, 128 + (signal === 'SIGTERM' ? 15 : 9)]);
    if (signal !== 'SIGKILL') expect(tempFiles(ws.output)).toEqual([]);
    expect(await outputProblems(ws.output)).toEqual([]);
    snapshots.push(outputHashes(ws.output));
    // What kill -9 can leave: a temporary file of the dead process, for the next build to remove.
    if (signal === 'SIGKILL') writeFileSync(join(ws.output, `.北辰区.pdf.${run.pid}.tmp`), '%PDF-1.7 half');
  }, 120_000);

  it('the next build completes, removes the temporary files, and every file was either the old or the new version', async () => {
    const run = await runCli(BUILD, { cwd: ws.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(tempFiles(ws.output)).toEqual([]);
    expect(await outputProblems(ws.output)).toEqual([]);
    const last = outputHashes(ws.output);
    expect(Object.keys(last).sort()).toEqual(Object.keys(first).sort());
    for (const snap of snapshots) {
      for (const [name, hash] of Object.entries(snap)) expect([first[name], last[name]], name).toContain(hash);
    }
    // The interrupted builds did part of the work: some report was already in its new version.
    expect(snapshots.some((snap) => Object.entries(snap).some(([name, hash]) => name.endsWith('.pdf') && hash === last[name] && hash !== first[name]))).toBe(true);
  }, 180_000);
});
