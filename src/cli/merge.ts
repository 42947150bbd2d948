import type { CommandModule } from 'yargs';
import { OUTPUT_OPTIONS, RENDER_OPTIONS, overridesFrom } from './options.js';
import { runWithProgress } from './build.js';

export function mergeCommand(setCode: (c: number) => void): CommandModule {
  return {
    command: 'merge <dirs..>',
    describe: 'join the output folders of build --shard K/N into one, and render the overview',
    builder: (y) =>
      y
        .positional('dirs', { type: 'string', array: true, describe: 'the shards\' output folders' })
        .option('config', { alias: 'c', type: 'string', describe: 'config file (default: jianbao.config.json or .yaml in the working folder)' })
        .options({ ...RENDER_OPTIONS, ...OUTPUT_OPTIONS })
        .conflicts('quiet', 'verbose')
        .example('$0 merge part1 part2 -o output', 'the briefings of two shards, with the overview, in ./output')
        .example('$0 build --shard 1/2 -o part1 && $0 build --shard 2/2 -o part2', 'how the shards are built (in CI: one matrix job each)'),
    handler: async (argv) => {
      const [{ mergeShards }, { loadConfig }] = await Promise.all([import('../merge.js'), import('../config.js')]);
      const file = argv.config as string | undefined;
      const overrides = overridesFrom(argv);
      const { config } = loadConfig({ file, overrides });
      const show = { json: !!argv.json, quiet: config.quiet, verbose: config.verbose };
      const shards = (argv.dirs as string[]).map(String);
      setCode(await runWithProgress(show, (onEvent) => mergeShards({ shards, config: file, overrides, onEvent })));
    },
  };
}
