import { watch, type FSWatcher } from 'chokidar';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { build, type BuildOptions, type BuildResult } from './build.js';
import { CONFIG_FILE_NAMES, loadConfig } from './config.js';

export type WatchOutcome = { result: BuildResult } | { error: unknown };

export interface WatchOptions extends BuildOptions {
  /** Quiet time after the last change before rebuilding, so a save of ten files is one rebuild. */
  debounceMs?: number;
  /** Before each build, with the files that changed (empty for the first build). */
  onStart?: (changed: string[]) => void;
  /** After each build: its result, or the error that stopped it (a config or template error keeps watching). */
  onBuild: (outcome: WatchOutcome, changed: string[]) => void;
  /** The files and folders watched, each time they are set (the config may move them). */
  onWatching?: (paths: string[]) => void;
}

export interface Watcher {
  /** Stops watching; resolves once a build in progress has finished. */
  close(): Promise<void>;
}

/**
 * Builds, then rebuilds whenever an input, a template, a font or the config changes. The build is
 * incremental, so only reports whose content changed are rendered again. Builds never overlap:
 * changes during a build are collected and rebuilt once it has finished.
 */
export function watchBuild(options: WatchOptions): Watcher {
  const cwd = options.cwd ?? process.cwd();
  const debounceMs = options.debounceMs ?? 300;
  let watcher: FSWatcher | null = null;
  let watched: string[] = [];
  let output: string | null = null;
  let pending: string[] | null = null;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let closing = false;
  let ready: Promise<void> = Promise.resolve();

  const ignored = (path: string) => {
    if (watched.includes(path)) return false;
    const name = basename(path);
    // Editors' swap and backup files, hidden files, and the build's own output.
    return name.startsWith('.') || name.endsWith('~') || (output !== null && (path === output || path.startsWith(output + sep)));
  };

  const rewatch = () => {
    const next = watchedPaths(options, cwd);
    output = next.output;
    if (watcher && sameList(next.paths, watched)) return;
    const previous = watched;
    watched = next.paths;
    if (!watcher) {
      const created = watch(watched, { ignoreInitial: true, ignored }).on('all', (_event, path) => changed(path));
      watcher = created;
      ready = new Promise<void>((resolve) => created.once('ready', resolve)).then(() => settled(created, watched, ignored));
    } else {
      watcher.unwatch(previous.filter((p) => !watched.includes(p)));
      watcher.add(watched.filter((p) => !previous.includes(p)));
    }
    options.onWatching?.(watched);
  };

  let issue: number | null = null;
  const run = async (files: string[]) => {
    options.onStart?.(files);
    try {
      // Editing an article is preparing the same issue: 第N期 stays as the first build counted it.
      const result = await build(issue === null ? options : { ...options, overrides: { issue, ...options.overrides } });
      issue ??= result.config.issue === null ? result.briefing.issue : null;
      options.onBuild({ result }, files);
    } catch (error) {
      options.onBuild({ error }, files);
    }
    if (!closing) rewatch();
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running || closing || !pending) return;
      const files = pending;
      pending = null;
      track(run(files));
    }, debounceMs);
  };

  /** Builds never overlap: changes collected during one are built once it has finished. */
  const track = (building: Promise<void>) => {
    running = building.finally(() => {
      running = null;
      if (pending && !closing) schedule();
    });
  };

  const changed = (path: string) => {
    if (closing) return;
    pending = [...new Set([...(pending ?? []), path])];
    if (!running) schedule();
  };

  rewatch();
  // The first build waits for the watcher to be in place: a change saved during it is not missed.
  track(ready.then(() => run([])));

  return {
    async close() {
      closing = true;
      clearTimeout(timer);
      await watcher?.close();
      await running;
    },
  };
}

/** The input, templates and fonts folders and the config file; with a broken config, the config file alone. */
function watchedPaths(options: BuildOptions, cwd: string): { paths: string[]; output: string | null } {
  const configFiles = options.config ? [resolve(cwd, options.config)] : CONFIG_FILE_NAMES.map((n) => resolve(cwd, n));
  try {
    const { config, file } = loadConfig({ cwd, file: options.config, overrides: options.overrides });
    const folders = [config.input, config.templates, config.fonts].filter((p): p is string => p !== null);
    return { paths: [...new Set([...folders, ...(file ? [file] : configFiles)])], output: config.output };
  } catch {
    return { paths: configFiles, output: null };
  }
}

/**
 * chokidar 4 may say 'ready' before it has scanned every path when some do not exist (the config
 * files not written yet): wait until each existing folder's files are listed, for at most two seconds.
 */
async function settled(watcher: FSWatcher, paths: string[], ignored: (path: string) => boolean): Promise<void> {
  const folders = paths.filter((p) => existsSync(p) && statSync(p).isDirectory());
  const expected = folders.map((f) => [f, readdirSync(f).filter((name) => !ignored(join(f, name)))] as const);
  for (let waited = 0; waited < 2000; waited += 50) {
    const listed = watcher.getWatched();
    if (expected.every(([f, names]) => names.every((n) => listed[f]?.includes(n)))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
