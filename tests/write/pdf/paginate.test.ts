import { describe, expect, it } from 'vitest';
import { type Item, item } from '../../../src/write/pdf/flow.js';
import { paginate } from '../../../src/write/pdf/paginate.js';

/** Items named so the pages can be read back: a text line is 10 pt, a page holds 100 pt (ten lines). */
const PAGE = 100;
const named = new Map<Item, string>();
function unit(name: string, height: number, over: Partial<Item> = {}): Item {
  const made = item(height, () => {}, over);
  named.set(made, name);
  return made;
}
const lines = (prefix: string, n: number, over: Partial<Item> = {}) => Array.from({ length: n }, (_, i) => unit(`${prefix}${i + 1}`, 10, over));
const pagesOf = (items: Item[]) => paginate(items, PAGE).map((page) => page.map((p) => named.get(p.item)!));

describe('the page builder', () => {
  it('fills each page with as many lines as it holds', () => {
    expect(pagesOf(lines('l', 25)).map((p) => p.length)).toEqual([10, 10, 5]);
  });

  it('moves a heading that would end a page to the next, with the lines bound to it', () => {
    const items = [...lines('l', 9), unit('heading', 10, { keepWithNext: true }), unit('p1', 10, { keepWithNext: true }), unit('p2', 10)];
    const pages = pagesOf(items);
    expect(pages[0]!.at(-1)).toBe('l9');
    expect(pages[1]!.slice(0, 3)).toEqual(['heading', 'p1', 'p2']);
  });

  it('drops the space above an item that starts a page', () => {
    const items = [...lines('l', 10), unit('heading', 10, { spaceBefore: 15 })];
    const placements = paginate(items, PAGE);
    expect(placements[1]![0]!.y).toBe(0);
  });

  it.each([
    ['at the start', [unit('break-a', 0, { breakBefore: true }), ...lines('a', 2)], [['a1', 'a2']]],
    ['twice in a row', [...lines('a', 1), unit('break-b', 0, { breakBefore: true }), unit('break-c', 0, { breakBefore: true }), ...lines('b', 1)], [['a1'], ['b1']]],
    ['at the end', [...lines('a', 1), unit('break-d', 0, { breakBefore: true })], [['a1']]],
  ])('never leaves an empty page for a page break %s', (_, items, expected) => {
    expect(pagesOf(items as Item[])).toEqual(expected);
  });

  it('draws the table header again above a row that starts a page', () => {
    const header = unit('header', 10, { keepWithNext: true });
    const rows = Array.from({ length: 12 }, (_, i) => unit(`row${i + 1}`, 10, { header }));
    const pages = pagesOf([header, ...rows]);
    expect(pages[0]![0]).toBe('header');
    expect(pages[1]![0]).toBe('header');
    expect(pages.flat().filter((n) => n.startsWith('row'))).toHaveLength(12);
  });

  it('shrinks a chart that nearly fits the foot of a page rather than leaving the space empty', () => {
    const chart = unit('chart', 50, { minScale: 0.7 });
    const placements = paginate([...lines('l', 6), chart], PAGE);
    expect(placements).toHaveLength(1);
    expect(placements[0]!.at(-1)!.scale).toBeCloseTo(0.8, 5);
  });

  it('moves a chart that would have to shrink too far', () => {
    const chart = unit('chart', 50, { minScale: 0.7 });
    const placements = paginate([...lines('l', 7), chart], PAGE);
    expect(placements).toHaveLength(2);
    expect(placements[1]![0]!.scale).toBe(1);
  });

  it('shrinks the chart, not the heading bound to it', () => {
    const heading = unit('heading', 10, { keepWithNext: true });
    const chart = unit('chart', 50, { minScale: 0.7 });
    const placements = paginate([...lines('l', 5), heading, chart], PAGE);
    expect(placements).toHaveLength(1);
    expect(placements[0]!.find((p) => p.item === heading)!.scale).toBe(1);
    expect(placements[0]!.find((p) => p.item === chart)!.scale).toBeCloseTo(0.8, 5);
  });

  it.each([
    ['on the page the text ends on', 5, 1],
    ['on a new page when the text leaves no room', 8, 2],
  ])('puts the end block at the foot of the last page: %s', (_, n, pageCount) => {
    const end = unit('end', 30, { atFoot: true });
    const placements = paginate([...lines('l', n), end], PAGE);
    expect(placements).toHaveLength(pageCount);
    const last = placements.at(-1)!.at(-1)!;
    expect(last.item).toBe(end);
    expect(last.y).toBe(PAGE - 30);
  });

  it('sets a run of bound lines taller than a page across pages instead of giving up', () => {
    const bound = lines('b', 25, { keepWithNext: true });
    expect(pagesOf(bound).map((p) => p.length)).toEqual([10, 10, 5]);
  });
});
