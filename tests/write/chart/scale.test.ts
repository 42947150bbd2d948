import { describe, expect, it } from 'vitest';
import { valueScale } from '../../../src/write/chart/_scale.js';

describe('valueScale', () => {
  it.each([
    ['money in 亿元', [312.6, 86.45, 120.3, 18.92], [0, 100, 200, 300, 400]],
    ['counts of articles', [12, 8, 21, 5, 3, 7], [0, 5, 10, 15, 20, 25]],
    ['a top value on a whole step', [300, 120], [0, 100, 200, 300]],
    ['shares below one, without 0.30000000000000004', [0.35, 0.12, 0.28], [0, 0.1, 0.2, 0.3, 0.4]],
    ['every value zero', [0, 0], [0, 1, 2, 3, 4]],
    ['only negative values', [-4, -9.5], [-10, -8, -6, -4, -2, 0]],
  ])('%s: ticks at round steps from zero or below to the top value or above', (_, values, ticks) => {
    const scale = valueScale(values, 0);
    expect(scale.ticks).toEqual(ticks);
    expect(scale.min).toBe(ticks[0]);
    expect(scale.max).toBe(ticks[ticks.length - 1]);
  });

  it('makes room below the most negative value when asked', () => {
    expect(valueScale([7.66, -1.5, 3.2], 0).min).toBe(-2);
    expect(valueScale([7.66, -1.5, 3.2], 0.15).min).toBe(-3);
  });
});
