import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Largest sum of the resident memory of the process and all its descendants, sampled. */
  peakTreeRssMb: number;
}

/** Resident memory (kB) and parent of every process, from /proc. */
function processTable(): Map<number, { ppid: number; rssKb: number }> {
  const table = new Map<number, { ppid: number; rssKb: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), { ppid, rssKb });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

function treeRssKb(root: number): number {
  const table = processTable();
  let sum = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    sum += table.get(pid)?.rssKb ?? 0;
    for (const [child, p] of table) if (p.ppid === pid) stack.push(child);
  }
  return sum;
}

/**
 * Runs a command as users run it (a new process, nothing warm), timing it from spawn to exit and
 * sampling the resident memory of its whole process tree (threads share their process's RSS; the
 * tagger is a child process) every `intervalMs`.
 */
export function runMeasured(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number } = {}): Promise<TreeRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssKb(child.pid));
    };
    const timer = setInterval(sample, options.intervalMs ?? 50);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, wallMs: performance.now() - started, peakTreeRssMb: Math.round(peak / 1024) });
    });
  });
}
