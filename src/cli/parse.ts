import { writeFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';
import { INPUT_OPTIONS, inputFolderProblem, overridesFrom } from './options.js';
import { diagnosticLine } from './summary.js';

export function parseCommand(setCode: (c: number) => void): CommandModule {
  return {
    command: 'parse',
    describe: 'read, segment and analyse the input; print the briefing model as JSON',
    builder: (y) =>
      y
        .options(INPUT_OPTIONS)
        .option('out', { type: 'string', default: '-', describe: 'file to write, or - for stdout' })
        .option('issue', { type: 'number', describe: '第N期 recorded in the model (default: 1)' })
        .option('quiet', { alias: 'q', type: 'boolean', describe: 'print nothing on stderr but errors' })
        .example('$0 parse > model.json', 'the model of ./input, for a look at what the analysis found')
        .example('$0 parse -i input --out model.json', 'the same, written to a file')
        .example("$0 parse | jq '.districts[].name'", 'the districts the articles were attributed to'),
    handler: async (argv) => {
      const [{ parse }, { loadConfig }] = await Promise.all([import('../api.js'), import('../config.js')]);
      const options = { config: argv.config as string | undefined, overrides: overridesFrom(argv) };
      const { config } = loadConfig({ file: options.config, overrides: options.overrides });
      const problem = inputFolderProblem(config.input, 'put the articles there, or set input in the config');
      if (problem) throw new UsageError(problem);
      const briefing = await parse(options);
      const json = JSON.stringify(briefing, null, 2) + '\n';
      if (argv.out === '-') process.stdout.write(json);
      else writeFileSync(String(argv.out), json);
      const errors = briefing.diagnostics.filter((d) => d.level === 'error');
      for (const d of errors) process.stderr.write(diagnosticLine(d) + '\n');
      if (!argv.quiet) {
        const warnings = briefing.diagnostics.filter((d) => d.level === 'warning').length;
        const to = argv.out === '-' ? 'stdout' : String(argv.out);
        process.stderr.write(`${briefing.articles.length} articles in ${briefing.districts.length} districts · ${errors.length} errors, ${warnings} warnings → ${to}\n`);
      }
      setCode(errors.length > 0 ? 1 : 0);
    },
  };
}
