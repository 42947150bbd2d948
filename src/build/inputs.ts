import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatOfPath } from '../read/index.js';

export interface InputFile {
  /** Absolute path. */
  file: string;
  /** Relative to the input folder, forward slashes: the name used in the model and diagnostics. */
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * Every readable input under `dir`, sorted by path so builds are deterministic. Hidden files and
 * folders (.git, .DS_Store) are skipped; files of unknown formats are returned in `ignored`.
 */
export function listInputs(dir: string): { inputs: InputFile[]; ignored: string[] } {
  const inputs: InputFile[] = [];
  const ignored: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const file = join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) {
        const path = relative(dir, file).split(sep).join('/');
        if (!formatOfPath(path)) {
          ignored.push(path);
          continue;
        }
        const st = statSync(file);
        inputs.push({ file, path, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  walk(dir);
  return { inputs, ignored };
}
