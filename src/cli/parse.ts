import { writeFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { loadConfig } from '../config.js';
import { parseAll } from '../parse.js';
import { overridesFrom, withInputOptions } from './options.js';

export function parseCommand(setCode: (c: number) => void): CommandModule {
  return {
    command: 'parse',
    describe: 'read, segment and analyse the input; print the briefing model as JSON',
    builder: (y) =>
      withInputOptions(y)
        .option('out', { type: 'string', default: '-', describe: 'file to write, or - for stdout' })
        .example('$0 parse -i input --out model.json', 'the model of ./input into model.json'),
    handler: async (argv) => {
      const { config } = loadConfig({ file: argv.config as string | undefined, overrides: overridesFrom(argv) });
      const { briefing } = await parseAll(config, { issue: config.issue ?? 1 });
      const json = JSON.stringify(briefing, null, 2) + '\n';
      if (argv.out === '-') process.stdout.write(json);
      else writeFileSync(String(argv.out), json);
      setCode(briefing.diagnostics.some((d) => d.level === 'error') ? 1 : 0);
    },
  };
}
