import { charClass } from './chars.js';
import { textAdvanceEm } from './glyphs.js';
import { drawSize, sameLook, type Span } from './spans.js';
import type { Item, LineSettings } from './typeset.js';

/** A run of a line in one look, drawn as one text run: one character spacing, and a few gaps. */
export interface SetInline {
  span: Span;
  text: string;
  /** Character spacing in points (PDF Tc), after every character. */
  spacing: number;
  /** Extra space after some characters, in points: the quarter em between Chinese and Latin. */
  gaps: { after: number; width: number }[];
  /** Advance from this run's start to the next run's. */
  width: number;
}

export interface SetLine {
  indent: number;
  inlines: SetInline[];
  /** Width as drawn, from the first character's left edge to the last one's right edge. */
  width: number;
  /** Last line of the paragraph, or ended by a hard break: not stretched. */
  last: boolean;
}

/** Stop stretching a line (set it flush left) when its characters would stand further apart than this (em). */
const MAX_STRETCH_EM = 0.5;
/** Justified lines end this much short of the column, so rounding never makes them poke past it. */
const SAFETY = 0.01;

/**
 * The line's runs and their character spacing. A line is one run per change of look (face,
 * size, colour), so most lines are one run. Every pair of neighbouring characters, inside a run or
 * across runs, stands the same spacing apart, plus the quarter-em gap where Chinese meets Latin;
 * a justified line's spacing is solved so its last character ends at the column's edge.
 */
export function justifyLine(lineItems: Item[], spans: Span[], s: LineSettings, indent: number, last: boolean): SetLine {
  const items = trimBlank(lineItems);
  const groups = groupByLook(items, spans);
  let natural = 0;
  const pieces = groups.map((g, gi) => {
    const span = spans[g[0]!.span]!;
    const text = g.map((it) => it.ch).join('');
    const lastGroup = gi === groups.length - 1;
    const gaps = g.flatMap((it, k) => (it.gapAfter && !(lastGroup && k === g.length - 1) ? [{ after: k, width: s.latinGapEm * drawSize(spans[it.span]!) }] : []));
    const glyphs = textAdvanceEm(span.face, text, gaps.length > 0 ? new Set(gaps.map((gap) => gap.after)) : undefined) * drawSize(span);
    natural += glyphs + gaps.reduce((sum, gap) => sum + gap.width, 0);
    return { span, text, glyphs, gaps, count: g.length };
  });
  const joints = Math.max(0, items.length - 1);
  let spacing = s.spacing;
  if (joints > 0) {
    const fill = (s.width - SAFETY - natural) / joints;
    const em = drawSize(pieces[0]!.span);
    // A justified line is stretched or squeezed to the column; any other line only squeezed, when
    // the layout took a closing mark in at its end.
    if (s.align === 'justify' && !last ? fill <= s.spacing + MAX_STRETCH_EM * em : fill < s.spacing) spacing = fill;
  }
  const inlines = pieces.map((p, i) => {
    const after = i === pieces.length - 1 ? p.count - 1 : p.count;
    const width = p.glyphs + p.gaps.reduce((sum, gap) => sum + gap.width, 0) + spacing * after;
    return { span: p.span, text: p.text, spacing, gaps: p.gaps, width };
  });
  const width = inlines.reduce((sum, p) => sum + p.width, 0);
  return { indent, inlines, width, last };
}

function trimBlank(items: Item[]): Item[] {
  let a = 0;
  let b = items.length;
  const blank = (it: Item) => {
    const c = charClass(it.cp);
    return c === 'space' || c === 'newline';
  };
  while (a < b && blank(items[a]!)) a++;
  while (b > a && blank(items[b - 1]!)) b--;
  const out: Item[] = [];
  for (let i = a; i < b; i++) if (charClass(items[i]!.cp) !== 'newline') out.push(items[i]!);
  return out;
}

function groupByLook(items: Item[], spans: Span[]): Item[][] {
  const groups: Item[][] = [];
  for (const it of items) {
    const g = groups[groups.length - 1];
    if (g && sameLook(spans[g[0]!.span]!, spans[it.span]!)) g.push(it);
    else groups.push([it]);
  }
  return groups;
}
