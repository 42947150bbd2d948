// A fixed locale, not the machine's: the same spec must give the same bytes everywhere.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: true });

/** A value as printed on a bar or an axis: at most two decimals, thousands grouped (12,345.6). */
export function formatValue(value: number): string {
  const text = NUMBER.format(value);
  return text === '-0' ? '0' : text;
}
