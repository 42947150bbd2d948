/** Word's units: twentieths of a point (twips), half-points (font sizes), eighths of a point (borders). */
export const twips = (pt: number): number => Math.round(pt * 20);
/** A line pitch in twips, rounded down: 22 lines of 28.99 pt must still fit the 225 mm text block. */
export const pitchTwips = (pt: number): number => Math.floor(pt * 20 + 1e-6);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const eighths = (pt: number): number => Math.max(2, Math.round(pt * 8));
export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;
/** Theme colours are `#RRGGBB`; Word wants `RRGGBB`. */
export const wordColor = (hex: string): string => hex.replace(/^#/, '').toUpperCase();
/** Pixels at 96 per inch, the unit docx's image sizes are given in. */
export const ptToPx = (pt: number): number => Math.round((pt * 96) / 72);

/** Chinese characters and full-width punctuation: one em wide, breakable anywhere. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026]/u;

/** Width of text in ems: Chinese and full-width characters one em, the rest about half. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += CJK.test(ch) ? 1 : 0.55;
  return ems;
}
