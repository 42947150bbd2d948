import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeStaleTempFiles, writeFileAtomic, writeFileIfChanged } from '../../src/build/atomic.js';
import { workspace } from './_workspace.js';

let ws: ReturnType<typeof workspace>;
beforeAll(() => {
  ws = workspace('atomic');
});
afterAll(() => ws.remove());

/** The pid of a process that has exited (and been reaped): what a build killed with kill -9 leaves in temp names. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('close', () => resolve(child.pid!));
  });
}

describe('writeFileAtomic', () => {
  it('replaces a file whole, leaving no temporary file', () => {
    const file = join(ws.output, '北辰区.pdf');
    writeFileAtomic(file, 'old');
    writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(ws.output)).toEqual(['北辰区.pdf']);
  });

  it('leaves the previous version and no temporary file when the write fails', () => {
    const dir = join(ws.dir, 'blocked');
    mkdirSync(join(dir, 'report.docx'), { recursive: true }); // a folder where the file should go: rename fails
    expect(() => writeFileAtomic(join(dir, 'report.docx'), 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['report.docx']);
  });
});

describe('writeFileIfChanged', () => {
  // A piece the size of the writer's batch, so that a change can fall in a later batch.
  const long = '区'.repeat(1 << 20);
  const pieces = (last: string) => () => ['{"a":', JSON.stringify(long), ',"b":"', last, '"}'];

  it('leaves a file that holds the same bytes untouched, and rewrites it when any byte, its end included, differs', () => {
    const file = join(ws.output, 'briefing.json');
    expect(writeFileIfChanged(file, pieces('蓟州区'))).toBe(true);
    const old = new Date('2024-01-01T00:00:00Z');
    utimesSync(file, old, old);
    expect(writeFileIfChanged(file, pieces('蓟州区'))).toBe(false);
    expect(statSync(file).mtime.getTime()).toBe(old.getTime()); // an unchanged build writes nothing

    for (const last of ['蓟州县', '蓟州', '蓟州区区', '']) {
      expect(writeFileIfChanged(file, pieces(last))).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(pieces(last)().join(''));
    }
    expect(readdirSync(ws.output).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes bytes and text pieces in their order', () => {
    const file = join(ws.output, 'mixed.bin');
    expect(writeFileIfChanged(file, () => ['a', new Uint8Array([0x62]), 'c'])).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('abc');
    expect(writeFileIfChanged(file, () => ['ab', 'c'])).toBe(false);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes what killed builds left, in sub-folders too, and keeps the files of a running build and everything else', async () => {
    const dir = join(ws.dir, 'stale');
    mkdirSync(join(dir, 'previews'), { recursive: true });
    const dead = await deadPid();
    const running = spawn('sleep', ['30']);
    const keep = ['北辰区.pdf', '.jianbao-manifest.json', 'notes.tmp', `.北辰区.docx.${running.pid}.tmp`, '.hidden.tmp'];
    const stale = [`.北辰区.pdf.${dead}.tmp`, `.jianbao-manifest.json.${dead}.tmp`, `previews/.东丽区.png.${dead}.tmp`];
    for (const name of [...keep, ...stale]) writeFileSync(join(dir, name), 'x');
    try {
      expect(removeStaleTempFiles(dir).map((p) => p.slice(dir.length + 1)).sort()).toEqual([...stale].sort());
      for (const name of keep) expect(existsSync(join(dir, name)), name).toBe(true);
      for (const name of stale) expect(existsSync(join(dir, name)), name).toBe(false);
    } finally {
      running.kill();
    }
  });

  it('does nothing for an output folder that does not exist yet', () => {
    expect(removeStaleTempFiles(join(ws.dir, 'nowhere'))).toEqual([]);
  });
});
