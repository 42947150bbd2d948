import type { CommandModule } from 'yargs';
import { build } from '../build.js';
import { overridesFrom, withInputOptions } from './options.js';
import { printSummary } from './summary.js';

export function buildCommand(setCode: (c: number) => void): CommandModule {
  return {
    command: ['build', '$0'],
    describe: 'build the briefings of the input folder (the default command)',
    builder: (y) =>
      withInputOptions(y)
        .option('output', { alias: 'o', type: 'string', describe: 'output folder (default: output)' })
        .option('templates', { alias: 't', type: 'string', describe: 'folder of templates overriding the defaults by file name' })
        .option('fonts', { type: 'string', describe: 'folder of extra fonts (.ttf/.otf)' })
        .option('format', { alias: 'f', type: 'string', array: true, describe: 'formats: pdf,docx,html (default: pdf,docx)' })
        .option('district', { alias: 'd', type: 'string', array: true, describe: 'only these districts (e.g. 北辰区)' })
        .option('shard', { type: 'string', describe: 'build the K-th of N slices of the districts, e.g. 1/4' })
        .option('issue', { type: 'number', describe: '第N期 (default: counted on from the previous build)' })
        .option('force', { type: 'boolean', describe: 'rebuild every report even if nothing changed' })
        .option('workers', { type: 'number', describe: 'worker threads (0: none; default: one per core)' })
        .option('json', { type: 'boolean', describe: 'print a machine-readable summary on stdout' })
        .option('quiet', { alias: 'q', type: 'boolean', describe: 'print only errors' })
        .example('$0', 'build the briefings of ./input into ./output')
        .example('$0 build -i articles -o reports -d 北辰区', 'only the 北辰区 briefing')
        .example('$0 build --format pdf --issue 12', 'PDF only, as 第12期'),
    handler: async (argv) => {
      const result = await build({ config: argv.config as string | undefined, overrides: overridesFrom(argv) });
      printSummary(result, { json: !!argv.json, quiet: !!argv.quiet });
      setCode(result.exitCode);
    },
  };
}
