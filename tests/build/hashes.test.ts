import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTreeBySample } from '../../src/build/hashes.js';

// The fonts part of a report's render key: a changed font re-renders, a fresh checkout does not.
describe('the hash of a font folder', () => {
  const folder = (bytes: Buffer) => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-hash-'));
    writeFileSync(join(dir, 'Face.ttf'), bytes);
    return dir;
  };
  const font = Buffer.alloc(300_000, 7);

  it('is the same for the same files with another modification time', () => {
    const dir = folder(font);
    utimesSync(join(dir, 'Face.ttf'), new Date(0), new Date(0));
    const before = hashTreeBySample([dir]);
    utimesSync(join(dir, 'Face.ttf'), new Date(), new Date());
    expect(hashTreeBySample([dir])).toBe(before);
  });

  it('changes when a font changes at either end, or in size', () => {
    const dir = folder(font);
    const before = hashTreeBySample([dir]);
    const edited = (at: number) => {
      const copy = Buffer.from(font);
      copy[at] = 9;
      writeFileSync(join(dir, 'Face.ttf'), copy);
      return hashTreeBySample([dir]);
    };
    expect(edited(10)).not.toBe(before);
    expect(edited(font.length - 10)).not.toBe(before);
    writeFileSync(join(dir, 'Face.ttf'), font.subarray(1));
    expect(hashTreeBySample([dir])).not.toBe(before);
  });
});
