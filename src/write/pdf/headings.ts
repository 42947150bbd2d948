import type { Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DocumentTree } from '../../render/tree.js';
import type { ElementName } from '../theme.js';
import type { Frame } from './block.js';
import { type Item, spaced } from './flow.js';
import { joinSoftBreaks, phrasingSpans } from './inline.js';
import { textLines } from './paragraph.js';
import type { HeadingRecord, PdfState } from './state.js';
import { blockStyle, lookOf } from './styles.js';

/** Depth 1 is the report's title; 2 the 一、 level; 3 the （一） level; 4 the 1. level; 5–6 the （1） level. */
const ELEMENT_BY_DEPTH: Record<number, ElementName> = { 1: 'title', 2: 'h1', 3: 'h2', 4: 'h3', 5: 'h4', 6: 'h4' };

/** Deepest heading level that gets a bookmark in the PDF outline. */
const OUTLINE_DEPTH = 3;

/** Numbers every heading before layout, so a table of contents can point at headings that follow it. */
export function collectHeadings(tree: DocumentTree, state: PdfState): HeadingRecord[] {
  const records: HeadingRecord[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'footnoteDefinition') return;
    if (node.type === 'leafDirective' && node.name === 'toc') state.tocStarts.set(node, records.length);
    if (node.type === 'heading') {
      const record: HeadingRecord = {
        id: `jianbao-heading-${records.length + 1}`,
        depth: node.depth,
        text: joinSoftBreaks(toString(node)).trim(),
      };
      const parent = [...records].reverse().find((r) => r.depth < node.depth && r.depth <= OUTLINE_DEPTH);
      if (parent) record.parentId = parent.id;
      records.push(record);
      state.headings.set(node, record);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return records;
}

/**
 * A heading as lines that stay together and with what follows (no heading ends a page). Its first
 * line records the page it lands on (for the table of contents and ctx.layout), carries the
 * destination the table of contents links to and, down to depth 3, an outline (bookmark) entry
 * nested under its parent.
 */
export function headingBlock(state: PdfState, node: Heading, frame: Frame): Item[] {
  const record = state.headings.get(node);
  const style = blockStyle(state, ELEMENT_BY_DEPTH[node.depth] ?? 'h4');
  const lines = textLines(phrasingSpans(state, node.children, lookOf(style)), style, frame.width);
  if (lines.length === 0 || !record) return [];
  const first = lines[0]!;
  lines[0] = {
    ...first,
    placed: (page) => (record.page = page),
    draw: (pen, x, y, scale) => {
      // Only a table of contents links to headings; PDFKit's sorted name tree is not free.
      if (state.tocStarts.size > 0) pen.doc.addNamedDestination(record.id, 'XYZ', x, y, null);
      if (node.depth <= OUTLINE_DEPTH) {
        const parent = (record.parentId && pen.outlines.get(record.parentId)) || pen.doc.outline;
        pen.outlines.set(record.id, parent.addItem(record.text, { expanded: true }));
      }
      first.draw(pen, x, y, scale);
    },
  };
  return spaced(
    lines.map((l) => ({ ...l, keepWithNext: true })),
    style.spaceBefore,
    style.spaceAfter,
  );
}
