import { Bookmark } from 'docx';
import type { Paragraph } from 'docx';
import type { Heading, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ElementName } from '../theme.js';
import { phrasing } from './inline.js';
import { frameOf, frameParagraph } from './para.js';
import type { DocxState, Frame, TocHeading } from './state.js';
import { textEms } from './units.js';

/** Depth 1 is the report title; 2 → 一、 (Heading1), 3 → （一） (Heading2), 4 → Heading3, 5–6 → Heading4. */
const ELEMENT_BY_DEPTH: Record<number, ElementName> = { 1: 'title', 2: 'h1', 3: 'h2', 4: 'h3', 5: 'h4', 6: 'h4' };

/** The headings a TOC lists (depth 2–3), in document order, each with its bookmark and, when known, its page. */
export function collectTocHeadings(tree: Root, headingPages?: number[]): TocHeading[] {
  const out: TocHeading[] = [];
  visit(tree, (node, _i, parent) => {
    if (node.type === 'footnoteDefinition') return 'skip';
    if (node.type !== 'heading' || (node.depth !== 2 && node.depth !== 3) || parent?.type === 'footnoteDefinition') return;
    const index = out.length;
    out.push({
      depth: node.depth,
      text: toString(node).trim(),
      bookmark: `_Toc${String(index + 1).padStart(9, '0')}`,
      page: pageOf(headingPages?.[index]),
    });
  });
  return out;
}

/** A page number the PDF writer knows (it writes 0 for a heading it could not place). */
function pageOf(page: number | undefined): number | undefined {
  return page !== undefined && page > 0 ? page : undefined;
}

/** A heading paragraph in its Word heading style; TOC headings carry the bookmark their entry links to. */
export function headingParagraph(node: Heading, container: Frame, state: DocxState): Paragraph {
  const element = ELEMENT_BY_DEPTH[node.depth] ?? 'h4';
  const frame = { ...frameOf(state, element), indentLeft: container.indentLeft };
  const runs = phrasing(node.depth === 1 ? titleLines(node, state) : node.children, frame, state);
  if (node.depth !== 2 && node.depth !== 3) return frameParagraph(state, frame, runs);
  const entry = state.headings[state.nextHeading++];
  return frameParagraph(state, frame, entry ? [new Bookmark({ id: entry.bookmark, children: runs })] : runs);
}

/**
 * A title too long for one line breaks where its author put a space (主标题 副标题), not wherever the
 * line happens to fill up.
 */
function titleLines(node: Heading, state: DocxState): PhrasingContent[] {
  const el = state.theme.elements.title;
  const text = toString(node).trim();
  if (!/\S[ \u3000]+\S/.test(text) || textEms(text) * el.size <= state.geometry.textWidth) return node.children;
  return node.children.flatMap((child): PhrasingContent[] => {
    if (child.type !== 'text') return [child];
    return child.value
      .split(/[ \u3000]+/)
      .flatMap((part, i): PhrasingContent[] => [
        ...(i > 0 && part ? [{ type: 'break' } as const] : []),
        ...(part ? [{ type: 'text', value: part } as const] : []),
      ]);
  });
}
