import { BorderStyle, LineRuleType } from 'docx';
import type { FileChild } from 'docx';
import type { Paragraph as MdParagraph, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { chartBlocks } from './charts.js';
import { endblockBlocks } from './endblock.js';
import { headingParagraph } from './headings.js';
import { introducesNext } from './keep.js';
import { phrasing, textRuns } from './inline.js';
import { listBlocks } from './lists.js';
import { mastheadBlocks } from './masthead.js';
import { frameOf, frameParagraph, indented, makeParagraph } from './para.js';
import type { DocxState, Frame } from './state.js';
import { EXTRA_STYLE, STYLE } from './styles.js';
import { tableBlocks } from './tables.js';
import { tocBlocks } from './toc.js';
import { eighths, mmToPt, wordColor } from './units.js';

/** Block Markdown → Word paragraphs and tables, in the frame (style, face, indent) of their container. */
export async function blocks(nodes: RootContent[], frame: Frame, state: DocxState): Promise<FileChild[]> {
  const out: FileChild[] = [];
  for (let i = 0; i < nodes.length; i++) out.push(...(await block(nodes[i]!, frame, state, { previous: nodes[i - 1], next: nodes[i + 1] })));
  return out;
}

/** A block's neighbours in its container. */
interface Around {
  previous: RootContent | undefined;
  next: RootContent | undefined;
}

async function block(node: RootContent, frame: Frame, state: DocxState, around: Around): Promise<FileChild[]> {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node, frame, state, around);
    case 'heading':
      return [headingParagraph(node, frame, state)];
    case 'blockquote':
      return blocks(
        node.children,
        { ...indented(state, frame, 2), style: STYLE.quote, element: 'quote', face: state.fonts.elementFace('quote') },
        state,
      );
    case 'list':
      return listBlocks(node, frame, state);
    case 'table':
      return tableBlocks(node, frame, state);
    case 'thematicBreak':
      return [thematicBreak(frame, state)];
    case 'code':
      return node.lang === 'chart' ? chartBlocks(node, frame, state) : codeBlock(node.value, state);
    case 'leafDirective':
      return leafDirective(node, frame, state);
    case 'containerDirective':
      return containerDirective(node, frame, state);
    case 'html':
      // Comments are notes for template authors; other raw HTML has no Word form.
      if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
        state.ctx.report({
          level: 'info',
          code: 'RENDER_HTML_SKIPPED',
          message: 'raw HTML is not written to the Word file',
          line: node.position?.start.line ?? null,
        });
      }
      return [];
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return [];
    default:
      return [];
  }
}

/**
 * A paragraph, kept on the page of the block it introduces (keep.ts). One holding a picture gets automatic
 * line height (exact spacing would clip it); one holding only pictures is centred, with the pictures'
 * titles (`![alt](src "title")`) as a caption under it.
 */
function paragraph(node: MdParagraph, frame: Frame, state: DocxState, around: Around): FileChild[] {
  const images = node.children.filter((c) => c.type === 'image');
  if (images.length === 0) {
    const keepNext = introducesNext(node, around, charsPerLine(frame, state)) || undefined;
    return [frameParagraph(state, frame, phrasing(node.children, frame, state), { keepNext })];
  }
  const onlyImages = node.children.every((c) => c.type === 'image' || (c.type === 'text' && !c.value.trim()));
  const title = onlyImages
    ? images
        .map((i) => i.title ?? '')
        .filter(Boolean)
        .join(' ')
    : '';
  const picture = frameParagraph(
    state,
    onlyImages ? { ...frame, align: 'center', noIndent: true } : frame,
    phrasing(node.children, frame, state),
    {
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      keepNext: title ? true : undefined,
    },
  );
  if (!title) return [picture];
  const caption = frameOf(state, 'caption');
  return [picture, makeParagraph(state, { style: caption.style, children: textRuns(title, caption, state) })];
}

/** How many characters of the frame's size a line of it holds. */
function charsPerLine(frame: Frame, state: DocxState): number {
  return (state.geometry.textWidth - frame.indentLeft / 20) / state.theme.elements[frame.element].size;
}

function thematicBreak(frame: Frame, state: DocxState): FileChild {
  const border = {
    style: BorderStyle.SINGLE,
    size: eighths(mmToPt(state.theme.rules.inner)),
    color: wordColor(state.theme.colors.text),
    space: 1,
  };
  return frameParagraph(state, { ...frame, noIndent: true }, [], { border: { bottom: border } });
}

function codeBlock(value: string, state: DocxState): FileChild[] {
  const frame = frameOf(state, 'table', EXTRA_STYLE.code);
  return value.split('\n').map((line) => makeParagraph(state, { style: frame.style, children: textRuns(line, frame, state) }));
}

function leafDirective(node: LeafDirective, frame: Frame, state: DocxState): FileChild[] {
  switch (node.name) {
    case 'masthead':
      return mastheadBlocks(node, state);
    case 'toc':
      return tocBlocks(node, state);
    case 'pagebreak':
      state.pendingPageBreak = true;
      return [];
    default:
      unknownDirective(`::${node.name}`, node.position?.start.line, state);
      return node.children.length ? [frameParagraph(state, frame, phrasing(node.children, frame, state))] : [];
  }
}

async function containerDirective(node: ContainerDirective, frame: Frame, state: DocxState): Promise<FileChild[]> {
  switch (node.name) {
    case 'note':
      return noteBlocks(node, frame, state);
    case 'center':
      return blocks(node.children, { ...frame, align: 'center', noIndent: true }, state);
    case 'endblock':
      return endblockBlocks(node, state);
    default:
      unknownDirective(`:::${node.name}`, node.position?.start.line, state);
      return blocks(node.children, frame, state);
  }
}

/** `:::note{label="按语"}`: the text in 楷体, its first paragraph led by the label in 黑体. */
async function noteBlocks(node: ContainerDirective, frame: Frame, state: DocxState): Promise<FileChild[]> {
  const note: Frame = { ...frame, style: STYLE.note, element: 'note', face: state.fonts.elementFace('note') };
  const raw = node.attributes?.label ?? '按语';
  const label = raw && !/[：:]$/.test(raw) ? `${raw}：` : raw;
  const [first, ...rest] = node.children;
  if (!first || first.type !== 'paragraph' || !label) return blocks(node.children, note, state);
  const lead = textRuns(label, note, state, { face: state.fonts.face('hei') });
  return [frameParagraph(state, note, [...lead, ...phrasing(first.children, note, state)]), ...(await blocks(rest, note, state))];
}

function unknownDirective(name: string, line: number | undefined, state: DocxState): void {
  state.ctx.report({
    level: 'warning',
    code: 'RENDER_UNKNOWN_DIRECTIVE',
    message: `unknown directive "${name}"; its content is written as ordinary text`,
    line: line ?? null,
  });
}
