/**
 * Every face is set in one em box: 0.88 em above the baseline, 0.12 below. Chinese faces put
 * their ideographs in that box whatever their own ascent (Fandol 1.0 em, Noto 1.45), so a line
 * holding one 黑体 word or one fallback character sits on the same baseline as its neighbours.
 */
export const ASCENT = 0.88;
export const DESCENT = 0.12;
