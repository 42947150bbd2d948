import { describe, expect, it } from 'vitest';
import { jianbao } from './_run.js';

describe('jianbao --help', () => {
  it('lists every command, examples and the exit codes', async () => {
    const r = await jianbao(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['build', 'parse', 'init [dir]', 'templates <action>', 'districts <names..>', 'merge <dirs..>']) {
      expect(r.stdout).toContain(`jianbao ${command}`);
    }
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/Exit codes: 0 built; 1 built, but some inputs or districts failed; 2 nothing built/);
  });

  it.each([
    ['build', ['--shard', '--since', '--until', '--issue', '--watch', '--json', '--quiet', '--verbose', '--force']],
    ['parse', ['--out', '--since']],
    ['init', ['--force']],
    ['templates', ['--templates']],
    ['districts', ['--json']],
    ['merge', ['--output', '--json']],
  ])('%s --help shows its flags and examples', async (command, flags) => {
    const r = await jianbao([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    for (const flag of flags) expect(r.stdout).toContain(flag);
  });
});

describe('usage errors exit with 2 and say what was meant', () => {
  it.each([
    [['build', '--frce'], /Unknown argument: frce \(did you mean --force\?\)/],
    [['--fromat', 'pdf'], /did you mean --format/],
    [['buidl'], /did you mean build/],
    [['districts'], /Not enough non-option arguments/],
    [['build', '--shard', '3/2'], /--shard: K\/N with 1 ≤ K ≤ N/],
    [['build', '--since', '2024-02-30'], /--since: 2024-02-30 is not a day of the calendar/],
    [['build', '--quiet', '--verbose'], /mutually exclusive/],
  ])('jianbao %j', async (args, message) => {
    const r = await jianbao(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('jianbao districts', () => {
  it('places a town in its province, city and county, with its code', async () => {
    const r = await jianbao(['districts', '小淀镇']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/天津市 北辰区 小淀镇\s+120113107/);
  });

  it('knows former names and lists every place a shared name stands for', async () => {
    const r = await jianbao(['districts', '塘沽', '蓟县', '鼓楼区']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/塘沽[\s\S]*天津市 滨海新区\s+120116\s+alias/);
    expect(r.stdout).toMatch(/蓟县[\s\S]*天津市 蓟州区\s+120119\s+alias: former name of 蓟州区/);
    expect(r.stdout).toContain('鼓楼区 (4 places)');
    expect(r.stdout).toMatch(/江苏省 南京市 鼓楼区/);
    expect(r.stdout).toMatch(/福建省 福州市 鼓楼区/);
  });

  it('prints JSON with --json, and exits 1 when a name is not found', async () => {
    const r = await jianbao(['districts', '天津市北辰区小淀镇', '不存在的地方', '--json']);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { query: string; matches: { label: string; code: string; county: { name: string } }[] }[];
    expect(results[0]!.matches).toEqual([expect.objectContaining({ label: '天津市北辰区小淀镇', code: '120113107', county: { name: '北辰区', code: '120113' } })]);
    expect(results[1]).toEqual({ query: '不存在的地方', matches: [] });
  });
});
