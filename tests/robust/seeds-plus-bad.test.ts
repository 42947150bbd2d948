import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputs, writeBadInputs } from './_bad-inputs.js';
import { runCli, SEEDS, workspace, type CliRun } from './_workspace.js';

/**
 * The week's input folder as a scheduled build finds it: the two seeds and every kind of bad file.
 * Built with the command line, next to a build of the seeds alone.
 */
const cases = badInputs();
let seedsOnly: ReturnType<typeof workspace>;
let withBad: ReturnType<typeof workspace>;
let clean: CliRun;
let messy: CliRun;

beforeAll(async () => {
  seedsOnly = workspace('seeds');
  withBad = workspace('seeds-bad');
  cpSync(SEEDS, seedsOnly.input, { recursive: true });
  cpSync(SEEDS, withBad.input, { recursive: true });
  await writeBadInputs(withBad.input, cases);
  [clean, messy] = await Promise.all([
    runCli(['build', '-o', 'output'], { cwd: seedsOnly.dir }),
    runCli(['build', '-o', 'output'], { cwd: withBad.dir }),
  ]);
}, 300_000);
afterAll(() => {
  seedsOnly?.remove();
  withBad?.remove();
});

describe('the seeds plus every bad case, through the command line', () => {
  it('exits 1, where the seeds alone exit 0', () => {
    expect(clean.code, clean.stderr).toBe(0);
    expect(messy.code, messy.stderr).toBe(1);
  });

  it.each(cases.map((c) => [c.name, c] as const))('names %s exactly once, as an error with its code', (name, c) => {
    const lines = messy.stderr.split('\n').filter((l) => l.includes(name));
    expect(lines, messy.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^error ${c.code} `));
    if (c.line) expect(lines[0]).toContain(`${name}:${c.line}:`);
  });

  it('produces the same seed briefings, byte for byte, PDF and DOCX', () => {
    const reports = readdirSync(seedsOnly.output).filter((f) => /\.(pdf|docx)$/.test(f) && !f.startsWith('综述'));
    expect(reports.sort()).toEqual(['东丽区.docx', '东丽区.pdf', '北辰区.docx', '北辰区.pdf', '蓟州区.docx', '蓟州区.pdf']);
    for (const f of reports) expect(readFileSync(join(withBad.output, f)).equals(readFileSync(join(seedsOnly.output, f))), f).toBe(true);
    // The files that still held an article (damaged, not lost) add their districts and the overview.
    expect(readdirSync(withBad.output)).toEqual(expect.arrayContaining(['综述.pdf', '综述.docx', '河西区.pdf', '南开区.pdf']));
  });
});
