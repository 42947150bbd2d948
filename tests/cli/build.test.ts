import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PARSE_CACHE_NAME } from '../../src/build/parse-cache.js';
import { writeArticles } from './_fixtures.js';
import { filesUnder, jianbao, tempDir, type Run } from './_run.js';

const FAST = ['--workers', '0'];

describe('jianbao build', () => {
  let dir: string;
  let full: Run;

  beforeAll(async () => {
    dir = tempDir('build');
    writeArticles(join(dir, 'input'));
    full = await jianbao(['build', '-o', 'full', '-f', 'pdf,docx', '--json', ...FAST], { cwd: dir });
  }, 180_000);

  it('exits 0 and prints a JSON summary on stdout, and nothing else there', () => {
    expect(full.code).toBe(0);
    const summary = JSON.parse(full.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      exitCode: 0,
      output: join(dir, 'full'),
      issue: 1,
      period: { since: '2024-03-12', until: '2024-03-20' },
      sources: 3,
      articles: 3,
      errors: 0,
      failed: [],
      skipped: [],
      unknownDistricts: [],
    });
    expect((summary.districts as { name: string }[]).map((d) => d.name).sort()).toEqual(['北辰区', '宝坻区', '武清区']);
    expect(summary.written).toEqual(expect.arrayContaining(['北辰区.pdf', '北辰区.docx', '综述.pdf', '综述.docx', 'briefing.json']));
    expect(summary).toHaveProperty('diagnostics');
    expect(summary).toHaveProperty('ms');
  });

  it('exits 1 when an input fails, naming it, and still builds the rest', async () => {
    const input = writeArticles(join(dir, 'mixed'), { '宝坻_春耕.txt': readFileSync(join(dir, 'input', '宝坻_春耕.txt'), 'utf8') });
    writeFileSync(join(input, '损坏的文件.docx'), 'this is not a zip archive');
    const r = await jianbao(['build', '-i', 'mixed', '-o', 'mixed-out', '-f', 'html', ...FAST], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \S+ 损坏的文件\.docx/m);
    expect(r.stderr).toMatch(/1 districts, 1 articles, 第1期 .* 1 errors/);
    expect(existsSync(join(dir, 'mixed-out', '宝坻区.html'))).toBe(true);
  });

  it('exits 2 on a broken template, naming file and line, and leaves the output as it was', async () => {
    const templates = join(dir, 'broken-templates');
    mkdirSync(templates, { recursive: true });
    writeFileSync(join(templates, 'district.md.hbs'), '# {{district.name}}\n\n{{#each articles}}\n{{title}}\n');
    const before = filesUnder(join(dir, 'full'));
    const r = await jianbao(['build', '-o', 'full', '-t', 'broken-templates', ...FAST], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/district\.md\.hbs:\d+:\d+/);
    expect(filesUnder(join(dir, 'full'))).toEqual(before);
  });

  describe('--shard K/N and merge', () => {
    let merged: Run;

    beforeAll(async () => {
      const [one, two] = await Promise.all([
        jianbao(['build', '--shard', '1/2', '-o', 'part1', '-f', 'pdf,docx', ...FAST], { cwd: dir }),
        jianbao(['build', '--shard', '2/2', '-o', 'part2', '-f', 'pdf,docx', ...FAST], { cwd: dir }),
      ]);
      expect([one.code, two.code]).toEqual([0, 0]);
      merged = await jianbao(['merge', 'part1', 'part2', '-o', 'merged', '-f', 'pdf,docx'], { cwd: dir });
    }, 240_000);

    it('renders each district in exactly one shard, and no overview there', () => {
      const one = [...filesUnder(join(dir, 'part1')).keys()].filter((f) => f.endsWith('.pdf'));
      const two = [...filesUnder(join(dir, 'part2')).keys()].filter((f) => f.endsWith('.pdf'));
      expect([...one, ...two].sort()).toEqual(['北辰区.pdf', '宝坻区.pdf', '武清区.pdf']);
      expect(one.length).toBeGreaterThan(0);
      expect(two.length).toBeGreaterThan(0);
    });

    it('merges into the same files as one full build, byte for byte', () => {
      expect(merged.code).toBe(0);
      // The parse cache is the build's own state (merge parses nothing), not part of the output.
      const expected = filesUnder(join(dir, 'full'));
      expected.delete(PARSE_CACHE_NAME);
      const actual = filesUnder(join(dir, 'merged'));
      expect([...actual.keys()]).toEqual([...expected.keys()]);
      for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
    });

    it('refuses shards that overlap or come from other input, and names a missing one', async () => {
      const twice = await jianbao(['merge', 'part1', 'part1', '-o', 'bad1'], { cwd: dir });
      expect(twice.code).toBe(2);
      expect(twice.stderr).toMatch(/built by more than one shard/);
      expect(existsSync(join(dir, 'bad1'))).toBe(false);

      // A shard of another week's input: its manifest records another content hash.
      cpSync(join(dir, 'part2'), join(dir, 'part-other'), { recursive: true });
      const manifest = join(dir, 'part-other', '.jianbao-manifest.json');
      writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"contentHash": "\w+"/, '"contentHash": "0123abcd"'));
      const mixed = await jianbao(['merge', 'part1', 'part-other', '-o', 'bad2'], { cwd: dir });
      expect(mixed.code).toBe(2);
      expect(mixed.stderr).toMatch(/the shards differ in input/);

      const half = await jianbao(['merge', 'part1', '-o', 'half', '-f', 'html', '--json'], { cwd: dir });
      expect(half.code).toBe(1);
      const summary = JSON.parse(half.stdout) as { failed: string[]; diagnostics: { code: string; message: string }[] };
      expect(summary.failed.length).toBeGreaterThan(0);
      expect(summary.diagnostics.filter((d) => d.code === 'MERGE_MISSING').map((d) => d.message).join('\n')).toMatch(/no shard built it/);
    }, 180_000);
  });
});
