import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';
import type { BuildEvent } from '../build.js';
import { BUILD_OPTIONS, INPUT_OPTIONS, OUTPUT_OPTIONS, RENDER_OPTIONS, inputFolderProblem, overridesFrom } from './options.js';
import { createProgress, progressMode } from './progress.js';
import { printSummary, type Outcome, type SummaryOptions } from './summary.js';

export function buildCommand(setCode: (c: number) => void): CommandModule {
  return {
    command: ['build', '$0'],
    describe: 'build the briefings of the input folder (the default command)',
    builder: (y) =>
      y
        .options({ ...INPUT_OPTIONS, ...RENDER_OPTIONS, ...BUILD_OPTIONS, ...OUTPUT_OPTIONS })
        .conflicts('quiet', 'verbose')
        .example('$0', 'build the briefings of ./input into ./output')
        .example('$0 build -i articles -o reports -d 北辰区', 'only the 北辰区 briefing')
        .example('$0 build --format pdf --issue 12', 'PDF only, as 第12期')
        .example('$0 build --since 2024-03-01 --until 2024-03-31', 'the March briefing: articles dated in March')
        .example('$0 build --watch -t templates', 'rebuild on every save while editing templates')
        .example('$0 build --shard 1/2 -o part1', 'the first half of the districts (then: jianbao merge part1 part2 -o output)')
        .example('$0 build --json > summary.json', 'a machine-readable summary for scripts'),
    handler: async (argv) => {
      const { loadConfig } = await import('../config.js');
      const file = argv.config as string | undefined;
      const overrides = overridesFrom(argv);
      // The config may set quiet or verbose too; flags override it.
      const { config } = loadConfig({ file, overrides });
      const problem = inputFolderProblem(config.input, 'put the articles there, set input in the config, or start with jianbao init');
      if (problem) throw new UsageError(problem);
      const show: SummaryOptions = { json: !!argv.json, quiet: config.quiet, verbose: config.verbose };
      if (argv.watch) {
        const { runWatch } = await import('./watch.js');
        setCode(await runWatch({ config: file, overrides, show }));
        return;
      }
      const { build } = await import('../build.js');
      setCode(await runWithProgress(show, (onEvent) => build({ config: file, overrides, onEvent })));
    },
  };
}

/** One build or merge with progress on stderr and the closing summary; returns the exit code. */
export async function runWithProgress(show: SummaryOptions, run: (onEvent: (e: BuildEvent) => void) => Promise<Outcome>): Promise<number> {
  const progress = createProgress(progressMode({ quiet: show.quiet, stream: process.stderr, env: process.env }), process.stderr, show);
  try {
    const result = await run((e) => progress.onEvent(e));
    progress.stop();
    printSummary(result, show);
    return result.exitCode;
  } finally {
    progress.stop();
  }
}
