import { JianbaoError } from '../errors.js';

/** Prints an error that stopped a command, located where it can be (file:line:column), and returns its exit code. */
export function reportError(e: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (e instanceof JianbaoError) {
    stderr.write(`jianbao: ${e.located}\n`);
    if ('problems' in e && Array.isArray(e.problems)) {
      for (const p of e.problems as { file: string; line: number; column: number; code: string; message: string }[]) {
        stderr.write(`  ${p.file}:${p.line}:${p.column}: ${p.code} ${p.message}\n`);
      }
    }
    return e.exitCode;
  }
  stderr.write(`jianbao: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
  return 2;
}
