import { drawInlines } from './draw.js';
import { type Item, item } from './flow.js';
import type { SetLine } from './justify.js';

export type Align = 'justify' | 'left' | 'center' | 'right';

/**
 * One finished line as an item `pitch` tall, set in a column `width` wide: indented, and centred
 * or pushed right within what the indent leaves (a justified line already fills it).
 */
export function lineItem(line: SetLine, pitch: number, width: number, align: Align): Item {
  const room = width - line.indent - line.width;
  const dx = line.indent + (align === 'center' ? room / 2 : align === 'right' ? room : 0);
  return item(pitch, (pen, x, y) => drawInlines(pen, line.inlines, x + dx, y));
}

/** An empty line one pitch tall (two hard breaks in a row still take their place on the grid). */
export function blankItem(pitch: number): Item {
  return item(pitch, () => {});
}

/**
 * A paragraph's lines bound so that no line is left alone at the foot or head of a page: the
 * first two and the last two lines stay together, and a paragraph of three lines or fewer moves
 * as a whole.
 */
export function paragraphItems(lines: Item[]): Item[] {
  const n = lines.length;
  return lines.map((l, i) => (i < n - 1 && (n <= 3 || i === 0 || i === n - 2) ? { ...l, keepWithNext: true } : l));
}
