import { describe, expect, it } from 'vitest';
import { breakableTokens } from '../../../src/write/docx/inline.js';

// Word breaks Latin only at spaces: a zero-width space is how the DOCX says a line may end at a
// break point of tests/write/long-tokens.test.ts.
describe('breakableTokens', () => {
  it('puts a zero-width space at each break point of a long token', () => {
    expect(breakableTokens('来源：本报（046_e53202daf535e3fa.txt 第40—49行）')).toBe('来源：本报（046_\u200Be532\u200B02da\u200Bf535\u200Be3fa.\u200Btxt 第40—49行）');
  });

  it('leaves text without long tokens as it is', () => {
    expect(breakableTokens('GB/T 9704-2012，增长27.86%')).toBe('GB/T 9704-2012，增长27.86%');
  });
});
