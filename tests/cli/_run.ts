import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli/main.js');

/**
 * The package as users import it is dist/ (package.json exports). `npm test` compiles first; when run
 * alone, compile here if any source is newer than dist (once, under a lock shared by the test files).
 */
export function ensureDist(): void {
  const lock = join(ROOT, 'dist/.test-compile.lock');
  // Checked once per test run (the test files are forks of one vitest process): no recompiling under a running test.
  const checked = join(ROOT, `dist/.test-checked-${process.ppid}`);
  for (;;) {
    if (existsSync(checked)) return;
    if (isDistFresh()) return markChecked(checked);
    mkdirSync(join(ROOT, 'dist'), { recursive: true });
    try {
      mkdirSync(lock);
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000); // another test file is compiling
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      continue;
    }
    try {
      // Type errors elsewhere do not stop tsc from emitting; the tests judge the result.
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'ignore' });
    } catch {
      /* emitted anyway */
    } finally {
      markChecked(checked);
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
}

function markChecked(marker: string): void {
  for (const name of readdirSync(join(ROOT, 'dist'))) if (name.startsWith('.test-checked-')) rmSync(join(ROOT, 'dist', name), { force: true });
  writeFileSync(marker, '');
}

function isDistFresh(): boolean {
  const built = join(ROOT, 'dist/index.js');
  if (!existsSync(built) || !existsSync(CLI)) return false;
  return newestMtime(join(ROOT, 'src')) <= statSync(built).mtimeMs;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment of a plain, reproducible run: no CI flag, fixed build date. */
export const ENV = { ...process.env, CI: '', SOURCE_DATE_EPOCH: '1710892800', NO_COLOR: '1' };

/** Runs `jianbao ARGS` in `cwd` to completion. */
export function jianbao(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = startJianbao(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function startJianbao(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ChildProcess {
  // By default an empty folder: no config file of this repository's own is read.
  emptyDir ??= tempDir('empty');
  return spawn(process.execPath, [...cliEntry(), ...args], { cwd: options.cwd ?? emptyDir, env: options.env ?? ENV, stdio: ['ignore', 'pipe', 'pipe'] });
}

let emptyDir: string | null = null;

let entry: string[] | null = null;

/**
 * dist/cli/main.js, the file package.json's bin names, when it is up to date (`npm test` compiles
 * first); else the sources through tsx, so that running one test file does not wait for a compile.
 */
function cliEntry(): string[] {
  entry ??= isDistFresh() ? [CLI] : ['--import', import.meta.resolve('tsx'), join(ROOT, 'src/cli/main.ts')];
  return entry;
}

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `jianbao-cli-${name}-`));
}

/** Every file under a folder (relative path → bytes), hidden files included. */
export function filesUnder(dir: string, prefix = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix + e.name;
    if (e.isDirectory()) for (const [k, v] of filesUnder(join(dir, e.name), rel + '/')) out.set(k, v);
    else out.set(rel, readFileSync(join(dir, e.name)));
  }
  return out;
}
