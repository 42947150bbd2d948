import { describe, expect, it } from 'vitest';
import { longTokenBreaks } from '../../src/write/long-tokens.js';

/** The text with | at each break point. */
const marked = (text: string) => {
  let out = '';
  let from = 0;
  for (const at of longTokenBreaks(text)) {
    out += text.slice(from, at) + '|';
    from = at;
  }
  return out + text.slice(from);
};

// Both writers break lines here: Latin text otherwise breaks only at spaces, and a long name would
// move to a line of its own and leave the justified line before it stretched apart.
describe('longTokenBreaks', () => {
  it.each([
    ['来源：本报（046_e53202daf535e3fa.txt 第40—49行）', '来源：本报（046_|e532|02da|f535|e3fa.|txt 第40—49行）'],
    ['文号 TJZF2023GF00012345', '文号 TJZF|2023|GF00|0123|45'],
    ['见 www.tj.gov.cn/xwfb/2023-04/21', '见 www.|tj.|gov.|cn/|xwfb/|2023-|04/|21'],
  ])('lets a long file name, address or code break after its joiners and inside its hashes: %s', (text, expected) => {
    expect(marked(text)).toBe(expected);
  });

  it.each(['增长27.86%', '7.66亿元', 'GB/T 9704-2012', 'a.txt', 'ISBN 9787020002207', 'internationalization'])('leaves short tokens, numbers and plain words alone: %s', (text) => {
    expect(longTokenBreaks(text)).toEqual([]);
  });
});
