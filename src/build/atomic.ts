import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.NAME.PID.tmp`: hidden, and naming the process that writes it, so a later build can tell it is stale. */
const TEMP_NAME = /^\..+\.(\d+)\.tmp$/;

/** Temporary files this process is writing right now; an interrupted build removes them on its way out. */
const inFlight = new Set<string>();

/**
 * Writes a file under a temporary name in the same folder, flushes it, then renames it into place:
 * a build killed at any moment leaves the previous version or the new one, never half a file.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  inFlight.add(tmp);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true }); // a full disk or a locked file must not leave the temporary behind
    throw e;
  } finally {
    inFlight.delete(tmp);
  }
}

/** writeFileAtomic, unless the file already holds these bytes (an unchanged build writes nothing). Returns whether it wrote. */
export function writeFileIfChanged(path: string, data: Uint8Array | string): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (existsSync(path) && readFileSync(path).equals(bytes)) return false;
  writeFileAtomic(path, bytes);
  return true;
}

/** Removes the temporary files this process has not yet renamed (for a SIGINT/SIGTERM handler). */
export function removeTempFiles(): void {
  for (const tmp of inFlight) rmSync(tmp, { force: true });
  inFlight.clear();
}

/**
 * Removes temporary files left in `dir` (and its sub-folders) by builds that were killed, by a
 * signal or kill -9, before they could rename them. Files of a process still running are kept.
 * Returns the paths removed.
 */
export function removeStaleTempFiles(dir: string): string[] {
  const removed: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return removed; // no output folder yet: nothing to clean
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removed.push(...removeStaleTempFiles(path));
    const pid = entry.isFile() ? TEMP_NAME.exec(entry.name)?.[1] : undefined;
    if (pid === undefined || inFlight.has(path)) continue;
    if (Number(pid) !== process.pid && isRunning(Number(pid))) continue;
    rmSync(path, { force: true });
    removed.push(path);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // it exists, under another user
  }
}
