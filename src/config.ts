import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { ThemeOverrideSchema } from './write/theme.js';

export const OUTPUT_FORMATS = ['pdf', 'docx', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** Every setting, with its default. Flags and the config file set the same keys. */
export const ConfigSchema = z
  .object({
    /** Folder of articles (relative paths: to the config file, or to the working directory for flags). */
    input: z.string().default('input'),
    output: z.string().default('output'),
    /** A folder whose templates and partials override the built-in ones by file name. */
    templates: z.string().nullable().default(null),
    /** A folder of extra font files (.ttf/.otf), looked up before the bundled fonts. */
    fonts: z.string().nullable().default(null),
    formats: z.array(z.enum(OUTPUT_FORMATS)).min(1).default(['pdf', 'docx']),
    /** Only these districts (by name, e.g. 北辰区); empty for all. */
    districts: z.array(z.string()).default([]),
    /** K/N: build the K-th of N deterministic slices of the districts (for CI matrix jobs). */
    shard: z
      .string()
      .regex(/^\d+\/\d+$/, 'K/N, e.g. 1/4')
      .nullable()
      .default(null),
    force: z.boolean().default(false),
    /** The period the briefing covers; articles dated outside it are left out. */
    since: isoDate.nullable().default(null),
    until: isoDate.nullable().default(null),
    /** 第N期; null counts on from the previous build in this output folder. */
    issue: z.number().int().positive().nullable().default(null),
    /** Also build the overview across districts. */
    overview: z.boolean().default(true),
    briefing: z
      .object({
        name: z.string().default('区域观察简报'),
        unit: z.string().default('区域观察编辑部'),
        /** 按语: an editor's note printed before the text, or null. */
        note: z.string().nullable().default(null),
        recipients: z
          .object({
            报: z.array(z.string()).default([]),
            送: z.array(z.string()).default([]),
            发: z.array(z.string()).default([]),
          })
          .strict()
          .default({ 报: [], 送: [], 发: [] }),
        copies: z.number().int().positive().nullable().default(null),
        maxFigures: z.number().int().positive().default(8),
        maxKeyPoints: z.number().int().positive().default(5),
      })
      .strict()
      .default({
        name: '区域观察简报',
        unit: '区域观察编辑部',
        note: null,
        recipients: { 报: [], 送: [], 发: [] },
        copies: null,
        maxFigures: 8,
        maxKeyPoints: 5,
      }),
    analysis: z
      .object({
        /** Extra place names → a county, e.g. { "华明高新区": "东丽区" }. */
        aliases: z.record(z.string(), z.string()).default({}),
        themes: z.record(z.string(), z.array(z.string())).default({}),
        stopwords: z.array(z.string()).default([]),
      })
      .strict()
      .default({ aliases: {}, themes: {}, stopwords: [] }),
    theme: ThemeOverrideSchema.default({}),
    limits: z
      .object({
        maxFileBytes: z.number().int().positive().default(50 * 1024 * 1024),
        maxDecompressedBytes: z.number().int().positive().default(200 * 1024 * 1024),
        maxPdfPages: z.number().int().positive().default(500),
      })
      .strict()
      .default({ maxFileBytes: 50 * 1024 * 1024, maxDecompressedBytes: 200 * 1024 * 1024, maxPdfPages: 500 }),
    /** Worker threads for analysis and rendering; 0 = in the main thread; null = one per core. */
    workers: z.number().int().min(0).nullable().default(null),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export const CONFIG_FILE_NAMES = ['jianbao.config.json', 'jianbao.config.yaml', 'jianbao.config.yml'];

/** Path keys that are resolved against the folder they were given in. */
const PATH_KEYS = ['input', 'output', 'templates', 'fonts'] as const;

export interface LoadedConfig {
  config: Config;
  /** The config file used, or null. */
  file: string | null;
}

/**
 * defaults < config file < flags, validated once. `overrides` are flags (paths relative to cwd).
 * An unknown key or a wrong type is a ConfigError naming the key and the file.
 */
export function loadConfig(options: { cwd?: string; file?: string | null; overrides?: ConfigInput } = {}): LoadedConfig {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ? resolve(cwd, options.file) : findConfigFile(cwd);
  const fromFile = file ? readConfigFile(file) : {};
  const fileDir = file ? dirname(file) : cwd;
  const merged = { ...resolvePaths(fromFile, fileDir), ...resolvePaths(stripUndefined(options.overrides ?? {}), cwd) };
  for (const key of ['briefing', 'analysis', 'limits', 'theme'] as const) {
    const a = (fromFile as Record<string, unknown>)[key];
    const b = (options.overrides as Record<string, unknown> | undefined)?.[key];
    if (isObject(a) && isObject(b)) (merged as Record<string, unknown>)[key] = { ...a, ...b };
  }
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = [...issue.path.map(String), ...('keys' in issue ? (issue.keys as string[]) : [])];
    const key = path.join('.');
    const where = file ?? 'command line';
    throw new ConfigError(`invalid configuration in ${where}: ${key ? `"${key}": ` : ''}${issue.message}`, {
      file: file ?? undefined,
      line: file ? lineOfKey(file, path[path.length - 1] ?? '') : undefined,
    });
  }
  const config = parsed.data;
  // Paths are absolute from here on.
  for (const key of PATH_KEYS) {
    const v = config[key];
    if (v !== null) (config as Record<string, unknown>)[key] = resolve(cwd, v);
  }
  return { config, file };
}

export function findConfigFile(dir: string): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const p = resolve(dir, name);
    if (existsSync(p)) return p;
  }
  return null;
}

function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config file ${file}: ${(e as Error).message}`, { file }, { cause: e });
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const pos = (e as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
    throw new ConfigError(`config file is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`, {
      file,
      line: pos?.line,
      column: pos?.col,
    });
  }
  if (data == null) return {};
  if (!isObject(data)) throw new ConfigError(`config file must hold an object of settings`, { file });
  return data;
}

function resolvePaths<T extends Record<string, unknown>>(values: T, base: string): T {
  const out: Record<string, unknown> = { ...values };
  for (const key of PATH_KEYS) {
    const v = out[key];
    if (typeof v === 'string' && !isAbsolute(v)) out[key] = resolve(base, v);
  }
  return out as T;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The 1-based line where a key is first written, for error messages (good enough for config files). */
function lineOfKey(file: string, key: string): number | undefined {
  if (!key) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(`"${key}"`) || new RegExp(`^\\s*${key}\\s*:`).test(l));
  return i >= 0 ? i + 1 : undefined;
}
