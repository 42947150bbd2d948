import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_OPTIONS, INPUT_OPTIONS, OUTPUT_OPTIONS, RENDER_OPTIONS, overridesFrom } from '../../src/cli/options.js';
import { ConfigSchema, loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { STARTER_CONFIG } from '../../src/init/_config.js';
import { jianbao, tempDir } from './_run.js';

/** A folder holding one config file with this text. */
function folderWith(name: string, text: string): string {
  const dir = tempDir('config');
  writeFileSync(join(dir, name), text);
  return dir;
}

function configError(dir: string, overrides = {}): ConfigError {
  try {
    loadConfig({ cwd: dir, overrides });
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('config file errors name the key, the file and the line', () => {
  it.each([
    ['jianbao.config.yaml', 'output: out\nbriefing:\n  nmae: 北辰简报\n', 3, 'unknown key "briefing.nmae" (did you mean "name"?)'],
    ['jianbao.config.yml', 'formats: [pdf, doc]\n', 1, '"formats.1": Invalid option: expected one of "pdf"|"docx"|"html"'],
    ['jianbao.config.json', '{\n  "output": "out",\n  "workers": "two"\n}\n', 3, '"workers": Invalid input: expected number, received string'],
    ['jianbao.config.json', '{\n  "output": "out",\n  "frce": true\n}\n', 3, 'unknown key "frce" (did you mean "force"?)'],
    ['jianbao.config.yaml', 'since: 2024-03-01\nuntil: 2024-02-01\n', 2, '"until": 2024-02-01 is before since (2024-03-01)'],
    ['jianbao.config.yaml', 'limits:\n  maxPdfPages: -3\n', 2, '"limits.maxPdfPages"'],
  ])('%s: %j', (name, text, line, message) => {
    const dir = folderWith(name, text);
    const e = configError(dir);
    expect(e.where.file).toBe(join(dir, name));
    expect(e.where.line).toBe(line);
    expect(e.message).toContain(message);
    expect(e.exitCode).toBe(2);
  });

  it('reports every problem of a file, not only the first', () => {
    const e = configError(folderWith('jianbao.config.yaml', 'output: 3\nbriefing:\n  unit: [a]\nfoo: 1\n'));
    expect(e.message).toContain('"output"');
    expect(e.message).toContain('"briefing.unit"');
    expect(e.message).toContain('unknown key "foo"');
  });

  it('says which flag is wrong when the value came from the command line', () => {
    const e = configError(folderWith('jianbao.config.yaml', 'output: out\n'), { formats: ['pdf', 'word'] });
    expect(e.located).toMatch(/^invalid setting --format: "formats.1": Invalid option/);
  });

  it('refuses two config files in one folder, since only one would be read', () => {
    const dir = folderWith('jianbao.config.json', '{}');
    writeFileSync(join(dir, 'jianbao.config.yaml'), 'output: x\n');
    expect(configError(dir).message).toMatch(/jianbao.config.json and jianbao.config.yaml are both in/);
  });
});

describe('config values', () => {
  it('resolves relative paths against the config file, and flags against the working folder', () => {
    const dir = tempDir('paths');
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'my.yaml'), 'input: articles\noutput: ../reports\ntemplates: tpl\n');
    const { config, file } = loadConfig({ cwd: dir, file: 'conf/my.yaml', overrides: { fonts: 'fonts' } });
    expect(file).toBe(join(dir, 'conf', 'my.yaml'));
    expect(config.input).toBe(join(dir, 'conf', 'articles'));
    expect(config.output).toBe(join(dir, 'reports'));
    expect(config.templates).toBe(join(dir, 'conf', 'tpl'));
    expect(config.fonts).toBe(join(dir, 'fonts'));
  });

  it('lets flags override the file, and nested settings merge', () => {
    const dir = folderWith('jianbao.config.yaml', 'output: out\nformats: [pdf]\nbriefing:\n  name: 北辰简报\n  unit: 北辰区委办\n');
    const { config } = loadConfig({ cwd: dir, overrides: { formats: ['docx'], briefing: { unit: '研究室' } } });
    expect(config.formats).toEqual(['docx']);
    expect(config.briefing).toMatchObject({ name: '北辰简报', unit: '研究室' });
  });

  it('accepts every flag of build as a config key (but --config, --watch and --json, which belong to one run)', () => {
    const argv = {
      input: 'i', output: 'o', templates: 't', fonts: 'f', format: ['pdf,docx'], district: ['北辰区'], shard: '1/2', force: true,
      overview: false, since: '2024-01-01', until: '2024-01-31', issue: 3, workers: 0, quiet: true, verbose: false,
    };
    const flags = Object.keys({ ...INPUT_OPTIONS, ...RENDER_OPTIONS, ...BUILD_OPTIONS, ...OUTPUT_OPTIONS }).filter((f) => !['config', 'watch', 'json'].includes(f));
    expect(Object.keys(argv).sort()).toEqual(flags.sort());
    const overrides = overridesFrom(argv);
    expect(Object.keys(overrides)).toHaveLength(flags.length);
    const parsed = ConfigSchema.safeParse(overrides);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ formats: ['pdf', 'docx'], districts: ['北辰区'], overview: false, quiet: true });
  });
});

describe('the starter config written by init', () => {
  it('holds the defaults, templates aside, and mentions every setting', () => {
    const dir = folderWith('jianbao.config.yaml', STARTER_CONFIG);
    const { config } = loadConfig({ cwd: dir });
    const defaults = loadConfig({ cwd: tempDir('defaults') }).config;
    expect({ ...config, input: 'input', output: 'output', templates: null }).toEqual({ ...defaults, input: 'input', output: 'output' });
    expect(config.templates).toBe(join(dir, 'templates'));
    for (const key of Object.keys(ConfigSchema.shape)) expect(STARTER_CONFIG).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    for (const group of ['briefing', 'analysis', 'limits'] as const) {
      for (const key of Object.keys(defaults[group])) expect(STARTER_CONFIG, `${group}.${key}`).toMatch(new RegExp(`^  (# )?${key}:`, 'm'));
    }
  });
});

describe('config errors on the command line', () => {
    it('exits 2 naming file, line and key, and builds nothing', async () => {
    const dir = folderWith('jianbao.config.yaml', 'output: out\nbriefing:\n  nmae: 北辰简报\n');
    const r = await jianbao(['build'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'jianbao.config.yaml')}:3:3: invalid configuration: unknown key "briefing.nmae"`);
  });

  it('exits 2 when the input is a file, naming the folder to give instead (build and parse)', async () => {
    const dir = tempDir('config');
    writeFileSync(join(dir, 'article.txt'), '北辰区召开推进会\n\n4月15日，北辰区召开重点项目推进会。\n');
    for (const command of ['build', 'parse']) {
      const r = await jianbao([command, '-i', 'article.txt'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${join(dir, 'article.txt')} is a file, not a folder: give the folder that holds it (-i ${dir})`);
      expect(r.stderr).not.toContain('unexpected error');
    }
  });

  it('reads the file that --config names', async () => {
    const dir = folderWith('other.json', '{ "formats": "pdf" }');
    const r = await jianbao(['build', '--config', 'other.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'other.json')}:1:14: invalid configuration: "formats": Invalid input: expected array`);
  });
});
