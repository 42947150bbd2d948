import { UsageError } from '../errors.js';
import type { District } from '../model/briefing.js';

/** The districts this build renders: --district names (or slugs), then the K-th of N shards. */
export function selectDistricts(all: District[], names: string[], shard: string | null): District[] {
  let chosen = all;
  if (names.length > 0) {
    const wanted = new Set(names);
    chosen = all.filter((d) => wanted.has(d.name) || wanted.has(d.slug));
  }
  if (!shard) return chosen;
  const [k, n] = shard.split('/').map(Number) as [number, number];
  if (!(n >= 1 && k >= 1 && k <= n)) throw new UsageError(`--shard ${shard}: K must be between 1 and N`);
  // By code, round-robin: deterministic, and shards stay balanced as districts come and go.
  return [...chosen].sort((a, b) => a.code.localeCompare(b.code)).filter((_, i) => i % n === k - 1);
}
