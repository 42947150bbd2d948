import type { InputFile } from './inputs.js';

/**
 * The build's date: SOURCE_DATE_EPOCH (seconds) when set, so CI and tests are reproducible;
 * else the newest input's modification time; never the clock, so the same inputs give the same bytes.
 */
export function buildDate(inputs: InputFile[], env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const newest = Math.max(0, ...inputs.map((i) => Math.floor(i.mtimeMs / 1000) * 1000));
  return new Date(newest);
}
