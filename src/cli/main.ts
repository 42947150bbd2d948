#!/usr/bin/env node
import { runCli } from './cli.js';

// The CLI sets process.exitCode and lets Node finish writing; it never calls process.exit().
process.exitCode = await runCli(process.argv.slice(2));
