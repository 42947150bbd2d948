import { FootnoteReferenceRun, Paragraph } from 'docx';
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { frameOf } from './para.js';
import type { DocxState } from './state.js';

/** Footnote definitions by identifier; they are written where they are referenced, not where they stand. */
export function collectFootnoteDefinitions(tree: Root): Map<string, FootnoteDefinition> {
  const out = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (node) => {
    if (!out.has(node.identifier)) out.set(node.identifier, node);
  });
  return out;
}

/**
 * A real Word footnote for a reference: numbered in order of reference. A second reference to the same
 * definition gets a footnote of its own, as Word has no shared footnotes. Null when nothing defines it.
 */
export function footnoteReferenceRun(node: FootnoteReference, state: DocxState): FootnoteReferenceRun | null {
  const definition = state.footnoteDefinitions.get(node.identifier);
  if (!definition) {
    state.ctx.report({
      level: 'warning',
      code: 'RENDER_FOOTNOTE_UNDEFINED',
      message: `footnote [^${node.label ?? node.identifier}] is referenced but never defined`,
      line: node.position?.start.line ?? null,
    });
    return null;
  }
  const id = state.footnoteQueue.length + 1;
  state.footnoteQueue.push({ id, definition });
  // The reference mark is drawn in the FootnoteReference style's face (the body face).
  state.fonts.add(state.fonts.elementFace('body'), String(id));
  state.fonts.add(state.fonts.elementFace('footnote'), String(id));
  return new FootnoteReferenceRun(id);
}

/** The content of every footnote referenced, converted after the body (a footnote may reference another). */
export async function footnoteContents(state: DocxState): Promise<Record<string, { children: Paragraph[] }>> {
  const out: Record<string, { children: Paragraph[] }> = {};
  const frame = frameOf(state, 'footnote');
  for (let i = 0; i < state.footnoteQueue.length; i++) {
    const { id, definition } = state.footnoteQueue[i]!;
    const blocks = await state.blocks(definition.children, frame);
    const paragraphs = blocks.filter((b): b is Paragraph => b instanceof Paragraph);
    out[String(id)] = { children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: frame.style })] };
  }
  return out;
}
