#!/usr/bin/env node
import './jit.js';
import { removeTempFiles } from '../build/atomic.js';
import { runCli } from './cli.js';

// Ctrl-C or a CI job's SIGTERM stops the build at once: files already renamed into place are whole,
// the rest keep their previous version, and no temporary file is left (exit code 128 + signal).
// A command that handles the signal itself (--watch) is left to do so.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) > 1) return;
    removeTempFiles();
    process.stderr.write(`\njianbao: interrupted by ${signal}; written files are complete, the others keep their previous version\n`);
    process.exit(code);
  });
}

// The CLI sets process.exitCode and lets Node finish writing; it never calls process.exit() (but for a signal, above).
process.exitCode = await runCli(process.argv.slice(2));
