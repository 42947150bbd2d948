import * as OpenCC from 'opencc-js';

/**
 * Which characters opencc's traditional → mainland conversion (`{ from: 't', to: 'cn' }`, its
 * `t2s` preset) can change. Most articles hold none of them, and then the conversion, which looks
 * up every position of the text in its dictionaries, is known to give the text back unchanged.
 *
 * Why that is exact: the converter only ever replaces a dictionary key found in the text by that
 * key's value. A key whose value differs has a character that differs (or is of another length,
 * and then all its characters count); a text without any such character matches only keys that
 * map to themselves, at every step of the chain, so nothing in it changes.
 */
type DictLike = string | readonly (readonly [string, string])[];
type DictGroup = readonly DictLike[];

// Per BMP code unit: 1 when the conversion may change it. Astral code points in a set.
let bmp: Uint8Array | null = null;
let astral: Set<number> | null = null;

/** False only when `toSimplified(text)` is certainly `text`. */
export function mayChangeToSimplified(text: string): boolean {
  if (!bmp) build();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (bmp![c] === 1) return true;
    if (c >= 0xd800 && c <= 0xdbff && astral!.has(text.codePointAt(i)!)) return true;
  }
  return false;
}

function build(): void {
  bmp = new Uint8Array(0x10000);
  astral = new Set();
  const preset = (OpenCC.Locale.configs as Record<string, { normalizationChain?: readonly DictGroup[]; conversionChain?: readonly DictGroup[] }>).t2s;
  if (!preset?.conversionChain) {
    // Not the shape this was written against: every character may change, so the converter always runs.
    bmp.fill(1);
    return;
  }
  for (const group of [...(preset.normalizationChain ?? []), ...preset.conversionChain]) for (const dict of group) addDict(dict);
}

function addDict(dict: DictLike): void {
  if (typeof dict !== 'string') {
    for (const [key, value] of dict) addPair(key, value);
    return;
  }
  // As opencc-js reads a dictionary string: `key value|key value`, the first value counting.
  for (const entry of dict.split('|')) {
    const [key, value] = entry.split(' ');
    if (key !== undefined && value !== undefined) addPair(key, value);
  }
}

function addPair(key: string, value: string): void {
  if (key === value) return;
  const from = [...key];
  const to = [...value];
  for (let j = 0; j < from.length; j++) if (from.length !== to.length || from[j] !== to[j]) mark(from[j]!);
}

function mark(ch: string): void {
  const cp = ch.codePointAt(0)!;
  if (cp > 0xffff) astral!.add(cp);
  else bmp![cp] = 1;
}
