import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { writeFileAtomic } from './build/atomic.js';
import { CONFIG_FILE_NAMES } from './config.js';
import { UsageError } from './errors.js';
import { STARTER_CONFIG } from './init/_config.js';
import { STARTER_README } from './init/_readme.js';
import { SAMPLE_ARTICLE, SAMPLE_ARTICLE_NAME } from './init/_sample.js';
import { BUILTIN_TEMPLATES_DIR } from './render/templates.js';

export interface StarterFile {
  /** Relative to the starter folder, forward slashes. */
  path: string;
  content: string | Uint8Array;
}

export interface InitResult {
  /** The starter folder, absolute. */
  dir: string;
  /** Files written, relative to it. */
  written: string[];
}

/** What `jianbao init` writes: the commented config, copies of the default templates, a sample article, a README. */
export function starterFiles(): StarterFile[] {
  return [
    { path: 'jianbao.config.yaml', content: STARTER_CONFIG },
    { path: 'README.md', content: STARTER_README },
    { path: '.gitignore', content: 'output/\n' },
    { path: `input/${SAMPLE_ARTICLE_NAME}`, content: SAMPLE_ARTICLE },
    ...filesUnder(BUILTIN_TEMPLATES_DIR).map((p) => ({ path: `templates/${p}`, content: readFileSync(join(BUILTIN_TEMPLATES_DIR, p)) })),
  ];
}

/**
 * Writes the starter folder into `dir` (created if needed). Refuses, writing nothing, when any of its
 * files (or another config file) already exists, unless `force`, which overwrites them.
 */
export function initProject(dir: string, options: { force?: boolean } = {}): InitResult {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(`${root} is a file, not a folder`);
  // A folder that already holds articles keeps them to itself: no sample among them.
  const hasArticles = existsSync(join(root, 'input')) && readdirSync(join(root, 'input')).some((n) => !n.startsWith('.'));
  const files = starterFiles().filter((f) => !(hasArticles && f.path.startsWith('input/')));
  if (!options.force) {
    const taken = [...files.map((f) => f.path), ...CONFIG_FILE_NAMES].filter((p) => existsSync(join(root, p)));
    if (taken.length > 0) {
      const shown = taken.slice(0, 5).join(', ') + (taken.length > 5 ? ` and ${taken.length - 5} more` : '');
      throw new UsageError(`${root} already has ${shown}; nothing was written. Run jianbao init --force to overwrite, or choose another folder.`);
    }
  }
  for (const f of files) writeFileAtomic(join(root, f.path), f.content);
  return { dir: root, written: files.map((f) => f.path) };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}
