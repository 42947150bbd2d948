import { isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from './_dom.js';

/** The Markdown prefix a heading element gets ('# ', '## '), or null to keep it a plain line. */
export type HeadingPrefix = (element: DomElement) => string | null;

const SKIPPED = new Set('script style noscript template head title iframe object embed svg canvas select option button input textarea map area audio video source img'.split(' '));
const BLOCKS = new Set(
  'address article aside blockquote center dd details dialog div dl dt fieldset figcaption figure footer form header hgroup hr li main nav ol p pre section summary table tbody thead tfoot ul caption'.split(' '),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
// A source line break between two Chinese characters is not a space a reader would see.
const CJK_BREAK = new RegExp(`(?<=[${CJK}])[ \\t\\r\\f]*\\n\\s*(?=[${CJK}])`, 'gu');

/** Tidies one line: collapses whitespace as a browser does, trims. */
export function tidyLine(raw: string): string {
  return raw
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replace(/^[\s\u3000\u00a0\u200b]+|[\s\u3000\u00a0\u200b]+$/gu, '');
}

/**
 * The visible text of an element as lines: one per block (paragraph, list item, heading,
 * table row, <br>-separated run), headings with their Markdown prefix, a table of data as a
 * Markdown pipe table (see tableLines).
 */
export function linesOfElement(root: DomElement, headingPrefix: HeadingPrefix, inTable = false): string[] {
  const lines: string[] = [];
  let current = '';
  // A list number waits for the item's first non-empty line, wherever its text sits.
  let itemNumber = '';
  const flush = (prefix = ''): void => {
    const line = tidyLine(current);
    current = '';
    if (!line) return;
    lines.push(prefix + itemNumber + line);
    itemNumber = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      // Within one text node a line break between Chinese characters is source wrapping only.
      current += (node.textContent ?? '').replace(CJK_BREAK, '');
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') return flush();
    if (tag === 'table') {
      flush();
      lines.push(...tableLines(node, headingPrefix, inTable));
      return;
    }
    if (HEADINGS.has(tag)) {
      flush();
      current = inlineText(node);
      return flush(headingPrefix(node) ?? '');
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === 'li' && node.parentNode && tagOf(node.parentNode) === 'ol') itemNumber = `${indexAmongItems(node)}. `;
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  for (const child of Array.from(root.childNodes)) visit(child);
  flush();
  return lines;
}

/** The rows of a table, not those of tables nested in its cells. */
function rowsOf(table: DomElement): DomElement[] {
  return Array.from(table.children).flatMap((child) => {
    const tag = tagOf(child);
    if (tag === 'tr') return [child];
    return tag === 'thead' || tag === 'tbody' || tag === 'tfoot' ? Array.from(child.children).filter((row) => tagOf(row) === 'tr') : [];
  });
}

/**
 * A table as lines. A table of data (two rows or more of two cells or more) becomes a Markdown
 * pipe table, its first such row the header, so that segmentation can read each row with the
 * column names (see segment/tables.ts); a title row above it stays a line of its own. A table
 * whose cells hold whole passages is page layout (old sites set articles in tables): its cells'
 * lines are kept as they are. Anything else, and a table inside a table's cell, gives one line per
 * row, cells joined by two spaces.
 */
function tableLines(table: DomElement, headingPrefix: HeadingPrefix, nested: boolean): string[] {
  const rows = rowsOf(table).map((row) =>
    Array.from(row.children)
      .filter((cell) => ['td', 'th'].includes(tagOf(cell)))
      .map((cell) => linesOfElement(cell, headingPrefix, true)),
  );
  const isLayout = (cells: string[][]) => cells.some((lines) => lines.length > 3 || lines.join('').length > 200);
  const texts = rows.map((cells) => cells.map((lines) => lines.join(' ')));
  if (rows.some(isLayout)) return rows.flatMap((cells, i) => (isLayout(cells) ? cells.flat() : plainRow(texts[i]!)));
  const filled = (cells: string[]) => cells.filter(Boolean).length;
  const first = texts.findIndex((cells) => filled(cells) >= 2);
  if (nested || first < 0 || texts.slice(first + 1).filter((cells) => filled(cells) >= 2).length === 0) return texts.flatMap(plainRow);
  const width = Math.max(...texts.slice(first).map((cells) => cells.length));
  // A | inside a cell is escaped as Markdown writes it; segmentation gives it back as it was.
  const pipeRow = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    ...texts.slice(0, first).flatMap(plainRow),
    pipeRow(texts[first]!),
    pipeRow(Array.from({ length: width }, () => '---')),
    ...texts.slice(first + 1).filter((cells) => filled(cells) > 0).map(pipeRow),
  ];
}

/** A row as one line, its cells joined by two spaces; none for an empty row. */
function plainRow(cells: string[]): string[] {
  const line = cells.filter(Boolean).join('  ');
  return line ? [line] : [];
}

/** An element's text on one line: its block children joined by a space. */
export function inlineText(element: DomElement): string {
  return linesOfElement(element, () => null).join(' ');
}

function indexAmongItems(item: DomElement): number {
  const siblings = Array.from((item.parentNode as DomElement).children).filter((el) => tagOf(el) === 'li');
  return siblings.indexOf(item) + 1;
}
