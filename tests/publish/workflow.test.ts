import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARSE_CACHE_NAME } from '../../src/build/parse-cache.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
const FILE = join(ROOT, '.github/workflows/briefings.yml');

interface Step {
  uses?: string;
  run?: string;
  name?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: { schedule: { cron: string }[]; workflow_dispatch: { inputs: Record<string, { type: string; required: boolean }> } };
  permissions: Record<string, string>;
  env: Record<string, string | number | boolean>;
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(FILE, 'utf8')) as Workflow;
const jobs = workflow.jobs;
const uses = (job: Job, action: string) => job.steps.filter((s) => s.uses?.startsWith(`${action}@`));
const runs = (job: Job) => job.steps.flatMap((s) => (s.run ? [s.run] : []));
const jianbaoCalls = Object.values(jobs).flatMap((j) => runs(j).flatMap((r) => [...r.matchAll(/npx jianbao ([^\n]+)/g)].map((m) => m[1]!)));

/** A cron's minute, hour and weekday in Beijing time (UTC+8), for a cron that names one of each. */
function beijing(cron: string): { minute: number; hour: number; weekday: number } {
  const [minute, hour, , , weekday] = cron.split(/\s+/).map(Number) as [number, number, number, number, number];
  const shifted = hour + 8;
  return { minute, hour: shifted % 24, weekday: (weekday + Math.floor(shifted / 24)) % 7 };
}

