import { asciiDigits } from './dates.js';
import { displayWidth, type SourceLine } from './lines.js';

/**
 * Numbered sections of a WeChat post or a feature: `01` on a line of its own, the section's heading
 * under it, then its text; `02` further down. On its own such a number looks like a page number,
 * and the heading under it like the next article's headline: the post fell apart into its
 * sections, its own headline left without a body.
 *
 * A page number tells itself apart by what is around it: it is written 3 or - 3 -, not 03, and
 * the line under it goes on with whatever the page before was saying. Numbers are read as
 * sections only when two or more of them count 01, 02, … in the file and each stands above a
 * short line that reads as a heading.
 */

// 01 · PART 1 · Part.02 · NO.3 — bare digits only with a leading zero (03), as posts write them.
const SECTION_NUMBER = /^(?:(?:PART|NO)[.．\s]*([0-9０-９]{1,2})|([0-9０-９]{2}))$/iu;
const NOT_A_HEADING_END = /[。；;，,、：:]$/u;

function numberOf(line: SourceLine): number | null {
  if (line.level > 0 || line.table) return null;
  const m = SECTION_NUMBER.exec(line.text);
  if (!m) return null;
  return Number(asciiDigits(m[1] ?? m[2]!));
}

/** The index of the next line with text after i, or -1. */
function nextWritten(lines: readonly SourceLine[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.raw.trim()) return j;
  return -1;
}

function readsAsHeading(line: SourceLine): boolean {
  const width = displayWidth(line.text);
  return line.level === 0 && !line.table && width >= 2 && width <= 30 && !/[。！？；;]/u.test(line.text.slice(0, -1)) && !NOT_A_HEADING_END.test(line.text);
}

/**
 * The lines with a post's section numbers marked (`section: 'number'`: no paragraph of their own)
 * and the heading under each made a section heading, one level below any heading the file has.
 */
export function readSectionNumbers(lines: SourceLine[]): SourceLine[] {
  const found: { at: number; heading: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const n = numberOf(lines[i]!);
    if (n !== found.length + 1) continue;
    const heading = nextWritten(lines, i);
    if (heading < 0 || numberOf(lines[heading]!) !== null || !readsAsHeading(lines[heading]!)) continue;
    found.push({ at: i, heading });
  }
  if (found.length < 2) return lines;
  // (A loop, not Math.max(...): spread over every line of a long file it would overflow the stack.)
  let deepest = 1;
  for (const l of lines) deepest = Math.max(deepest, l.level);
  const level = Math.min(6, deepest + 1);
  const marked = lines.slice();
  for (const { at, heading } of found) {
    marked[at] = { ...lines[at]!, section: 'number' };
    marked[heading] = { ...lines[heading]!, level };
  }
  return marked;
}
