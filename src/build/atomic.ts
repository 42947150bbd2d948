import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
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
  writePiecesAtomic(path, [data]);
}

/** writeFileAtomic for a text made piece by piece (see json-text.ts): no piece is kept once written. */
export function writePiecesAtomic(path: string, pieces: Iterable<Uint8Array | string>): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  inFlight.add(tmp);
  try {
    const fd = openSync(tmp, 'w');
    try {
      for (const buffer of inBuffers(pieces)) {
        for (let done = 0; done < buffer.length; ) done += writeSync(fd, buffer, done);
      }
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

/**
 * What a file is written from: its bytes or text, or a function giving its text piece by piece (see
 * json-text.ts), called once to compare with the file and again to write.
 */
export type FileContent = Uint8Array | string | (() => Iterable<Uint8Array | string>);

/** writeFileAtomic, unless the file already holds these bytes (an unchanged build writes nothing). Returns whether it wrote. */
export function writeFileIfChanged(path: string, content: FileContent): boolean {
  const pieces = typeof content === 'function' ? content : () => [content];
  if (holds(path, pieces())) return false;
  writePiecesAtomic(path, pieces());
  return true;
}

/** Whether the file at `path` is exactly these bytes; false when there is no such file. */
function holds(path: string, pieces: Iterable<Uint8Array | string>): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    let at = 0;
    let scratch = Buffer.alloc(0);
    for (const buffer of inBuffers(pieces)) {
      if (scratch.length < buffer.length) scratch = Buffer.alloc(buffer.length);
      const read = readSync(fd, scratch, 0, buffer.length, at);
      if (read !== buffer.length || !scratch.subarray(0, read).equals(buffer)) return false;
      at += read;
    }
    return fstatSync(fd).size === at;
  } finally {
    closeSync(fd);
  }
}

/**
 * The pieces' bytes in runs of up to a megabyte, one system call each. Text is encoded straight
 * into one reused buffer: a piece is garbage as soon as it is copied, never kept until a batch is
 * full (in a heap of a year's articles, kept pieces live long enough to cost full collections).
 * Each run is valid until the next is asked for.
 */
function* inBuffers(pieces: Iterable<Uint8Array | string>): Generator<Uint8Array> {
  const batch = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  for (const piece of pieces) {
    // At most 3 bytes of UTF-8 per UTF-16 code unit: whether the text fits is known without encoding it.
    const most = typeof piece === 'string' ? piece.length * 3 : piece.length;
    if (used > 0 && used + most > batch.length) {
      yield batch.subarray(0, used);
      used = 0;
    }
    if (most > batch.length) yield typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    else if (typeof piece === 'string') used += batch.write(piece, used, 'utf8');
    else used += Buffer.from(piece.buffer, piece.byteOffset, piece.length).copy(batch, used);
  }
  if (used > 0) yield batch.subarray(0, used);
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
