import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Options } from 'yargs';
import type { ConfigInput } from '../config.js';

/** Where the articles come from: build, parse and districts share these. Each maps to the config key of the same name. */
export const INPUT_OPTIONS = {
  input: { alias: 'i', type: 'string', describe: 'folder of articles (default: input)' },
  config: { alias: 'c', type: 'string', describe: 'config file (default: jianbao.config.json, .yaml or .yml in the working folder)' },
  since: { type: 'string', describe: 'first day the briefing covers (YYYY-MM-DD); articles dated before it are left out' },
  until: { type: 'string', describe: 'last day the briefing covers (YYYY-MM-DD); articles dated after it are left out' },
} satisfies Record<string, Options>;

/** How the reports are rendered: build and merge. */
export const RENDER_OPTIONS = {
  output: { alias: 'o', type: 'string', describe: 'output folder (default: output)' },
  templates: { alias: 't', type: 'string', describe: 'folder of templates overriding the defaults by file name' },
  fonts: { type: 'string', describe: 'folder of extra fonts (.ttf/.otf), looked up before the bundled ones' },
  format: { alias: 'f', type: 'string', array: true, describe: 'formats, comma-separated: pdf,docx,html (default: pdf,docx)' },
  force: { type: 'boolean', describe: 'rebuild every report even if nothing changed' },
  overview: { type: 'boolean', describe: 'also build the overview across districts (default: true; --no-overview to skip)' },
} satisfies Record<string, Options>;

/** What only build has. */
export const BUILD_OPTIONS = {
  district: { alias: 'd', type: 'string', array: true, describe: 'only these districts, by name (e.g. 北辰区)' },
  shard: { type: 'string', describe: 'build the K-th of N slices of the districts, e.g. 1/4 (join them with jianbao merge)' },
  issue: { type: 'number', describe: '第N期 (default: counted on from the previous build in the output folder)' },
  workers: { type: 'number', describe: 'worker threads (0: none; default: one per core)' },
  watch: { alias: 'w', type: 'boolean', describe: 'rebuild when inputs, templates or the config change; Ctrl-C stops' },
} satisfies Record<string, Options>;

/** What the command prints. */
export const OUTPUT_OPTIONS = {
  json: { type: 'boolean', describe: 'print a machine-readable summary on stdout, and nothing else there' },
  quiet: { alias: 'q', type: 'boolean', describe: 'print only errors' },
  verbose: { alias: 'v', type: 'boolean', describe: 'print every diagnostic (info too), per file, and the time of each stage' },
} satisfies Record<string, Options>;

/** Every flag name and alias any command knows, for "did you mean" on a mistyped one. */
export function knownFlags(): string[] {
  const all: Record<string, Options> = { ...INPUT_OPTIONS, ...RENDER_OPTIONS, ...BUILD_OPTIONS, ...OUTPUT_OPTIONS };
  const extra = ['help', 'version', 'out', 'dir', 'no-overview'];
  return [...Object.entries(all).flatMap(([name, o]) => [name, ...[o.alias ?? []].flat()]), ...extra];
}

/** yargs values → config overrides; flags not given stay undefined so the config file wins. */
export function overridesFrom(argv: Record<string, unknown>): ConfigInput {
  const pick = <K extends keyof ConfigInput>(key: K, value: unknown) => (value === undefined ? {} : { [key]: value });
  const list = (v: unknown) =>
    v === undefined
      ? undefined
      : (Array.isArray(v) ? v : [v])
          .flatMap((x) => String(x).split(/[,，]/))
          .map((s) => s.trim())
          .filter(Boolean);
  // The flag given wins over the opposite one set in the config file.
  const verbose = argv.quiet === true && argv.verbose === undefined ? false : argv.verbose;
  const quiet = argv.verbose === true && argv.quiet === undefined ? false : argv.quiet;
  return {
    ...pick('input', argv.input),
    ...pick('output', argv.output),
    ...pick('templates', argv.templates),
    ...pick('fonts', argv.fonts),
    ...pick('formats', list(argv.format)),
    ...pick('districts', list(argv.district)),
    ...pick('shard', argv.shard),
    ...pick('force', argv.force),
    ...pick('overview', argv.overview),
    ...pick('since', argv.since),
    ...pick('until', argv.until),
    ...pick('issue', argv.issue),
    ...pick('workers', argv.workers),
    ...pick('quiet', quiet),
    ...pick('verbose', verbose),
  } as ConfigInput;
}

/** What is wrong with the input folder a command was given, for the user to put right; null when it is a folder. */
export function inputFolderProblem(input: string, remedy: string): string | null {
  if (!existsSync(input)) return `no input folder ${input}: ${remedy}`;
  if (!statSync(input).isDirectory()) return `${input} is a file, not a folder: give the folder that holds it (-i ${dirname(input)}), where every article is read`;
  return null;
}