describe('the CI workflow example', () => {
  it('runs every Monday at 06:00 Beijing time, and by hand with since, until and issue', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    expect(beijing(workflow.on.schedule[0]!.cron)).toEqual({ minute: 0, hour: 6, weekday: 1 });
    expect(Object.keys(workflow.on.workflow_dispatch.inputs).sort()).toEqual(['issue', 'since', 'until']);
    for (const input of Object.values(workflow.on.workflow_dispatch.inputs)) expect(input.required).toBe(false);
  });

  it('has the jobs build (a shard matrix), merge and publish, in that order', () => {
    expect(Object.keys(jobs)).toEqual(['build', 'merge', 'publish']);
    expect(jobs.merge!.needs).toBe('build');
    expect(jobs.publish!.needs).toBe('merge');
  });

  it('installs with npm ci on Node 20 with the npm cache, after checking out', () => {
    for (const name of ['build', 'merge']) {
      const job = jobs[name]!;
      expect(uses(job, 'actions/checkout')).toHaveLength(1);
      expect(uses(job, 'actions/setup-node')[0]!.with).toEqual({ 'node-version': 20, cache: 'npm' });
      expect(runs(job)).toContain('npm ci');
      const order = ['actions/checkout', 'actions/setup-node'].map((a) => job.steps.findIndex((s) => s.uses?.startsWith(a)));
      expect(order[0]).toBeLessThan(order[1]!);
      expect(order[1]).toBeLessThan(job.steps.findIndex((s) => s.run === 'npm ci'));
    }
  });

  it('builds shards 1..N, with N in the matrix equal to the N passed to --shard', () => {
    const n = Number(workflow.env.SHARDS);
    expect(n).toBe(4);
    expect(jobs.build!.strategy!.matrix.shard).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const build = jianbaoCalls.find((c) => c.startsWith('build'))!;
    expect(build).toBe('build "${args[@]}" || status=$?');
    const script = runs(jobs.build!).find((r) => r.includes('npx jianbao build'))!;
    expect(script).toContain('--shard "$SHARD/$SHARDS"');
    expect(jobs.build!.steps.find((s) => s.run === script)!.env!.SHARD).toBe('${{ matrix.shard }}');
  });

  it('hands each shard to the merge job as an artifact, merges them, and uploads the output', () => {
    const [upload] = uses(jobs.build!, 'actions/upload-artifact');
    expect(upload!.with).toMatchObject({ name: 'briefings-shard-${{ matrix.shard }}', 'include-hidden-files': true });
    // The whole shard folder (its manifest is hidden) but for the parse cache, which merge never reads.
    const paths = String(upload!.with!.path).trim().split('\n');
    expect(paths).toEqual(['shard-${{ matrix.shard }}', `!shard-\${{ matrix.shard }}/${PARSE_CACHE_NAME}`]);
    const [download] = uses(jobs.merge!, 'actions/download-artifact');
    expect(download!.with).toEqual({ pattern: 'briefings-shard-*', path: 'shards' });
    expect(jianbaoCalls).toContain('merge shards/briefings-shard-* -o output');
    expect(uses(jobs.merge!, 'actions/upload-artifact')[0]!.with).toMatchObject({ name: 'briefings', path: 'output' });
  });

  it('publishes output/ (index.html and the files it links) on GitHub Pages with the least permissions', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(uses(jobs.merge!, 'actions/upload-pages-artifact')[0]!.with).toEqual({ path: 'output' });
    expect(jobs.publish!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(jobs.publish!.environment!.name).toBe('github-pages');
    expect(uses(jobs.publish!, 'actions/deploy-pages')).toHaveLength(1);
  });

  it('passes the inputs through the environment, never pasted into a script', () => {
    for (const job of Object.values(jobs)) for (const r of runs(job)) expect(r).not.toMatch(/\$\{\{\s*(inputs|github\.event)/);
  });
});

// The build step's script, run with a stand-in for npx that records its arguments and exits as told.
function runBuildStep(env: Record<string, string>, exitCode: number) {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-workflow-'));
  writeFileSync(join(dir, 'npx'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\nexit ${exitCode}\n`);
  chmodSync(join(dir, 'npx'), 0o755);
  const script = runs(jobs.build!).find((r) => r.includes('npx jianbao build'))!;
  const result = spawnSync('bash', ['-e', '-c', script], {
    env: { PATH: `${dir}:${process.env.PATH}`, SHARDS: String(workflow.env.SHARDS), ...env },
    encoding: 'utf8',
  });
  const args = (() => {
    try {
      return readFileSync(join(dir, 'args'), 'utf8').trim().split('\n');
    } catch {
      return [];
    }
  })();
  return { status: result.status, stdout: result.stdout, args };
}

describe('the build step script', () => {
  it.each([
    [{ SHARD: '2', SINCE: '', UNTIL: '', ISSUE: '12' }, ['jianbao', 'build', '--shard', '2/4', '--output', 'shard-2', '--issue', '12']],
    [
      { SHARD: '4', SINCE: '2023-04-17', UNTIL: '2023-04-23', ISSUE: '3' },
      ['jianbao', 'build', '--shard', '4/4', '--output', 'shard-4', '--since', '2023-04-17', '--until', '2023-04-23', '--issue', '3'],
    ],
  ])('passes %o to jianbao build as flags', (env, expected) => {
    const { status, args } = runBuildStep(env, 0);
    expect(status).toBe(0);
    expect(args).toEqual(expected);
  });

  it.each([
    [0, 0, false],
    [1, 0, true],
    [2, 2, false],
  ])('on exit code %i of jianbao the step ends with %i (warning: %s)', (code, expected, warns) => {
    const { status, stdout } = runBuildStep({ SHARD: '1', SINCE: '', UNTIL: '', ISSUE: '1' }, code);
    expect(status).toBe(expected);
    expect(stdout.includes('::warning::')).toBe(warns);
  });
});

describe('the commands the workflow calls exist in the jianbao CLI', () => {
  const help = (command: string) => execFileSync('npx', ['tsx', 'src/cli/main.ts', command, '--help'], { cwd: ROOT, encoding: 'utf8' });

  it.each([
    ['build', ['--shard', '--output', '--since', '--until', '--issue']],
    ['merge', ['-o']],
  ])('jianbao %s accepts %o', (command, flags) => {
    const text = help(command);
    // A command's own help starts with its usage line; an unknown one would show the general help.
    expect(text.trimStart().split('\n')[0]).toMatch(new RegExp(`^jianbao ${command}\\b`));
    for (const flag of flags) expect(text).toMatch(new RegExp(`(^|[\\s,])${flag}(?![\\w-])`, 'm'));
  });
});
