import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HONGQIAO } from './_articles.js';
import { runCli, snapshot, workspace, type CliRun } from './_workspace.js';

let built: ReturnType<typeof workspace>;
let before: Record<string, string>;
const runs = new Map<string, CliRun>();
const outputs = new Map<string, string>();
const folders: ReturnType<typeof workspace>[] = [];

/** Template folders and config files as a user gets them wrong; each with where the error is. */
const cases: { case: string; files: Record<string, string>; args: string[]; at: string; says: RegExp }[] = [
  {
    case: 'a Handlebars syntax error',
    files: { 'tpl/district.md.hbs': '---\ntheme: {}\n---\n# {{title}}\n\n{{#if districts}}\n正文 {{name}\n{{/if}}\n' },
    args: ['-t', 'tpl'],
    at: 'tpl/district.md.hbs:7:',
    says: /TEMPLATE_SYNTAX/,
  },
  {
    case: 'an unknown helper',
    files: { 'tpl/partials/masthead.md.hbs': '# {{title}}\n\n{{shout title}}\n' },
    args: ['-t', 'tpl'],
    at: 'tpl/partials/masthead.md.hbs:3:3',
    says: /TEMPLATE_UNKNOWN_HELPER unknown helper "shout"/,
  },
  {
    case: 'a missing partial',
    files: { 'tpl/overview.md.hbs': '# 综述\n\n{{> 排行榜}}\n' },
    args: ['-t', 'tpl'],
    at: 'tpl/overview.md.hbs:3:',
    says: /TEMPLATE_MISSING_PARTIAL missing partial "排行榜"/,
  },
  {
    case: 'a config file with an unknown key',
    files: { 'jianbao.config.json': '{\n  "input": "input",\n  "colour": "red"\n}\n' },
    args: [],
    at: 'jianbao.config.json:3:3',
    says: /unknown key "colour"/,
  },
  {
    case: 'a config file with a wrong type',
    files: { 'jianbao.config.yaml': 'input: input\nlimits:\n  maxPdfPages: many\n' },
    args: [],
    at: 'jianbao.config.yaml:3:',
    says: /limits\.maxPdfPages/,
  },
];

// One good build, then every bad case at once, each in its own copy of that folder.
beforeAll(async () => {
  built = workspace('cli-errors');
  writeFileSync(join(built.input, 'hongqiao.txt'), HONGQIAO.join('\n') + '\n');
  const first = await runCli(['build', '-o', 'output'], { cwd: built.dir });
  expect(first.code, first.stderr).toBe(0);
  before = snapshot(built.output);
  await Promise.all(
    cases.map(async (c) => {
      const ws = workspace('cli-error');
      folders.push(ws);
      cpSync(built.input, ws.input, { recursive: true });
      cpSync(built.output, ws.output, { recursive: true, preserveTimestamps: true });
      for (const [name, text] of Object.entries(c.files)) {
        mkdirSync(join(ws.dir, name, '..'), { recursive: true });
        writeFileSync(join(ws.dir, name), text);
      }
      runs.set(c.case, await runCli(['build', '-o', 'output', ...c.args], { cwd: ws.dir }));
      outputs.set(c.case, ws.output);
    }),
  );
}, 300_000);
afterAll(() => [built, ...folders].forEach((ws) => ws.remove()));

describe.each(cases.map((c) => [c.case, c] as const))('%s', (_name, c) => {
  it('stops the build with exit code 2', () => {
    const run = runs.get(c.case)!;
    expect(run.code, run.stderr).toBe(2);
  });

  it('names file:line:column and what is wrong', () => {
    const run = runs.get(c.case)!;
    const line = run.stderr.split('\n').find((l) => l.includes(c.at));
    expect(line, run.stderr).toBeDefined();
    expect(line).toMatch(new RegExp(`${c.at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d*:? `));
    expect(run.stderr).toMatch(c.says);
  });

  it('leaves output/ exactly as it was: every byte, every file name, the manifest too', () => {
    expect(snapshot(outputs.get(c.case)!)).toEqual(before);
  });
});
