import yargs, { type Argv } from 'yargs';
import { closestMatch } from '../config/suggest.js';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { buildCommand } from './build.js';
import { districtsCommand } from './districts.js';
import { reportError } from './errors.js';
import { initCommand } from './init.js';
import { mergeCommand } from './merge.js';
import { knownFlags } from './options.js';
import { parseCommand } from './parse.js';
import { templatesCommand } from './templates.js';

const COMMANDS = ['build', 'parse', 'init', 'templates', 'districts', 'merge'];

/** Parses argv and runs one command; returns the exit code (0 built, 1 partly, 2 nothing built). */
export async function runCli(argv: string[]): Promise<number> {
  let code = 0;
  const setCode = (c: number) => {
    code = c;
  };
  const cli: Argv = yargs(argv)
    .scriptName('jianbao')
    .usage('$0 <command> [options]\n\nChinese regional news articles in, one 简报 per district out, as PDF and Word.')
    .command(buildCommand(setCode))
    .command(parseCommand(setCode))
    .command(initCommand(setCode))
    .command(templatesCommand(setCode))
    .command(districtsCommand(setCode))
    .command(mergeCommand(setCode))
    .example('$0 init 简报 && cd 简报 && $0', 'a starter folder, then its briefings in ./output')
    .example('$0 build -i articles -o reports', 'build the briefings of ./articles into ./reports')
    .example('$0 parse > model.json', 'the briefing model (articles, districts, figures) as JSON')
    .example('$0 templates check -t templates', 'check customised templates')
    .example('$0 districts 小淀镇', 'which district a place belongs to: 天津市 北辰区 小淀镇')
    .example('$0 merge part1 part2 -o output', 'join the output of sharded builds')
    .epilogue('Exit codes: 0 built; 1 built, but some inputs or districts failed; 2 nothing built (usage, configuration or template error).\nRun jianbao <command> --help for the options of a command.')
    .demandCommand(0)
    .strict()
    .help()
    .alias('h', 'help')
    .version(VERSION)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .fail((msg, err) => {
      // Throwing stops yargs here: the command's handler must not run after a usage error.
      throw err ?? new UsageError(`${msg}${suggestion(msg)}\nRun jianbao --help for usage.`);
    });
  try {
    await cli.parseAsync();
  } catch (e) {
    return reportError(e);
  }
  return code;
}

/** "Unknown argument: frce" → " (did you mean --force?)": a typo is the usual cause. */
function suggestion(msg: string): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(msg)?.[1];
  if (!unknown) return '';
  const words = unknown.split(', ');
  const hints = words.flatMap((word) => {
    const flag = closestMatch(word, knownFlags());
    const guess = flag ? `--${flag}` : closestMatch(word, COMMANDS);
    if (!guess) return [];
    return [words.length > 1 ? `${guess} for ${word}` : guess];
  });
  return hints.length > 0 ? ` (did you mean ${hints.join(', ')}?)` : '';
}
