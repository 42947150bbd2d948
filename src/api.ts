import { loadConfig } from './config.js';
import type { BuildOptions } from './build.js';
import type { Briefing } from './model/briefing.js';
import { parseAll } from './parse.js';

/** Where parse finds its settings: the same shape as build's options. */
export type ParseOptions = Pick<BuildOptions, 'cwd' | 'config' | 'overrides'>;

/** read → segment → analyse → assemble over the input folder: the briefing model, as `jianbao parse` prints it. Writes nothing. */
export async function parse(options: ParseOptions = {}): Promise<Briefing> {
  const { config } = loadConfig({ cwd: options.cwd, file: options.config, overrides: options.overrides });
  const { briefing } = await parseAll(config, { issue: config.issue ?? 1 });
  return briefing;
}
