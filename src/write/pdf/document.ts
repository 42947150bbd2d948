import type { Nodes } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { DocumentTree } from '../../render/tree.js';
import type { FontFace } from '../fonts.js';
import type { WriteContext } from '../types.js';
import { blocksOf } from './blocks.js';
import { endblockPieces } from './endblock.js';
import { collectFootnotes, footnotesBlock } from './footnotes.js';
import { collectHeadings } from './headings.js';
import { assemblePieces } from './keep.js';
import { pageParts } from './page.js';
import { createState, type HeadingRecord, type PdfState } from './state.js';

export interface PdfDocument {
  definition: TDocumentDefinitions;
  /** Every heading, with the node pdfmake will place (its page is known after layout). */
  headings: HeadingRecord[];
  /** The faces the document may draw with, to register with pdfmake. */
  faces: FontFace[];
}

/** The tree as a pdfmake document definition: body, footnotes, then the end block at the foot of the last page. */
export function pdfDocument(tree: DocumentTree, ctx: WriteContext): PdfDocument {
  const state = createState(ctx);
  const headings = collectHeadings(tree, state);
  collectFootnotes(tree, state);
  const width = state.geo.textWidth;
  const blocks = blocksOf(state, tree.children, { width, para: 'body' });
  blocks.push(footnotesBlock(state, width));
  const content: Content[] = assemblePieces(blocks);
  const end = endblock(tree);
  if (end) content.push(...endblockPieces(state, end, width));
  const { meta } = ctx;
  const definition: TDocumentDefinitions = {
    ...pageParts(state),
    content,
    info: {
      title: meta.title,
      author: meta.author ?? '',
      subject: meta.subject ?? '',
      keywords: (meta.keywords ?? []).join('; '),
      creator: 'jianbao',
      producer: 'jianbao (pdfmake)',
      creationDate: meta.date,
      modDate: meta.date,
    },
    defaultStyle: { font: state.face('body').stem, fontSize: ctx.theme.elements.body.size, lineHeight: 1 },
    compress: true,
    language: 'zh-CN',
  };
  return { definition, headings, faces: themeFaces(state) };
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

/** The faces of every font role and element of the theme, each once. */
function themeFaces(state: PdfState): FontFace[] {
  const names = [...Object.keys(state.theme.fonts), ...Object.values(state.theme.elements).map((e) => e.font)];
  return [...new Set(names.map((n) => state.face(n)))];
}
