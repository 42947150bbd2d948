import cliProgress from 'cli-progress';
import type { BuildEvent } from '../build.js';

export type ProgressMode = 'bar' | 'lines' | 'off';

export interface Progress {
  onEvent(event: BuildEvent): void;
  /** Ends a bar still drawn, so the summary starts on a clean line. */
  stop(): void;
}

/** A bar on a terminal; plain lines in CI logs and pipes; nothing when quiet. */
export function progressMode(options: { quiet: boolean; stream: { isTTY?: boolean }; env: NodeJS.ProcessEnv }): ProgressMode {
  if (options.quiet) return 'off';
  return options.stream.isTTY && !options.env.CI ? 'bar' : 'lines';
}

export function createProgress(mode: ProgressMode, stream: NodeJS.WritableStream, options: { verbose?: boolean } = {}): Progress {
  if (mode === 'off') return { onEvent: () => {}, stop: () => {} };
  return mode === 'bar' ? barProgress(stream as NodeJS.WriteStream) : lineProgress(stream, options.verbose ?? false);
}

interface Counts {
  written: number;
  skipped: number;
  failed: number;
}

const countsText = (c: Counts) => `${c.written} written · ${c.skipped} unchanged${c.failed ? ` · ${c.failed} failed` : ''}`;

function barProgress(stream: NodeJS.WriteStream): Progress {
  let bar: cliProgress.SingleBar | null = null;
  let counts: Counts = { written: 0, skipped: 0, failed: 0 };
  const start = (stage: string, total: number, detail: string) => {
    bar?.stop();
    bar = new cliProgress.SingleBar(
      { stream, format: ' {stage} {bar} {counts} {detail}', barsize: 24, hideCursor: true, clearOnComplete: false, linewrap: false },
      cliProgress.Presets.shades_classic,
    );
    // The parse stage has no count yet: its bar fills when the articles are in.
    bar.start(Math.max(total, 1), 0, { stage: stage.padEnd(6), detail, counts: total > 0 ? `0/${total}` : '' });
  };
  return {
    onEvent(e) {
      if (e.type === 'stage' && e.stage === 'parse') start('parse', e.total, 'reading and analysing the articles…');
      else if (e.type === 'parsed') {
        bar?.setTotal(1);
        bar?.update(1, { detail: `${e.articles} articles in ${e.districts} districts` });
      } else if (e.type === 'stage' && e.stage === 'render') {
        counts = { written: 0, skipped: 0, failed: 0 };
        start('render', e.total, countsText(counts));
      } else if (e.type === 'report') {
        counts[e.status]++;
        const done = counts.written + counts.skipped + counts.failed;
        bar?.increment(1, { detail: `${countsText(counts)} · ${e.slug}`, counts: `${done}/${bar.getTotal()}` });
      }
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

function lineProgress(stream: NodeJS.WritableStream, verbose: boolean): Progress {
  const say = (s: string) => stream.write(s + '\n');
  let total = 0;
  let done = 0;
  let counts: Counts = { written: 0, skipped: 0, failed: 0 };
  let started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return {
    onEvent(e) {
      if (e.type === 'stage' && e.stage === 'parse') {
        started = performance.now();
        say('parse: reading and analysing the articles…');
      } else if (e.type === 'parsed') say(`parse: ${e.articles} articles in ${e.districts} districts (${seconds()})`);
      else if (e.type === 'stage' && e.stage === 'render') {
        [total, done, counts, started] = [e.total, 0, { written: 0, skipped: 0, failed: 0 }, performance.now()];
        say(`render: ${total} report${total === 1 ? '' : 's'}`);
      } else if (e.type === 'report') {
        done++;
        counts[e.status]++;
        // A CI log wants a heartbeat, not 2,800 lines: each report when few, else every tenth of the way.
        const step = Math.max(1, Math.ceil(total / 10));
        if (verbose || total <= 20) say(`render ${done}/${total}: ${e.slug} ${e.status === 'skipped' ? 'unchanged' : e.status}`);
        else if (done % step === 0 || done === total) say(`render ${done}/${total}: ${countsText(counts)} (${seconds()})`);
      }
    },
    stop() {},
  };
}
