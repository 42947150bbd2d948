import type { PlaceEntry } from './gazetteer.js';
import type { WeightedMention } from './_weighted.js';

/** A mention and the one place it stands for in this article, or null when the article does not say. */
export interface Resolved {
  mention: WeightedMention;
  entry: PlaceEntry | null;
  /** The other mention that told a shared name apart (城关镇 ← 榆中县), if one did. */
  via: string | null;
}

// Even a mention that weighs nothing (the outlet's 天津) tells shared names apart.
const SUPPORT_FLOOR = 0.25;

/**
 * Names shared by several places (城关镇 ×88, 和平区 ×2) take the place that the rest of the article
 * supports: its province, city or county named elsewhere, or another town of the same county.
 */
export function resolveMentions(mentions: WeightedMention[]): Resolved[] {
  const resolved: Resolved[] = mentions.map((m) => ({ mention: m, entry: single(m.entries), via: null }));
  const known = resolved.filter((r) => r.entry !== null);
  for (const r of resolved) {
    if (r.entry) continue;
    let best: { entry: PlaceEntry; support: number; via: string } | null = null;
    let tie = false;
    for (const e of r.mention.entries) {
      let support = 0;
      let via = '';
      let strongest = 0;
      for (const k of known) {
        if (!supports(k.entry!, e)) continue;
        const w = k.mention.weight + SUPPORT_FLOOR;
        support += w;
        if (w > strongest) [strongest, via] = [w, k.mention.written];
      }
      if (support <= 0) continue;
      if (!best || support > best.support) [best, tie] = [{ entry: e, support, via }, false];
      else if (support === best.support && !sameCounty(best.entry, e)) tie = true;
    }
    if (best && !tie) {
      r.entry = best.entry;
      r.via = best.via;
    }
  }
  return resolved;
}

/** The entry when all of a mention's entries stand for the same place (a zone and its alias count as one). */
function single(entries: PlaceEntry[]): PlaceEntry | null {
  const first = entries[0];
  if (!first) return null;
  return entries.every((e) => e.division.code === first.division.code || sameCounty(e, first)) ? first : null;
}

function sameCounty(a: PlaceEntry, b: PlaceEntry): boolean {
  const x = a.division.code;
  const y = b.division.code;
  return x.length >= 6 && y.length >= 6 && x.slice(0, 6) === y.slice(0, 6);
}

/** A known place supports a candidate it contains, or a candidate in the same county. */
function supports(known: PlaceEntry, candidate: PlaceEntry): boolean {
  const k = known.division.code;
  const c = candidate.division.code;
  return (c.startsWith(k) && c !== k) || sameCounty(known, candidate);
}
