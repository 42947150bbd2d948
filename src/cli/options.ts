import type { Argv } from 'yargs';
import type { ConfigInput } from '../config.js';

/** Flags shared by build and parse; each one maps to a config key of the same name. */
export function withInputOptions<T>(y: Argv<T>) {
  return y
    .option('input', { alias: 'i', type: 'string', describe: 'folder of articles (default: input)' })
    .option('config', { alias: 'c', type: 'string', describe: 'config file (default: jianbao.config.json or .yaml in the working folder)' })
    .option('since', { type: 'string', describe: 'first day the briefing covers (YYYY-MM-DD)' })
    .option('until', { type: 'string', describe: 'last day the briefing covers (YYYY-MM-DD)' });
}

/** yargs values → config overrides; flags not given stay undefined so the config file wins. */
export function overridesFrom(argv: Record<string, unknown>): ConfigInput {
  const pick = <K extends keyof ConfigInput>(key: K, value: unknown) => (value === undefined ? {} : { [key]: value });
  const list = (v: unknown) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((s) => s.trim()).filter(Boolean));
  return {
    ...pick('input', argv.input),
    ...pick('output', argv.output),
    ...pick('templates', argv.templates),
    ...pick('fonts', argv.fonts),
    ...pick('formats', list(argv.format)),
    ...pick('districts', list(argv.district)),
    ...pick('shard', argv.shard),
    ...pick('force', argv.force),
    ...pick('since', argv.since),
    ...pick('until', argv.until),
    ...pick('issue', argv.issue),
    ...pick('workers', argv.workers),
  } as ConfigInput;
}
