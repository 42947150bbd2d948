import type { Paragraph } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { PT_PER_MM } from '../theme.js';
import { drawRule } from './draw.js';
import { type Item, item } from './flow.js';
import { phrasingSpans } from './inline.js';
import { lineItem } from './lines.js';
import { setLines } from './paragraph.js';
import type { Span } from './spans.js';
import { spansOf, type PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf } from './styles.js';

/**
 * 报尾 at the foot of the last page, between two outer rules: one row per recipient line
 * (报：… / 送：… / 发：…) one character in from each side, thin rules between rows, and
 * （共印N份） at the right of the last row. The page builder puts it at the foot of the page
 * the text ends on, or of a new page when the room is not there.
 */
export function endblockItem(state: PdfState, node: ContainerDirective, width: number): Item {
  const base = blockStyle(state, 'endblock');
  // A row is one grid line tall with its text centred in it.
  const style: BlockStyle = { ...base, pitch: (base.pitch + base.size) / 2, indent: 0 };
  const padTop = (base.pitch - base.size) / 2;
  const inset = base.size + base.spacing;
  const inner = width - 2 * inset;
  const copies = (node.attributes?.copies ?? '').trim();
  const rows = node.children
    .filter((c): c is Paragraph => c.type === 'paragraph')
    .map((p) => phrasingSpans(state, p.children, lookOf(style)));
  const copiesSpans = copies ? spansOf(state, `（共印${copies}份）`, lookOf(style)) : null;
  if (copiesSpans && rows.length === 0) rows.push([]);

  const outer = state.theme.rules.outer * PT_PER_MM;
  const thin = state.theme.rules.inner * PT_PER_MM;
  const ink = state.theme.colors.text;
  // Each part: its height, and how to draw it at a given top.
  const parts: { height: number; draw: Item['draw'] }[] = [ruleAt(width, outer, ink)];
  rows.forEach((spans, i) => {
    const lastRow = i === rows.length - 1;
    const lines = lastRow && copiesSpans ? rowWithCopies(spans, copiesSpans, style, inner) : rowLines(spans, style, inner);
    parts.push({
      height: padTop + Math.max(1, lines.length) * style.pitch,
      draw: (pen, x, y) => lines.forEach((l, k) => l.draw(pen, x + inset, y + padTop + k * style.pitch, 1)),
    });
    parts.push(ruleAt(width, lastRow ? outer : thin, ink));
  });
  const height = parts.reduce((sum, p) => sum + p.height, 0);
  return item(
    height,
    (pen, x, y, scale) => {
      let at = y;
      for (const part of parts) {
        part.draw(pen, x, at, scale);
        at += part.height;
      }
    },
    { atFoot: true },
  );
}

function rowLines(spans: Span[], style: BlockStyle, width: number): Item[] {
  return setLines(spans, style, width, { align: 'left', firstIndent: 0 }).map((l) => lineItem(l, style.pitch, width, 'left'));
}

/** The last row: recipients on the left, （共印N份） on the right of its last line. */
function rowWithCopies(spans: Span[], copies: Span[], style: BlockStyle, width: number): Item[] {
  const right = setLines(copies, style, width, { align: 'left', firstIndent: 0 });
  const copiesWidth = Math.max(...right.map((l) => l.width));
  const left = rowLines(spans, style, width - copiesWidth - style.size);
  const lines = Math.max(1, left.length);
  const copiesLines = right.map((l) => lineItem(l, style.pitch, width, 'right'));
  // The copies sit on the row's last line: pad them down with the recipients' other lines.
  return Array.from({ length: lines + copiesLines.length - 1 }, (_, k) => {
    const own = left[k];
    const copy = copiesLines[k - (lines - 1)];
    return item(style.pitch, (pen, x, y, scale) => {
      own?.draw(pen, x, y, scale);
      copy?.draw(pen, x, y, scale);
    });
  });
}

/** A rule as tall as it is thick. */
function ruleAt(width: number, lineWidth: number, color: string): { height: number; draw: Item['draw'] } {
  return { height: lineWidth, draw: (pen, x, y) => drawRule(pen, x, y + lineWidth / 2, x + width, y + lineWidth / 2, lineWidth, color) };
}
