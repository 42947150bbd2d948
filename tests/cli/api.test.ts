import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeArticles } from './_fixtures.js';
import { ENV, ensureDist, ROOT, tempDir } from './_run.js';

const run = promisify(execFile);

/** A project that has installed jianbao: node_modules/jianbao is this package, as npm would link it. */
function consumerProject(): string {
  const dir = tempDir('api');
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'jianbao'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
  writeArticles(join(dir, 'input'));
  return dir;
}

describe("import { build, parse } from 'jianbao'", () => {
  beforeAll(() => ensureDist(), 600_000);

  it('parses and builds a folder through the compiled package', async () => {
    const dir = consumerProject();
    writeFileSync(
      join(dir, 'use.mjs'),
      `import { build, parse } from 'jianbao';
const briefing = await parse({ cwd: process.cwd() });
const result = await build({ cwd: process.cwd(), overrides: { output: 'reports', formats: ['html'], workers: 0 } });
console.log(JSON.stringify({ districts: briefing.districts.map((d) => d.name), exitCode: result.exitCode, written: result.written, output: result.config.output }));
`,
    );
    const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: dir, env: ENV });
    const out = JSON.parse(stdout) as { districts: string[]; exitCode: number; written: string[]; output: string };
    expect(out.districts.sort()).toEqual(['北辰区', '宝坻区', '武清区']);
    expect(out.exitCode).toBe(0);
    expect(out.output).toBe(join(dir, 'reports'));
    expect(out.written).toEqual(expect.arrayContaining(['北辰区.html', '宝坻区.html', '武清区.html', '综述.html', 'briefing.json']));
  }, 120_000);

  it('ships types: options and results are checked by TypeScript', async () => {
    const dir = consumerProject();
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: true, types: [] } }));
    writeFileSync(
      join(dir, 'use.ts'),
      `import { build, parse, type BuildResult, type Briefing, type ParseOptions } from 'jianbao';
const options: ParseOptions = { cwd: '.', overrides: { formats: ['pdf'], since: '2024-03-01' } };
const briefing: Briefing = await parse(options);
const result: BuildResult = await build({ ...options, onEvent: (e) => { if (e.type === 'report') console.log(e.slug, e.status); } });
const names: string[] = briefing.districts.map((d) => d.name);
const code: 0 | 1 = result.exitCode;
// @ts-expect-error: formats are pdf, docx or html
await build({ overrides: { formats: ['odt'] } });
export { names, code };
`,
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    await expect(run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir })).resolves.toBeDefined();
  }, 120_000);
});
