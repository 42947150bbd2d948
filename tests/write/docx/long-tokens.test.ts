import { describe, expect, it } from 'vitest';
import { breakableTokens } from '../../../src/write/docx/inline.js';

// Word breaks Latin only at spaces: without these break points a source line naming a long file
// moves the name to its own line and stretches the justified line before it apart.
describe('breakableTokens', () => {
  it.each([
    ['来源：本报（046_e53202daf535e3fa.txt 第40—49行）', '来源：本报（046_\u200Be53202daf535e3fa.\u200Btxt 第40—49行）'],
    ['见 www.tj.gov.cn/xwfb/2023-04/21', '见 www.\u200Btj.\u200Bgov.\u200Bcn/\u200Bxwfb/\u200B2023-\u200B04/\u200B21'],
  ])('lets a long file name or address break after its joiners: %s', (text, expected) => {
    expect(breakableTokens(text)).toBe(expected);
  });

  it.each(['增长27.86%', '7.66亿元', 'GB/T 9704-2012', 'a.txt'])('leaves short tokens and numbers alone: %s', (text) => {
    expect(breakableTokens(text)).toBe(text);
  });
});
