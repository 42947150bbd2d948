import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { mayChangeToSimplified } from '../../src/analyse/_t2s.js';
import { detectScript, toSimplified } from '../../src/analyse/script.js';

// The converter itself, to hold the shortcut to what it does.
const convert = OpenCC.Converter({ from: 't', to: 'cn' });

describe('toSimplified', () => {
  it('converts traditional text, phrases included', () => {
    expect(toSimplified('北辰區雙街鎮')).toBe('北辰区双街镇');
    expect(toSimplified('這個計畫')).toBe(convert('這個計畫'));
  });

  it('skips the converter only for text it would give back unchanged', () => {
    const unchanged: string[] = [];
    // Every CJK ideograph (with the compatibility block) and every pair of a sample of common ones.
    for (const [from, to] of [[0x3400, 0x9fff], [0xf900, 0xfaff]] as const) {
      for (let cp = from; cp <= to; cp++) if (!mayChangeToSimplified(String.fromCodePoint(cp))) unchanged.push(String.fromCodePoint(cp));
    }
    const sample = unchanged.filter((_, i) => i % 97 === 0);
    for (const a of sample) for (const b of sample) unchanged.push(a + b);
    expect(unchanged.length).toBeGreaterThan(10_000);
    expect(unchanged.filter((s) => convert(s) !== s)).toEqual([]);
  });

  it('always runs the converter on text with a character it changes', () => {
    expect(mayChangeToSimplified('北辰區')).toBe(true);
    expect(mayChangeToSimplified('北辰区')).toBe(false);
  });
});

describe('detectScript', () => {
  it.each([
    ['北辰区双街镇坚持项目为王', 'zh-Hans'],
    ['北辰區雙街鎮堅持項目為王', 'zh-Hant'],
    ['北辰区双街镇坚持项目为王，來自臺北的客商', 'zh-Hant'],
    ['北辰区双街镇坚持项目为王，引进一批重点项目，推动经济高质量发展，臺北', 'zh-Hans'],
  ])('%s is %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});
