import type { Item } from './flow.js';

/** Where an item lands: its top, from the top of the text block, and the scale it is drawn at. */
export interface Placement {
  item: Item;
  y: number;
  scale: number;
}

/** Rounding in the sums of line pitches must not push the last line of a full page over. */
const EPSILON = 1e-3;

/**
 * The page builder: items in order onto pages of text-block height `height`. Greedy, as a
 * typesetter fills pages, with the keeps the items carry: an item goes on the page if it fits
 * together with every item it must stay with (a heading and the first lines after it, a table
 * header and its first row); otherwise the page ends. A shrinkable item (a chart) that nearly
 * fits is scaled down to end the page instead. A table row that starts a page has the table's
 * header drawn above it. An item (a chain of kept items) taller than a whole page is set across
 * pages as best it can.
 */
export function paginate(items: Item[], height: number): Placement[][] {
  const pages: Placement[][] = [[]];
  const scales = new Map<Item, number>();
  let y = 0;
  let lastSpaceAfter = 0;
  let hasContent = false;
  let breakPending = false;
  let forcedUntil = -1;

  const newPage = () => {
    pages.push([]);
    y = 0;
    lastSpaceAfter = 0;
    hasContent = false;
  };
  const place = (it: Item, gap: number, scale: number) => {
    y += gap;
    pages[pages.length - 1]!.push({ item: it, y, scale });
    it.placed?.(pages.length);
    y += it.height * scale;
    lastSpaceAfter = it.spaceAfter;
    hasContent = true;
  };

  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.breakBefore) {
      breakPending = true;
      continue;
    }
    if (breakPending && hasContent) newPage();
    breakPending = false;
    if (it.atFoot) {
      if (hasContent && y + lastSpaceAfter + it.spaceBefore + it.height > height + EPSILON) newPage();
      y = height - it.height;
      place(it, 0, 1);
      continue;
    }
    const end = i <= forcedUntil ? i : chainEnd(items, i);
    const header = !hasContent && it.header ? it.header : null;
    const gap = hasContent ? lastSpaceAfter + it.spaceBefore : 0;
    const room = height - y - gap - (header?.height ?? 0);
    const need = chainHeight(items, i, end, scales);
    if (need > room + EPSILON && !shrinkToFit(items, i, end, room, need, scales, hasContent)) {
      if (hasContent) {
        newPage();
        i--;
        continue;
      }
      // Taller than a page however it is cut: set its items one by one, each page as full as it goes.
      forcedUntil = Math.max(forcedUntil, end);
    }
    if (header) place(header, 0, 1);
    place(it, header ? header.spaceAfter + it.spaceBefore : gap, scales.get(it) ?? 1);
  }
  return pages;
}

/** The last index of the chain of items that must stay on one page with items[i]. */
function chainEnd(items: Item[], i: number): number {
  let j = i;
  while (items[j]!.keepWithNext && j + 1 < items.length && !items[j + 1]!.breakBefore && !items[j + 1]!.atFoot) j++;
  return j;
}

function chainHeight(items: Item[], from: number, to: number, scales: Map<Item, number>): number {
  let h = 0;
  for (let k = from; k <= to; k++) {
    const it = items[k]!;
    if (k > from) h += items[k - 1]!.spaceAfter + it.spaceBefore;
    h += it.height * (scales.get(it) ?? 1);
  }
  return h;
}

/**
 * Scales the first shrinkable item of a chain that is too tall for the room, if that makes it fit
 * at no less than the item's minimum scale (on an empty page, whatever it takes).
 */
function shrinkToFit(items: Item[], from: number, to: number, room: number, need: number, scales: Map<Item, number>, hasContent: boolean): boolean {
  for (let k = from; k <= to; k++) {
    const it = items[k]!;
    if (it.minScale === undefined || scales.has(it) || it.height <= 0) continue;
    const scale = (room - (need - it.height)) / it.height;
    if (scale >= 1 || scale <= 0 || (hasContent && scale < it.minScale)) return false;
    scales.set(it, scale);
    return true;
  }
  return false;
}
