import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jianbao, tempDir, type Run } from './_run.js';

describe('jianbao init, then build in the new folder', () => {
  let parent: string;
  let dir: string;
  let init: Run;
  let first: Run;

  beforeAll(async () => {
    parent = tempDir('init');
    dir = join(parent, '简报');
    init = await jianbao(['init', '简报'], { cwd: parent });
    first = await jianbao(['build'], { cwd: dir });
  }, 240_000);

  it('writes the config, the templates, a sample article and a Chinese README', () => {
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('next: cd 简报 && npx jianbao build');
    for (const file of ['jianbao.config.yaml', 'README.md', '.gitignore', 'templates/district.md.hbs', 'templates/overview.md.hbs', 'templates/partials/masthead.md.hbs']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('npx jianbao build');
    expect(readFileSync(join(dir, 'jianbao.config.yaml'), 'utf8')).toMatch(/^templates: templates$/m);
  });

  it('builds the sample article into a briefing of its district', () => {
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/1 districts, 1 articles, 第1期/);
    for (const file of ['西青区.pdf', '西青区.docx', '综述.pdf', '综述.docx', 'briefing.json']) expect(existsSync(join(dir, 'output', file)), file).toBe(true);
  });

  it('writes no file on a second build, and says so', async () => {
    const pdf = join(dir, 'output', '西青区.pdf');
    const before = statSync(pdf).mtimeMs;
    const second = await jianbao(['build'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/0 files written, 2 reports unchanged/);
    expect(second.stderr).toContain('nothing changed: no file written');
    expect(statSync(pdf).mtimeMs).toBe(before);
  }, 120_000);

  it('refuses to overwrite an existing folder unless --force', async () => {
    const config = join(dir, 'jianbao.config.yaml');
    writeFileSync(config, 'output: 我的输出\n');
    const again = await jianbao(['init', '简报'], { cwd: parent });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has jianbao.config.yaml, README.md.*nothing was written.*--force/);
    expect(readFileSync(config, 'utf8')).toBe('output: 我的输出\n');

    const forced = await jianbao(['init', '简报', '--force'], { cwd: parent });
    expect(forced.code).toBe(0);
    expect(readFileSync(config, 'utf8')).toMatch(/^templates: templates$/m);
  });
});
