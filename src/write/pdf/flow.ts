import type { Pen } from './pen.js';

/**
 * One unit of the page builder (paginate.ts): a line of text, a table row, a rule, a chart. The
 * writer lays every block out into items of known height, the builder decides where pages
 * break, and only then is anything drawn.
 */
export interface Item {
  /** Height in points at full size, without the space around it. */
  height: number;
  /** Space above the item; dropped at the top of a page. */
  spaceBefore: number;
  spaceAfter: number;
  /** No page break between this item and the next (a heading and what follows, a paragraph's first and last two lines). */
  keepWithNext: boolean;
  /** `::pagebreak`: the next item that draws something starts a new page. */
  breakBefore: boolean;
  /** Drawn above this item when it starts a page (a table's header row, repeated). */
  header?: Item;
  /** The smallest scale it may be drawn at to end a page rather than move to the next (charts). */
  minScale?: number;
  /** Placed at the foot of its page (报尾). */
  atFoot?: boolean;
  /** Draws the item with its top left corner at (x, y), scaled by `scale` (1 unless minScale allowed less). */
  draw(pen: Pen, x: number, y: number, scale: number): void;
  /** Told the page it lands on, before anything is drawn (headings, for the outline and the table of contents). */
  placed?(page: number): void;
}

/** An item from its height and drawing, with no space around it and no keeps. */
export function item(height: number, draw: Item['draw'], over: Partial<Item> = {}): Item {
  return { height, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, breakBefore: false, draw, ...over };
}

/** Space before the first item and after the last. */
export function spaced(items: Item[], before: number, after: number): Item[] {
  if (items.length === 0) return items;
  const out = [...items];
  out[0] = { ...out[0]!, spaceBefore: out[0]!.spaceBefore + before };
  out[out.length - 1] = { ...out[out.length - 1]!, spaceAfter: out[out.length - 1]!.spaceAfter + after };
  return out;
}

/** Items moved right by `dx` points (quotes, the blocks of a list item). */
export function shifted(items: Item[], dx: number): Item[] {
  if (dx === 0) return items;
  return items.map((it) => ({ ...it, header: it.header && shifted([it.header], dx)[0], draw: (pen, x, y, scale) => it.draw(pen, x + dx, y, scale) }));
}

/** Items that stay on one page together. */
export function keptTogether(items: Item[]): Item[] {
  return items.map((it, i) => (i < items.length - 1 ? { ...it, keepWithNext: true } : it));
}

/** A zero-height item that only marks a forced page break (`::pagebreak`). */
export function pageBreak(): Item {
  return item(0, () => {}, { breakBefore: true });
}
