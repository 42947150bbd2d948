import { charClass } from './chars.js';
import { textWidth } from './measure.js';
import { drawSize, sameLook, type Span } from './spans.js';
import type { Item, LineSettings } from './typeset.js';

/** A piece of a line drawn by one pdfmake inline: one look, one character spacing. */
export interface SetInline {
  span: Span;
  text: string;
  /** Character spacing in points (PDF Tc) for this piece. */
  spacing: number;
}

export interface SetLine {
  indent: number;
  inlines: SetInline[];
  /** Width as pdfmake measures it (and draws it). */
  width: number;
  /** Last line of the paragraph, or ended by a hard break: not stretched. */
  last: boolean;
}

/** Stop stretching a line (set it flush left) when its characters would stand further apart than this (em). */
const MAX_STRETCH_EM = 0.5;
/** Justified lines end this much short of the column, so rounding never makes pdfmake wrap them again. */
const SAFETY = 0.01;

/**
 * The line's inlines and their character spacing. pdfmake places each inline after the previous
 * one's measured width (its glyphs plus spacing between them, none after the last), so the gap at
 * an inline boundary is zero: the quarter-em Latin gap is therefore set *inside* an inline whose
 * spacing includes it, and the justifying spacing is solved over the gaps inside inlines only.
 */
export function justifyLine(lineItems: Item[], spans: Span[], s: LineSettings, indent: number, last: boolean): SetLine {
  const items = trimBlank(lineItems);
  const groups = groupItems(items, spans);
  const pieces = groups.map((g) => {
    const span = spans[g.items[0]!.span]!;
    const text = g.items.map((it) => it.ch).join('');
    return { span, text, natural: textWidth(span.face, text, drawSize(span)), gaps: text.length - 1, gapEm: g.latinGap ? s.latinGapEm : 0 };
  });
  const natural = pieces.reduce((sum, p) => sum + p.natural + p.gapEm * drawSize(p.span) * p.gaps, 0);
  const gaps = pieces.reduce((sum, p) => sum + p.gaps, 0);
  let spacing = s.spacing;
  if (gaps > 0) {
    const fill = (s.width - SAFETY - natural) / gaps;
    const em = drawSize(pieces[0]!.span);
    // A justified line is stretched or squeezed to the column; any other line only squeezed, when
    // the layout took a closing mark in at its end.
    if (s.align === 'justify' && !last ? fill <= s.spacing + MAX_STRETCH_EM * em : fill < s.spacing) spacing = fill;
  }
  const inlines = pieces.map((p) => ({ span: p.span, text: p.text, spacing: spacing + p.gapEm * drawSize(p.span) }));
  const width = pieces.reduce((sum, p, i) => sum + p.natural + inlines[i]!.spacing * p.gaps, 0);
  return { indent, inlines, width, last };
}

function trimBlank(items: Item[]): Item[] {
  let a = 0;
  let b = items.length;
  const blank = (it: Item) => ['space', 'newline'].includes(charClass(it.cp));
  while (a < b && blank(items[a]!)) a++;
  while (b > a && blank(items[b - 1]!)) b--;
  return items.slice(a, b).filter((it) => charClass(it.cp) !== 'newline');
}

type Joint = 'boundary' | 'gap' | 'plain';

/**
 * Splits a line into inlines: at every change of look, around characters outside the BMP (pdfmake
 * counts UTF-16 units when it measures spacing, PDF counts glyphs), and so that each Latin gap sits
 * inside an inline whose only inner joints are gaps.
 */
function groupItems(items: Item[], spans: Span[]): { items: Item[]; latinGap: boolean }[] {
  const joints: Joint[] = [];
  for (let j = 0; j + 1 < items.length; j++) {
    const a = items[j]!;
    const b = items[j + 1]!;
    if (!sameLook(spans[a.span]!, spans[b.span]!) || a.cp > 0xffff || b.cp > 0xffff) joints.push('boundary');
    else joints.push(a.gapAfter ? 'gap' : 'plain');
  }
  // A plain joint touching a gap joint becomes a boundary: one inline has one spacing.
  const cut = joints.map((k, j) => (k === 'plain' && (joints[j - 1] === 'gap' || joints[j + 1] === 'gap') ? 'boundary' : k));
  const groups: { items: Item[]; latinGap: boolean }[] = [];
  let cur: { items: Item[]; latinGap: boolean } | null = null;
  items.forEach((it, j) => {
    if (!cur) groups.push((cur = { items: [], latinGap: false }));
    cur.items.push(it);
    const k = cut[j];
    if (k === 'gap') cur.latinGap = true;
    if (k === 'boundary') cur = null;
  });
  return groups;
}
