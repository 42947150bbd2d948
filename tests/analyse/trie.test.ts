import { describe, expect, it } from 'vitest';
import { NameTrie } from '../../src/analyse/_trie.js';

function trieOf(names: string[]): NameTrie<string> {
  const trie = new NameTrie<string>();
  for (const name of names) trie.insert(name, name);
  return trie;
}

function matches(trie: NameTrie<string>, text: string, start: number): [number, readonly string[]][] {
  const out: [number, readonly string[]][] = [];
  trie.matchesAt(text, start, (end, values) => out.push([end, values]));
  return out;
}

describe('NameTrie', () => {
  it('finds every name that starts at a position, shortest first', () => {
    const trie = trieOf(['北辰', '北辰区', '北京', '天津']);
    expect(matches(trie, '天津北辰区小淀镇', 2)).toEqual([
      [4, ['北辰']],
      [5, ['北辰区']],
    ]);
    expect(matches(trie, '天津北辰区小淀镇', 1)).toEqual([]);
    expect(matches(trie, '北', 0)).toEqual([]);
  });

  it('keeps every value stored under a name, in order', () => {
    const trie = new NameTrie<number>();
    trie.insert('和平区', 1);
    trie.insert('和平区', 2);
    expect(trie.get('和平区')).toEqual([1, 2]);
    expect(trie.get('和平')).toEqual([]);
    expect(trie.size).toBe(1);
  });

  it('finds one-character names too', () => {
    const trie = trieOf(['县', '县城']);
    expect(matches(trie, '新县城', 1).map(([end]) => end)).toEqual([2, 3]);
    // No longer name goes on from here (县里), or the text ends: the one-character name still counts.
    expect(matches(trie, '新县里', 1)).toEqual([[2, ['县']]]);
    expect(matches(trie, '新县', 1)).toEqual([[2, ['县']]]);
  });

  it('holds many names (the edge table grows), finds each in a text, and lists them depth first, children in insertion order', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `镇${String.fromCharCode(0x4e00 + (i % 700))}${String.fromCharCode(0x4e00 + Math.floor(i / 700))}`);
    const trie = trieOf(names);
    for (const name of names) {
      expect(trie.get(name)).toEqual([name]);
      expect(matches(trie, `在${name}举行`, 1)).toEqual([[4, [name]]]);
    }
    expect(new Set(trie.names())).toEqual(new Set(names));
    expect(trieOf(['乙甲', '甲乙', '甲']).names()).toEqual(['乙甲', '甲', '甲乙']);
  });
});
