import { ideographsOf } from './unicode.js';

/** A piece of text on one baseline, in page coordinates with y growing downwards (points). */
export interface Run {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

/** What pdfjs gives for one text item (the fields we use). */
export interface PdfTextItem {
  str: string;
  dir?: string;
  transform: number[];
  width: number;
  fontName?: string;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: readonly number[], n: readonly number[]): Matrix {
  const [a1 = 0, b1 = 0, c1 = 0, d1 = 0, e1 = 0, f1 = 0] = m;
  const [a2 = 0, b2 = 0, c2 = 0, d2 = 0, e2 = 0, f2 = 0] = n;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/**
 * The page's text as horizontal runs in reading coordinates (the viewport applies the page's
 * rotation). Text set at an angle or vertically cannot join the line layout; it is returned
 * apart so that it is still read.
 */
export function runsOfItems(
  items: readonly PdfTextItem[],
  viewportTransform: readonly number[],
  verticalFonts: ReadonlySet<string> = new Set(),
): { runs: Run[]; apart: string[] } {
  const runs: Run[] = [];
  const apart: string[] = [];
  for (const item of items) {
    if (!item.str || !item.str.trim()) continue;
    const [a, b, c, d, e, f] = multiply(viewportTransform, item.transform);
    const advance = Math.hypot(a, b);
    const size = Math.hypot(c, d);
    if (size <= 0 || advance <= 0) continue;
    const angled = Math.abs(b) > advance * 0.05 || a < 0;
    if (angled || item.dir === 'ttb' || (item.fontName && verticalFonts.has(item.fontName))) {
      apart.push(ideographsOf(item.str.trim()));
      continue;
    }
    runs.push({ text: ideographsOf(item.str), x0: e, x1: e + Math.max(item.width, 0), baseline: f, size });
  }
  return { runs, apart };
}
