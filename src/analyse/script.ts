import * as OpenCC from 'opencc-js';
import { charTest, codePointCount } from './_chars.js';
import { mayChangeToSimplified } from './_t2s.js';

// Traditional (any variant) → mainland simplified, phrase-aware (計畫 → 计划).
let toHans: ((s: string) => string) | null = null;

// Bylines and names ask for the same few short strings again and again (记者 王某, per article).
const shortForms = new Map<string, string>();

/** The text in simplified characters; the article's own text is never changed. */
export function toSimplified(text: string): string {
  if (!mayChangeToSimplified(text)) return text;
  const convert = (toHans ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  if (text.length > 16) return convert(text);
  const known = shortForms.get(text);
  if (known !== undefined) return known;
  const out: string = convert(text);
  if (shortForms.size >= 10_000) shortForms.clear();
  shortForms.set(text, out);
  return out;
}

/**
 * zh-Hant when enough of the Han characters change under conversion to simplified form.
 * A few traditional forms (names, quoted titles) in a simplified article do not count.
 */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  const simplified = toSimplified(text);
  // Nothing changed: no character to count as traditional.
  if (simplified === text) return 'zh-Hans';
  // Compared character by character (code points), so the two must have as many.
  if (codePointCount(text) !== codePointCount(simplified)) return 'zh-Hans';
  let han = 0;
  let changed = 0;
  for (let i = 0, j = 0; i < text.length; ) {
    const a = text.codePointAt(i)!;
    const b = simplified.codePointAt(j)!;
    i += a > 0xffff ? 2 : 1;
    j += b > 0xffff ? 2 : 1;
    if (!isHan(a)) continue;
    han++;
    if (a !== b) changed++;
  }
  return han > 0 && changed / han > 0.05 ? 'zh-Hant' : 'zh-Hans';
}

const HAN = /\p{Script=Han}/u;
const isHanUnit = charTest(HAN);

function isHan(cp: number): boolean {
  return cp > 0xffff ? HAN.test(String.fromCodePoint(cp)) : isHanUnit(cp);
}
