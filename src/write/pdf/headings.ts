import type { Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Content, ContentText } from 'pdfmake/interfaces.js';
import type { DocumentTree } from '../../render/tree.js';
import type { ElementName } from '../theme.js';
import type { Block, Frame } from './block.js';
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
 * A heading as an unbreakable group of lines. Its first line carries the id that the table of
 * contents refers to and, down to depth 3, an outline (bookmark) entry nested under its parent.
 * The group is marked so the page-break rule can tell it from what follows (page.ts).
 */
export function headingBlock(state: PdfState, node: Heading, frame: Frame): Block {
  const record = state.headings.get(node);
  const style = blockStyle(state, ELEMENT_BY_DEPTH[node.depth] ?? 'h4');
  const lines = textLines(phrasingSpans(state, node.children, lookOf(style)), style, frame.width);
  if (lines.length === 0 || !record) return { pieces: [] };
  const marker = headingMarker(record.id);
  const first = { ...lines[0]!, id: record.id, style: marker } as ContentText;
  if (node.depth <= OUTLINE_DEPTH) {
    Object.assign(first, { outline: true, outlineText: record.text, outlineExpanded: true });
    if (record.parentId) first.outlineParentId = record.parentId;
  }
  lines[0] = first;
  record.node = first as HeadingRecord['node'];
  const group: Content = {
    stack: lines.map((l, i) => (i === 0 ? l : { ...l, style: marker })),
    unbreakable: true,
    headlineLevel: node.depth,
    style: marker,
    margin: [0, style.spaceBefore, 0, style.spaceAfter],
  };
  return { pieces: [group], keepWithNext: true };
}

/** A style name no style sheet defines: pdfmake passes it to pageBreakBefore, which is all it is for. */
export function headingMarker(id: string): string {
  return `${id}-lines`;
}
