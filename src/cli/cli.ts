import yargs, { type Argv } from 'yargs';
import { JianbaoError } from '../errors.js';
import { buildCommand } from './build.js';
import { parseCommand } from './parse.js';
import { templatesCommand } from './templates.js';

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
    .command(templatesCommand(setCode))
    .demandCommand(0)
    .strict()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((msg, err) => {
      if (err) throw err;
      process.stderr.write(`jianbao: ${msg}\nRun jianbao --help for usage.\n`);
      setCode(2);
    });
  try {
    await cli.parseAsync();
  } catch (e) {
    if (e instanceof JianbaoError) {
      process.stderr.write(`jianbao: ${e.located}\n`);
      if ('problems' in e && Array.isArray(e.problems)) {
        for (const p of e.problems as { file: string; line: number; column: number; code: string; message: string }[]) {
          process.stderr.write(`  ${p.file}:${p.line}:${p.column}: ${p.code} ${p.message}\n`);
        }
      }
      return e.exitCode;
    }
    process.stderr.write(`jianbao: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
  return code;
}
