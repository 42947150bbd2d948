import { describe, expect, it } from 'vitest';
import { breakableTokens } from '../../../src/write/docx/inline.js';

// Word breaks Latin only at spaces: without these break points a source line naming a long file
// moves the name to its own line and stretches the justified line before it apart.
describe('breakableTokens', () => {
  it.each([
    ['来源：本报（046_e53202daf535e3fa.txt 第40—49行）', '来源：本报（046_\u200Be532\u200B02da\u200Bf535\u200Be3fa.\u200Btxt 第40—49行）'],
    ['文号 TJZF2023GF00012345', '文号 TJZF\u200B2023\u200BGF00\u200B0123\u200B45'],
    ['见 www.tj.gov.cn/xwfb/2023-04/21', '见 www.\u200Btj.\u200Bgov.\u200Bcn/\u200Bxwfb/\u200B2023-\u200B04/\u200B21'],
  ])('lets a long file name, address or code break after its joiners and inside its hashes: %s', (text, expected) => {
    expect(breakableTokens(text)).toBe(expected);
  });

  it.each(['增长27.86%', '7.66亿元', 'GB/T 9704-2012', 'a.txt', 'ISBN 9787020002207', 'internationalization'])('leaves short tokens, numbers and plain words alone: %s', (text) => {
    expect(breakableTokens(text)).toBe(text);
  });
});
