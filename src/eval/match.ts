// Which article the pipeline made of which gold entry, by title. Titles come out of segmentation, so a
// kicker glued on, a trailing space or a stray quote must not lose the match; a different story must.

/** Letters and digits only, full-width folded: what two spellings of one headline share. */
export function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

function bigrams(s: string): string[] {
  const chars = [...s];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Dice coefficient of the character bigrams of two title keys: 1 for the same string, 0 for nothing shared. */
function keySimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return a === b ? 1 : 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** How well a found title stands for a gold title: 1 equal, 0.9 one holds the other, else similarity. */
export function titleScore(gold: string, found: string): number {
  const g = titleKey(gold);
  const f = titleKey(found);
  if (g === f) return 1;
  if (g.length >= 4 && f.length >= 4 && (f.includes(g) || g.includes(f))) return 0.9;
  return keySimilarity(g, f);
}

/** Below this, two titles are different stories. */
const MIN_TITLE_SCORE = 0.5;

export interface ArticleMatch<G, F> {
  /** Each gold entry with the found article that stands for it (by its title, or by its place among the leftovers), or null. */
  pairs: { gold: G; found: F | null; score: number; by: 'title' | 'order' | null }[];
  /** Found articles that stand for no gold entry. */
  unmatched: F[];
}

/**
 * Best title pairs first, each gold entry and each found article used once. Segmentation keeps the
 * order of a file, so when as many gold entries as found articles are left over (a headline taken
 * from the wrong line), they are paired in order: their facts are still judged, and the report says so.
 */
export function matchArticles<G extends { title: string }, F extends { title: string }>(
  gold: readonly G[],
  found: readonly F[],
): ArticleMatch<G, F> {
  const candidates: { g: number; f: number; score: number }[] = [];
  gold.forEach((g, gi) =>
    found.forEach((f, fi) => {
      const score = titleScore(g.title, f.title);
      if (score >= MIN_TITLE_SCORE) candidates.push({ g: gi, f: fi, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.f - b.f);
  const byGold = new Map<number, { f: number; score: number }>();
  const used = new Set<number>();
  for (const c of candidates) {
    if (byGold.has(c.g) || used.has(c.f)) continue;
    byGold.set(c.g, { f: c.f, score: c.score });
    used.add(c.f);
  }
  const leftGold = gold.map((_, gi) => gi).filter((gi) => !byGold.has(gi));
  const leftFound = found.map((_, fi) => fi).filter((fi) => !used.has(fi));
  const inOrder = leftGold.length > 0 && leftGold.length === leftFound.length;
  if (inOrder) leftGold.forEach((gi, k) => byGold.set(gi, { f: leftFound[k]!, score: 0 }));
  return {
    pairs: gold.map((g, gi) => {
      const m = byGold.get(gi);
      const by = !m ? null : inOrder && leftGold.includes(gi) ? 'order' : 'title';
      return { gold: g, found: m ? found[m.f]! : null, score: m?.score ?? 0, by };
    }),
    unmatched: inOrder ? [] : leftFound.map((fi) => found[fi]!),
  };
}
