import type { Blockquote, Image, Paragraph, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Frame } from './block.js';
import { codeBlock } from './code.js';
import { drawRule } from './draw.js';
import { type Item, item, pageBreak, shifted, spaced } from './flow.js';
import { headingBlock } from './headings.js';
import { imageBlock } from './images.js';
import { listBlocks } from './lists.js';
import { mastheadBlock } from './masthead.js';
import { frameStyle, paragraphBlock } from './paragraph.js';
import { spansOf, type PdfState } from './state.js';
import { tableBlock } from './tables.js';
import { blockStyle, lookOf } from './styles.js';
import { tocBlock } from './toc.js';
import { PT_PER_MM } from '../theme.js';

/** Markdown blocks in order, as the items of the page builder, set in `frame`. */
export function blocksOf(state: PdfState, nodes: RootContent[], frame: Frame): Item[] {
  return nodes.flatMap((node, i) => {
    const items = blockOf(state, node, frame);
    // A heading after a table, chart or picture stands clear of it by half a line more than after text.
    if (node.type === 'heading' && i > 0 && isFigure(nodes[i - 1]!) && items.length > 0) return spaced(items, state.geo.linePitch / 2, 0);
    return items;
  });
}

function isFigure(node: RootContent): boolean {
  return node.type === 'table' || node.type === 'code' || node.type === 'thematicBreak' || (node.type === 'paragraph' && loneImage(node) !== null);
}

function blockOf(state: PdfState, node: RootContent, frame: Frame): Item[] {
  switch (node.type) {
    case 'paragraph': {
      const image = loneImage(node);
      return image ? imageBlock(state, image, frame) : paragraphBlock(state, node, frame);
    }
    case 'heading':
      return headingBlock(state, node, frame);
    case 'list':
      return listBlocks(state, node, frame);
    case 'table':
      return tableBlock(state, node, frame.width);
    case 'blockquote':
      return quoteBlocks(state, node, frame);
    case 'code':
      return codeBlock(state, node, frame.width);
    case 'thematicBreak':
      return [ruleItem(state, frame.width)];
    case 'leafDirective':
      return leafDirectiveBlocks(state, node, frame);
    case 'containerDirective':
      return containerBlocks(state, node, frame);
    default:
      // html, link definitions, footnote definitions (footnotes.ts), front matter: nothing to draw here.
      return [];
  }
}

/** A paragraph holding nothing but a picture is the picture, as a block. */
function loneImage(node: Paragraph): Image | null {
  const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = content.length === 1 ? content[0]! : null;
  return only?.type === 'image' ? only : null;
}

/** Block quotes: 楷体, indented two characters from both sides. */
function quoteBlocks(state: PdfState, node: Blockquote, frame: Frame): Item[] {
  const style = blockStyle(state, 'quote');
  const inset = 2 * (style.size + style.spacing);
  return shifted(blocksOf(state, node.children, { ...frame, para: 'quote', width: frame.width - 2 * inset }), inset);
}

function leafDirectiveBlocks(state: PdfState, node: LeafDirective, frame: Frame): Item[] {
  if (node.name === 'masthead') return mastheadBlock(state, node, frame.width);
  if (node.name === 'toc') return tocBlock(state, node, frame.width);
  if (node.name === 'pagebreak') return [pageBreak()];
  reportUnknown(state, node);
  return node.children.length > 0 ? paragraphBlock(state, { type: 'paragraph', children: node.children }, frame) : [];
}

function containerBlocks(state: PdfState, node: ContainerDirective, frame: Frame): Item[] {
  if (node.name === 'center') return blocksOf(state, node.children, { ...frame, align: 'center' });
  if (node.name === 'note') return noteBlocks(state, node, frame);
  if (node.name !== 'endblock') reportUnknown(state, node);
  // The end block is placed by the document at the foot of the last page (endblock.ts).
  return node.name === 'endblock' ? [] : blocksOf(state, node.children, frame);
}

/** 按语: the label in 黑体 leads the first paragraph, the note itself is in 楷体. */
function noteBlocks(state: PdfState, node: ContainerDirective, frame: Frame): Item[] {
  const noteFrame: Frame = { ...frame, para: 'note' };
  const label = (node.attributes?.label ?? '按语').trim();
  const look = { ...lookOf(frameStyle(state, noteFrame)), face: state.face('hei') };
  const prefix = label ? spansOf(state, /[：:]$/.test(label) ? label : `${label}：`, look) : [];
  const [first, ...rest] = node.children;
  if (first?.type !== 'paragraph') return blocksOf(state, node.children, noteFrame);
  return [...paragraphBlock(state, first, noteFrame, prefix), ...blocksOf(state, rest, noteFrame)];
}

/** A thematic break: a thin rule across the column, one line pitch tall. */
function ruleItem(state: PdfState, width: number): Item {
  const pitch = state.geo.linePitch;
  const lineWidth = state.theme.rules.inner * PT_PER_MM;
  const color = state.theme.colors.text;
  return item(pitch, (pen, x, y) => drawRule(pen, x, y + pitch / 2, x + width, y + pitch / 2, lineWidth, color));
}

function reportUnknown(state: PdfState, node: LeafDirective | ContainerDirective): void {
  state.ctx.report({
    level: 'warning',
    code: 'RENDER_UNKNOWN_DIRECTIVE',
    message: `unknown directive "${node.type === 'leafDirective' ? '::' : ':::'}${node.name}"; its content is written as is`,
    line: node.position?.start.line ?? null,
  });
}
