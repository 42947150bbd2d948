import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildTimings } from '../src/build/timings.js';
import { writeCorpus } from './corpus.js';
import { libreOfficeDocxToPdf, pandocMarkdownToDocx, type Comparison } from './lib/compare.js';
import { runMeasured, type TreeRun } from './lib/process-tree.js';
import { measureWarmWriters } from './lib/warm.js';
import { printReport, sampleSlugs, STAGE_HEADER, stageRow, type BenchRun, type Rebuild } from './lib/report.js';
import type { CorpusFile } from './corpus.js';
import { num, table } from './lib/stats.js';

// npm run bench -- --articles 2000 [--articles 1000,2000,10000] [--runs 3] [--workers N] [--seed N]
//                  [--other-counties K] [--sample K] [--no-compare] [--no-rebuild] [--no-warm] [--check] [--keep]
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

/** The compiled command users run: built from the current source first, so the figures describe this code. */
function compile(): void {
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) process.stderr.write(`bench: tsc reported errors (the build may be stale):\n${r.stdout.slice(0, 2000)}\n`);
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:ts`);
}

async function buildOnce(input: string, output: string, workers: string | undefined): Promise<{ run: TreeRun; timings: BuildTimings; summary: BuildSummary }> {
  const args = [CLI, 'build', '-i', input, '-o', output, '--json', ...(workers !== undefined ? ['--workers', workers] : [])];
  // A fixed date: the output is then the same bytes on every run; CI=1: plain progress lines, no bar.
  const run = await runMeasured(process.execPath, args, { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000', CI: '1' } });
  if (run.code !== 0 && run.code !== 1) throw new Error(`build failed (exit ${run.code}):\n${run.stderr.slice(-3000)}`);
  const summary = JSON.parse(run.stdout) as BuildSummary;
  if (!summary.timings) throw new Error('the build printed no timings (jianbao build --json)');
  return { run, timings: summary.timings, summary };
}

interface BuildSummary {
  exitCode: number;
  articles: number;
  districts: unknown[];
  written: string[];
  timings: BuildTimings;
}

/** Generates `articles` articles, builds them `--runs` times, compares with other tools, prints the report. */
async function benchSize(articles: number): Promise<BenchRun> {
  const runs = Math.max(1, Number(arg('runs') ?? 1));
  const seed = arg('seed') ? Number(arg('seed')) : undefined;
  const otherCounties = arg('other-counties') ? Number(arg('other-counties')) : undefined;
  const load = loadavg()[0]!;
  const work = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
  try {
    const generating = performance.now();
    const input = join(work, 'input');
    const corpus = writeCorpus(input, { articles, ...(seed !== undefined ? { seed } : {}), ...(otherCounties !== undefined ? { otherCounties } : {}) });
    const corpusMs = performance.now() - generating;
    const results: BenchRun[] = [];
    for (let r = 0; r < runs; r++) {
      const output = join(work, `output-${r}`);
      const { run, timings, summary } = await buildOnce(input, output, arg('workers'));
      results.push({ output, wallMs: run.wallMs, peakTreeRssMb: run.peakTreeRssMb, timings, exitCode: summary.exitCode, files: summary.written.length });
      process.stderr.write(`bench: run ${r + 1}/${runs}: ${Math.round(run.wallMs)} ms wall\n`);
    }
    // The run with the median wall time stands for all; the others are listed.
    const typical = [...results].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((results.length - 1) / 2)]!;
    const comparisons: Comparison[] = [];
    const slugs = sampleSlugs(typical.timings, Number(arg('sample') ?? 3));
    if (!flag('no-compare')) {
      const ours = (format: 'pdf' | 'docx', done: string[]) =>
        typical.timings.reports.filter((t) => done.includes(t.slug)).map((t) => t.formats[format]?.ms ?? NaN);
      const lo = libreOfficeDocxToPdf(typical.output, slugs, work);
      if (lo && lo.ms.length > 0) comparisons.push({ tool: 'LibreOffice DOCX → PDF', slugs: lo.slugs, theirsMs: medianOf(lo.ms), oursMs: medianOf(ours('pdf', lo.slugs)) });
      const pd = await pandocMarkdownToDocx(ROOT, typical.output, slugs, work);
      if (pd && pd.ms.length > 0) comparisons.push({ tool: 'pandoc Markdown → DOCX', slugs: pd.slugs, theirsMs: medianOf(pd.ms), oursMs: medianOf(ours('docx', pd.slugs)) });
    }
    const rebuilds = flag('no-rebuild') ? [] : await measureRebuilds(input, typical.output, corpus.files, arg('workers'));
    // Last: this process's writers would otherwise compete with the builds and the other tools.
    const warm = flag('no-warm') ? null : await measureWarmWriters(ROOT, typical.output, slugs);
    printReport({
      articles,
      rebuilds,
      corpus: { files: corpus.files.length, copies: corpus.copies, gb18030: corpus.files.filter((f) => f.encoding === 'gb18030').length, ms: corpusMs, seed: seed ?? null },
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: totalmem() / 2 ** 30, node: process.version, loadAtStart: load },
      runs: results,
      typical,
      comparisons,
      warm,
    });
    if (flag('check')) {
      const tool = resolve(ROOT, '../shared/tools/check-output');
      if (!existsSync(tool)) process.stderr.write(`bench: --check: ${tool} not found\n`);
      else {
        const r = spawnSync(tool, [typical.output, join(work, 'pages')], { stdio: 'inherit' });
        process.stdout.write(`check-output: ${r.status === 0 ? 'passed' : `FAILED (exit ${r.status})`}\n`);
        if (r.status !== 0) process.exitCode = 1;
      }
    }
    if (flag('keep')) process.stderr.write(`bench: kept ${work}\n`);
    return typical;
  } finally {
    if (!flag('keep')) rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes = (arg('articles') ?? '2000').split(',').map(Number).filter((n) => n > 0);
  compile();
  const results: [number, BenchRun][] = [];
  for (const articles of sizes) {
    if (results.length > 0) process.stdout.write('\n' + '─'.repeat(72) + '\n\n');
    results.push([articles, await benchSize(articles)]);
  }
  if (results.length < 2) return;
  process.stdout.write('\nscaling (each stage in ms; wall from process start to exit)\n');
  process.stdout.write(table([STAGE_HEADER, ...results.map(([n, r]) => stageRow(n, r))]) + '\n');
  const at = (n: number) => results.find(([a]) => a === n)?.[1];
  const [small, large] = [at(2000), at(10000)];
  if (small && large) {
    const ratio = large.wallMs / small.wallMs;
    process.stdout.write(`10,000 articles took ${num(ratio)}× the 2,000-article wall time (target ≤ 5×): ${ratio <= 5 ? 'met' : 'NOT met'}\n`);
  }
}

/**
 * The editor's loop, after the cold builds: the same command again over the median run's output,
 * with nothing changed, then with one figure edited in one file. The output folder's parse cache
 * answers for the unchanged files and its manifest for the unchanged reports.
 */
async function measureRebuilds(input: string, output: string, files: CorpusFile[], workers: string | undefined): Promise<Rebuild[]> {
  const rebuild = async (what: string): Promise<Rebuild> => {
    const { run, timings } = await buildOnce(input, output, workers);
    return { what, wallMs: run.wallMs, parsedFiles: files.length - timings.cachedFiles, reports: timings.reports.length };
  };
  const results = [await rebuild('nothing changed')];
  const edited = files.find((f) => f.encoding === 'utf-8' && /\d(?:亿元|万元)/.test(f.bytes.toString('utf8')));
  if (edited) {
    const path = join(input, edited.name);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/(\d)(亿元|万元)/, (_, d: string, unit: string) => `${(Number(d) + 1) % 10}${unit}`));
    results.push(await rebuild('one figure edited in one file (a new 第N期: every report)'));
    writeFileSync(path, text);
  }
  return results;
}

function medianOf(values: number[]): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
