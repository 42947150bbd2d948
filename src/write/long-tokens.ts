/** A run of Latin letters, digits and joiners long enough to leave a justified line half empty. */
const LONG_TOKEN = /[A-Za-z0-9_.\-/]{16,}/g;

/** A joiner inside such a token with a letter or digit after it: a line may end after it. */
const JOINER = /[_.\-/](?=[A-Za-z0-9])/g;

/** Within such a token, 12 or more letters and digits mixed: a hash or a code, not a word or a number. */
const CODE_RUN = /(?<![A-Za-z0-9])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{12,}/g;

/**
 * Where a line may end inside a long file name, address or code of `text`: offsets (in UTF-16 units,
 * ascending) after which a break is allowed. Both writers use them. Otherwise Latin text breaks only at
 * spaces, so such a token moves to the next line whole and the justified line before it is stretched
 * apart character by character: after each _ . - / in the token, and after every fourth character of
 * a hash or code in it (the 16 hex digits of a generated file name left gaps of several characters).
 * Words, numbers and short tokens (GB/T 9704-2012, ISBN 9787020002207) get none.
 */
export function longTokenBreaks(text: string): number[] {
  const breaks = new Set<number>();
  for (const token of text.matchAll(LONG_TOKEN)) {
    const at = token.index;
    for (const joiner of token[0].matchAll(JOINER)) breaks.add(at + joiner.index + 1);
    for (const run of token[0].matchAll(CODE_RUN)) {
      for (let k = 4; k < run[0].length; k += 4) breaks.add(at + run.index + k);
    }
  }
  return [...breaks].sort((a, b) => a - b);
}
