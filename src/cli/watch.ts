import { removeTempFiles } from '../build/atomic.js';
import type { ConfigInput } from '../config.js';
import { reportError } from './errors.js';
import { createProgress, progressMode, type Progress } from './progress.js';
import { printSummary, type SummaryOptions } from './summary.js';

/**
 * --watch: build, then rebuild on every change until Ctrl-C (or SIGTERM). A second Ctrl-C while a
 * build is still finishing ends the process at once (outputs are written atomically, so that is
 * safe). Returns the exit code of the last build.
 */
export async function runWatch(options: { config: string | undefined; overrides: ConfigInput; show: SummaryOptions }): Promise<number> {
  const { watchBuild } = await import('../watch.js');
  const { show } = options;
  const say = (s: string) => {
    if (!show.quiet) process.stderr.write(s + '\n');
  };
  let last = 0;
  let progress: Progress | null = null;
  const watcher = watchBuild({
    config: options.config,
    overrides: options.overrides,
    onStart: (changed) => {
      if (changed.length > 0) say(`changed: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}; rebuilding`);
      progress = createProgress(progressMode({ quiet: show.quiet, stream: process.stderr, env: process.env }), process.stderr, show);
    },
    onEvent: (e) => progress?.onEvent(e),
    onBuild: (outcome) => {
      progress?.stop();
      if ('result' in outcome) {
        printSummary(outcome.result, { ...show, jsonLines: true });
        last = outcome.result.exitCode;
      } else last = reportError(outcome.error);
      say('watching for changes (Ctrl-C to stop)');
    },
    onWatching: (paths) => {
      if (show.verbose) say(`watching ${paths.join(', ')}`);
    },
  });
  let stopping = false;
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        removeTempFiles();
        process.stderr.write(`\njianbao: stopped by ${signal}; written files are complete, the others keep their previous version\n`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      }
      stopping = true;
      say('stopping (after the build in progress, if any; Ctrl-C again stops at once)');
      void watcher.close().then(() => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return last;
}
