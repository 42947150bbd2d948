import type { TaggedWord } from '../analyse/_jieba.js';

/**
 * Tags as they travel from the tagger process through the main thread to a worker: per text, its
 * words joined by NUL and its tags by spaces, two strings instead of an object per word. The tags
 * cross two message boundaries, and each object there is copied twice; receiving them was some 5%
 * of a parsing thread's time. A text whose words hold a NUL (normalised text never does) travels
 * as objects.
 */
export type WireTags = { words: string; tags: string } | TaggedWord[];

const WORD_BREAK = '\u0000';

export function encodeTags(words: TaggedWord[]): WireTags {
  if (words.some((w) => w.word.includes(WORD_BREAK) || w.tag.includes(' ') || w.word === '')) return words;
  return { words: words.map((w) => w.word).join(WORD_BREAK), tags: words.map((w) => w.tag).join(' ') };
}

export function decodeTags(wire: WireTags): TaggedWord[] {
  if (Array.isArray(wire)) return wire;
  if (wire.words === '') return [];
  const words = wire.words.split(WORD_BREAK);
  const tags = wire.tags.split(' ');
  return words.map((word, i) => ({ word, tag: tags[i]! }));
}
