import { canBreakBetween, charClass, isNoEnd, isNoStart, isSqueezable, needsLatinGap } from './chars.js';
import { advanceEm } from './measure.js';
import { drawSize, type Span } from './spans.js';
import { justifyLine, type SetLine } from './justify.js';
import { longTokenBreaks } from '../long-tokens.js';

/**
 * Chinese line layout. General-purpose layout breaks text at Unicode line-break opportunities and
 * justifies by widening spaces, which Chinese has none of; so lines are broken here (kinsoku
 * rules, widths from the fonts' advances) and justified by character spacing.
 */
export interface LineSettings {
  /** Width of the column the lines sit in, in points. */
  width: number;
  firstIndent: number;
  /** Indent of every line but the first (a hanging indent for list items). */
  restIndent: number;
  align: 'justify' | 'left' | 'center' | 'right';
  /** Character spacing every line starts from (the grid's, slightly negative for body text). */
  spacing: number;
  /** Gap between Chinese and Latin letters or digits, in em. */
  latinGapEm: number;
}

/** One character placed in a paragraph. */
export interface Item {
  ch: string;
  cp: number;
  span: number;
  /** Advance in points at the span's drawn size. */
  w: number;
  /** A quarter-em gap follows this character when the next one is on the same line. */
  gapAfter: boolean;
  /** Inside a long file name, address or code, a line may end after this character (longTokenBreaks). */
  tokenBreak?: true;
}

/** How much tighter than its starting spacing a line may be set to take in a closing mark (em). */
const SQUEEZE_EM = 0.06;

export function typesetLines(spans: Span[], s: LineSettings): SetLine[] {
  const items = placeItems(spans, s.latinGapEm > 0);
  const run = { items, spans, s, prefix: prefixWidths(items, spans, s) };
  const lines: SetLine[] = [];
  let start = 0;
  let indent = s.firstIndent;
  while (start < items.length) {
    const avail = s.width - indent;
    const { end, next, forced } = fitLine(run, start, avail);
    const last = forced || next >= items.length;
    lines.push(justifyLine(items.slice(start, end), spans, { ...s, width: avail }, indent, last));
    start = next;
    indent = s.restIndent;
  }
  return lines;
}

/** The characters of all spans with their widths; a single space between Chinese and Latin becomes the gap. */
function placeItems(spans: Span[], withGaps: boolean): Item[] {
  const items: Item[] = [];
  spans.forEach((span, i) => {
    const size = drawSize(span);
    const breaks = longTokenBreaks(span.text);
    let offset = 0;
    let k = 0;
    for (const ch of span.text) {
      const cp = ch.codePointAt(0)!;
      const item: Item = { ch, cp, span: i, w: charClass(cp) === 'newline' ? 0 : advanceEm(span.face, cp) * size, gapAfter: false };
      offset += ch.length;
      if (breaks[k] === offset) {
        item.tokenBreak = true;
        k++;
      }
      items.push(item);
    }
  });
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const prev = out[out.length - 1];
    const next = items[i + 1];
    if (!withGaps) {
      out.push(it);
      continue;
    }
    if (it.ch === ' ' && prev && next && needsLatinGap(prev.cp, next.cp)) {
      prev.gapAfter = true; // "do not double an existing space": it is the gap
      continue;
    }
    if (prev && needsLatinGap(prev.cp, it.cp) && spans[prev.span]!.size === spans[it.span]!.size) prev.gapAfter = true;
    if (prev && prev.span !== it.span && spans[prev.span]!.gapAfter) prev.gapAfter = true;
    out.push(it);
  }
  return out;
}

type Break = 'no' | 'yes' | 'forced';

/** Whether a line may end after items[i]. */
function breakAfter(items: Item[], i: number, spans: Span[]): Break {
  const a = items[i]!;
  const b = items[i + 1];
  if (!b) return 'yes';
  const ca = charClass(a.cp);
  const cb = charClass(b.cp);
  if (cb === 'newline') return 'no';
  if (ca === 'newline') return 'forced';
  if (cb === 'space') return 'no'; // spaces stay at the end of the line they follow, then are trimmed
  // A footnote number stays with the word it annotates.
  if (spans[b.span]!.sup && !spans[a.span]!.sup) return 'no';
  if (ca === 'space') {
    let j = i;
    while (j > 0 && charClass(items[j]!.cp) === 'space') j--;
    return isNoStart(b.cp) || isNoEnd(items[j]!.cp) ? 'no' : 'yes';
  }
  return a.tokenBreak || canBreakBetween(a.cp, b.cp) ? 'yes' : 'no';
}

