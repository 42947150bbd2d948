import * as OpenCC from 'opencc-js';

// Traditional (any variant) → mainland simplified, phrase-aware (計畫 → 计划).
let toHans: ((s: string) => string) | null = null;

// Bylines and names ask for the same few short strings again and again (记者 王某, per article).
const shortForms = new Map<string, string>();

/** The text in simplified characters; the article's own text is never changed. */
export function toSimplified(text: string): string {
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
  let han = 0;
  let changed = 0;
  const a = [...text];
  const b = [...simplified];
  if (a.length !== b.length) return 'zh-Hans';
  for (let i = 0; i < a.length; i++) {
    if (!/\p{Script=Han}/u.test(a[i]!)) continue;
    han++;
    if (a[i] !== b[i]) changed++;
  }
  return han > 0 && changed / han > 0.05 ? 'zh-Hant' : 'zh-Hans';
}
