import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configError } from './config/_errors.js';
import { positionOfOffset } from './config/_locate.js';
import { ConfigError } from './errors.js';
import { ThemeOverrideSchema } from './write/theme.js';

export { templateDirsOf } from './config/template-dirs.js';

export const OUTPUT_FORMATS = ['pdf', 'docx', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { error: (issue) => `${String(issue.input)} is not a day of the calendar` });

const shard = z
  .string()
  .regex(/^\d+\/\d+$/, 'K/N, e.g. 1/4')
  .refine((s) => {
    const [k, n] = s.split('/').map(Number) as [number, number];
    return n >= 1 && k >= 1 && k <= n;
  }, 'K/N with 1 ≤ K ≤ N, e.g. 1/4');

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
    shard: shard.nullable().default(null),
    force: z.boolean().default(false),
    /** The period the briefing covers; articles dated outside it are left out. */
    since: isoDate.nullable().default(null),
    until: isoDate.nullable().default(null),
    /** 第N期; null counts on from the previous build in this output folder. */
    issue: z.number().int().positive().nullable().default(null),
    /** Also build the overview across districts. */
    overview: z.boolean().default(true),
    /** Also write output/index.html: every briefing with links to its files, figures and a preview (for GitHub Pages). */
    index: z.boolean().default(true),
    /** Command line: print only errors. */
    quiet: z.boolean().default(false),
    /** Command line: print every diagnostic (info too) and the time of each stage. */
    verbose: z.boolean().default(false),
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
        /** 信息摘编 lists at most this many articles per district; the rest are counted and left to briefing.json. */
        maxDigest: z.number().int().positive().default(30),
        /** A 目录 follows the title of a district briefing with more articles than this. */
        tocThreshold: z.number().int().min(0).default(8),
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
        maxDigest: 30,
        tocThreshold: 8,
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
  .strict()
  .superRefine((c, ctx) => {
    if (c.since && c.until && c.since > c.until) ctx.addIssue({ code: 'custom', path: ['until'], message: `${c.until} is before since (${c.since})` });
  });

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
 * An unknown key or a wrong type is a ConfigError naming the key, the file and the line.
 */
export function loadConfig(options: { cwd?: string; file?: string | null; overrides?: ConfigInput } = {}): LoadedConfig {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ? resolve(cwd, options.file) : findConfigFile(cwd);
  const text = file ? readConfigText(file) : '';
  const fromFile = file ? parseConfigText(file, text) : {};
  const overrides = stripUndefined(options.overrides ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...resolvePaths(fromFile, file ? dirname(file) : cwd), ...resolvePaths(overrides, cwd) };
  for (const key of ['briefing', 'analysis', 'limits', 'theme'] as const) {
    const a = fromFile[key];
    const b = overrides[key];
    if (isObject(a) && isObject(b)) merged[key] = { ...a, ...b };
  }
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) throw configError(parsed.error.issues, { file, text, overrides, schema: ConfigSchema });
  const config = parsed.data;
  // Paths are absolute from here on.
  for (const key of PATH_KEYS) {
    const v = config[key];
    if (v !== null) (config as Record<string, unknown>)[key] = resolve(cwd, v);
  }
  return { config, file };
}


/** The config file of a folder; two of them is an error, since only one would be read. */
export function findConfigFile(dir: string): string | null {
  const found = CONFIG_FILE_NAMES.map((name) => resolve(dir, name)).filter((p) => existsSync(p));
  if (found.length > 1) {
    throw new ConfigError(`${found.map((p) => basename(p)).join(' and ')} are both in ${dir}: keep one of them`, { file: found[1] });
  }
  return found[0] ?? null;
}

function readConfigText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config file: ${(e as Error).message}`, { file }, { cause: e });
  }
}

function parseConfigText(file: string, text: string): Record<string, unknown> {
  const json = file.endsWith('.json');
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    // YAML messages end in a code frame; JSON.parse quotes the text around the fault.
    const message = json ? (e as Error).message.replace(/\s+/g, ' ') : (e as Error).message.split('\n')[0]!.replace(/:$/, '');
    const yamlPos = (e as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
    const offset = /position (\d+)/.exec(message)?.[1];
    const pos = yamlPos ? { line: yamlPos.line, column: yamlPos.col } : offset ? positionOfOffset(text, Number(offset)) : undefined;
    throw new ConfigError(`config file is not valid ${json ? 'JSON' : 'YAML'}: ${message}`, { file, ...pos });
  }
  if (data == null) return {};
  if (!isObject(data)) throw new ConfigError('config file must hold an object of settings (key: value lines)', { file, line: 1 });
  return data;
}

function resolvePaths(values: Record<string, unknown>, base: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const key of PATH_KEYS) {
    const v = out[key];
    if (typeof v === 'string' && !isAbsolute(v)) out[key] = resolve(base, v);
  }
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