/** The paragraph being set: its items, and prefix[k] the width of items[0..k) with the gaps after them. */
interface Run {
  items: Item[];
  spans: Span[];
  s: LineSettings;
  prefix: Float64Array;
}

function prefixWidths(items: Item[], spans: Span[], s: LineSettings): Float64Array {
  const prefix = new Float64Array(items.length + 1);
  items.forEach((it, i) => (prefix[i + 1] = prefix[i]! + it.w + gapWidth(it, spans, s)));
  return prefix;
}

function gapWidth(it: Item, spans: Span[], s: LineSettings): number {
  return it.gapAfter ? s.latinGapEm * drawSize(spans[it.span]!) : 0;
}

/** Width of items[a..b) set at `spacing`, spaces at either end not counted. */
function naturalWidth(run: Run, a: number, b: number, spacing: number): { width: number; gaps: number } {
  const { items } = run;
  while (a < b && isBlank(items[a]!)) a++;
  while (b > a && isBlank(items[b - 1]!)) b--;
  // The last item's gap does not count: nothing follows it on the line.
  const width = b > a ? run.prefix[b]! - run.prefix[a]! - gapWidth(items[b - 1]!, run.spans, run.s) : 0;
  const gaps = Math.max(0, b - a - 1);
  // Negative spacing is the grid's: n characters fill n cells, the last one's spacing included.
  return { width: width + (spacing < 0 && b > a ? gaps + 1 : gaps) * spacing, gaps };
}

function isBlank(it: Item): boolean {
  const c = charClass(it.cp);
  return c === 'space' || c === 'newline';
}

/**
 * The longest run of whole segments from `start` that fits `avail`: greedy, with a closing mark
 * squeezed in when that takes little, and a segment wider than the line cut where it overflows.
 */
function fitLine(run: Run, start: number, avail: number): { end: number; next: number; forced: boolean } {
  const { items, spans, s } = run;
  let lastBreak = -1; // end (exclusive) of the last segment that fits
  for (let i = start; i < items.length; i++) {
    const kind = breakAfter(items, i, spans);
    if (kind === 'no' && i + 1 < items.length) continue;
    const fits = naturalWidth(run, start, i + 1, s.spacing).width <= avail + 1e-6;
    if (!fits) {
      if (lastBreak < 0) {
        if (isSqueezedIn(run, start, i + 1, avail)) return finish(items, i + 1, kind === 'forced');
        const cut = cutWideSegment(run, start, i + 1, avail);
        return { end: cut, next: cut, forced: false };
      }
      if (isSqueezedIn(run, start, i + 1, avail)) return finish(items, i + 1, kind === 'forced');
      return finish(items, lastBreak, false);
    }
    lastBreak = i + 1;
    if (kind === 'forced') return { end: i + 1, next: i + 1, forced: true };
  }
  return { end: items.length, next: items.length, forced: false };
}

function finish(items: Item[], end: number, forced: boolean): { end: number; next: number; forced: boolean } {
  let next = end;
  while (next < items.length && charClass(items[next]!.cp) === 'space') next++;
  if (!forced && next < items.length && charClass(items[next]!.cp) === 'newline') return { end, next: next + 1, forced: true };
  return { end, next, forced };
}

/** A line whose overflowing segment ends in a closing mark takes it in if the spacing need shrink only a little. */
function isSqueezedIn(run: Run, start: number, end: number, avail: number): boolean {
  const last = run.items[end - 1]!;
  if (!isSqueezable(last.cp)) return false;
  const size = drawSize(run.spans[last.span]!);
  const { width, gaps } = naturalWidth(run, start, end, run.s.spacing - SQUEEZE_EM * size);
  return gaps > 0 && width <= avail + 1e-6;
}

/** Where to cut a segment too wide for any line (a long URL or number): after the last character that fits. */
function cutWideSegment(run: Run, start: number, end: number, avail: number): number {
  let cut = start + 1;
  while (cut < end && naturalWidth(run, start, cut + 1, run.s.spacing).width <= avail) cut++;
  return cut;
}
