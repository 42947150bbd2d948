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
 * table row, <br>-separated run), headings with their Markdown prefix, table cells joined
 * by two spaces.
 */
export function linesOfElement(root: DomElement, headingPrefix: HeadingPrefix): string[] {
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
    if (tag === 'tr') {
      flush();
      lines.push(...rowLines(node, headingPrefix));
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

/**
 * A data row as one line, its cells joined by two spaces (a cell's own lines by one). A row
 * whose cells hold whole passages is page layout (old sites set articles in tables): its
 * cells' lines are kept as they are.
 */
function rowLines(row: DomElement, headingPrefix: HeadingPrefix): string[] {
  const cells = Array.from(row.children)
    .filter((cell) => ['td', 'th'].includes(tagOf(cell)))
    .map((cell) => linesOfElement(cell, headingPrefix));
  const layout = cells.some((lines) => lines.length > 3 || lines.join('').length > 200);
  if (layout) return cells.flat();
  const line = cells.map((lines) => lines.join(' ')).filter(Boolean).join('  ');
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
