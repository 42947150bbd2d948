/** How many code points a string has, as `[...s].length` counts them, without the array. */
export function codePointCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; a lone surrogate counts on its own.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * A one-character regex test as a function of the character's code, answered from a table filled
 * as characters come: for loops that test every character of a text (no one-character string each).
 * The regex must match single UTF-16 code units the way it is used on `text[i]`.
 */
export function charTest(re: RegExp): (code: number) => boolean {
  // 0 not yet asked, 1 no, 2 yes.
  const known = new Uint8Array(0x10000);
  return (code) => {
    let k = known[code]!;
    if (k === 0) known[code] = k = re.test(String.fromCharCode(code)) ? 2 : 1;
    return k === 2;
  };
}
