import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './ids.js';

/** Hash of every file under the given folders (name and content), in a stable order. */
export function hashTree(dirs: string[]): string {
  const parts: string[] = [];
  const walk = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${name}/`);
      else parts.push(`${prefix}${name}:${sha256(readFileSync(p))}`);
    }
  };
  for (const d of dirs) walk(d, `${d}::`);
  return sha256(parts.join('\n'));
}
