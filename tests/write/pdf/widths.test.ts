import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../../src/write/pdf/widths.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('table column widths', () => {
  it.each([
    ['all fit on one line: spare room shared in proportion', [{ min: 24, max: 48 }, { min: 30, max: 96 }], 288, [96, 192]],
    ['a figures column keeps its width, the text columns share the rest', [{ min: 24, max: 204 }, { min: 40, max: 60 }, { min: 24, max: 300 }], 420, null],
    ['nothing fits: narrowest widths scaled down', [{ min: 200, max: 400 }, { min: 200, max: 400 }], 300, [150, 150]],
  ])('%s', (_, extents, avail, expected) => {
    const widths = columnWidths(extents, avail);
    expect(sum(widths)).toBeCloseTo(avail, 6);
    if (expected) widths.forEach((w, i) => expect(w).toBeCloseTo(expected[i]!, 6));
    else {
      expect(widths[1]).toBeCloseTo(60, 6);
      expect(widths[2]).toBeGreaterThan(widths[0]!);
    }
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(Math.min(extents[i]!.min, avail / extents.length) - 1e-9));
  });
});
