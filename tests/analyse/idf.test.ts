import { describe, expect, it } from 'vitest';
import { IdfTable } from '../../src/analyse/_idf.js';

describe('IdfTable', () => {
  it('reads `word value` lines as a Map of them would: the later of two lines stands, lines without a word are skipped', () => {
    const table = new IdfTable('劳动防护 13.900677652\n北辰 9.5\n 7\nnoval\n北辰 8.25\n一 2e1\n\n');
    expect(table.get('劳动防护')).toBe(13.900677652);
    expect(table.get('北辰')).toBe(8.25);
    expect(table.get('一')).toBe(20);
    expect(table.get('劳动')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
    expect(table.size).toBe(3);
    // Every line's value counts towards the sum, the replaced one too.
    expect(table.sum).toBe(13.900677652 + 9.5 + 8.25 + 20);
  });
});
