/** A value axis: its two ends and its ticks, all round numbers. */
export interface ValueScale {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * The axis for `values`: zero always on it (bars grow from zero), about `intervals` steps of 1, 2,
 * 3 or 5 times a power of ten, ends on whole steps. `lowGap` widens the low end by that share of
 * the values' range first, for the label under the most negative bar.
 */
export function valueScale(values: readonly number[], lowGap: number, intervals = 4): ValueScale {
  const least = Math.min(...values);
  const most = Math.max(...values);
  const low = Math.min(least - lowGap * (most - least), 0);
  let high = Math.max(most, 0);
  // Every value zero: an axis of 0 to 4 in whole steps, rather than none at all.
  if (high === low) high = low + intervals;
  const { step, digits } = roundStep((high - low) / intervals);
  // A hair of tolerance, so that 300 on a step of 100 ends the axis at 300, not 400.
  const min = round(Math.floor(low / step + 1e-9) * step, digits);
  const max = round(Math.ceil(high / step - 1e-9) * step, digits);
  const ticks: number[] = [];
  for (let k = 0; min + k * step <= max + step * 1e-9; k++) ticks.push(round(min + k * step, digits));
  return { min, max, ticks };
}

/** The round step nearest `rough` (1, 2, 3 or 5 × 10ⁿ, as a reader counts), and its decimals. */
function roundStep(rough: number): { step: number; digits: number } {
  const exponent = Math.floor(Math.log10(rough));
  const fraction = rough / 10 ** exponent;
  const nice = fraction < 1.5 ? 1 : fraction < 2.5 ? 2 : fraction < 4 ? 3 : fraction < 7 ? 5 : 10;
  const digits = Math.max(0, -exponent);
  return { step: round(nice * 10 ** exponent, digits), digits };
}

/** `value` rounded to `digits` decimals, so that 0.1 + 0.2 prints as 0.3. */
function round(value: number, digits: number): number {
  // + 0 turns −0 (a step below zero rounded up) into 0.
  return Number(value.toFixed(Math.min(digits, 20))) + 0;
}
