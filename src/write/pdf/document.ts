import type { Nodes } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { DocumentTree } from '../../render/tree.js';
import type { WriteContext } from '../types.js';
import { blocksOf } from './blocks.js';
import { endblockItem } from './endblock.js';
import type { Item } from './flow.js';
import { collectFootnotes, footnotesBlock } from './footnotes.js';
import { collectHeadings } from './headings.js';
import { createState, type HeadingRecord, type PdfState } from './state.js';

export interface PdfDocument {
  state: PdfState;
  /** Body, footnotes, then the end block at the foot of the last page. */
  items: Item[];
  /** Every heading; each learns its page when the pages are built. */
  headings: HeadingRecord[];
}

/** The tree laid out as the page builder's items: every line set, every table and chart sized. */
export function pdfDocument(tree: DocumentTree, ctx: WriteContext): PdfDocument {
  const state = createState(ctx);
  const headings = collectHeadings(tree, state);
  collectFootnotes(tree, state);
  const width = state.geo.textWidth;
  const items = [...blocksOf(state, tree.children, { width, para: 'body' }), ...footnotesBlock(state, width)];
  const end = endblock(tree);
  if (end) items.push(endblockItem(state, end, width));
  return { state, items, headings };
}

/** The `:::endblock`s of the tree as one: there is one foot of the last page to put them at. */
function endblock(tree: DocumentTree): ContainerDirective | null {
  const found: ContainerDirective[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'containerDirective' && node.name === 'endblock') found.push(node);
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  if (found.length <= 1) return found[0] ?? null;
  const copies = found.map((f) => f.attributes?.copies).filter(Boolean).at(-1);
  return { type: 'containerDirective', name: 'endblock', attributes: copies ? { copies } : {}, children: found.flatMap((f) => f.children) };
}
