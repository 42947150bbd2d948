import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS = join(ROOT, 'input');
const CLI = join(ROOT, 'src/cli/main.ts');
// tsx by its file URL, so the command also runs from a working folder outside the project.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** A fresh folder under the system's temp folder, with `input/` made. */
export function workspace(prefix: string): { dir: string; input: string; output: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `jianbao-${prefix}-`));
  mkdirSync(join(dir, 'input'));
  return { dir, input: join(dir, 'input'), output: join(dir, 'output'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `dir` (hidden ones too) → sha256: the folder exactly as a user would find it. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The jianbao command as a user runs it (TypeScript sources through tsx, so no stale dist/). */
export function startCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}) {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', TSX, CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1682035200', CI: '1', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[], options: Parameters<typeof startCli>[1] = {}): Promise<CliRun> {
  return startCli(args, options).done;
}
