import type { Nodes, Paragraph } from 'mdast';
import type { DocumentTree } from '../../render/tree.js';
import { PT_PER_MM } from '../theme.js';
import { drawRule } from './draw.js';
import { type Item, item } from './flow.js';
import { phrasingSpans } from './inline.js';
import { textWidth } from './measure.js';
import { spansBlock } from './paragraph.js';
import { withGapAfter } from './spans.js';
import { spansOf, type PdfState } from './state.js';
import { blockStyle, LATIN_GAP_EM, lookOf } from './styles.js';

/**
 * Numbers footnotes in the order they are first referenced (unreferenced definitions follow),
 * and reports references to footnotes that are never defined.
 */
export function collectFootnotes(tree: DocumentTree, state: PdfState): void {
  const refs: { id: string; label: string; line: number | null }[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'footnoteDefinition') state.footnoteDefinitions.set(node.identifier, node);
    if (node.type === 'footnoteReference') refs.push({ id: node.identifier, label: node.label ?? node.identifier, line: node.position?.start.line ?? null });
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  for (const ref of refs) {
    if (state.footnoteNumbers.has(ref.id)) continue;
    if (!state.footnoteDefinitions.has(ref.id)) {
      state.ctx.report({ level: 'warning', code: 'RENDER_FOOTNOTE_UNDEFINED', message: `footnote [^${ref.label}] is referenced but never defined`, line: ref.line });
      continue;
    }
    state.footnoteNumbers.set(ref.id, state.footnoteNumbers.size + 1);
  }
  for (const id of state.footnoteDefinitions.keys()) if (!state.footnoteNumbers.has(id)) state.footnoteNumbers.set(id, state.footnoteNumbers.size + 1);
}

/** The notes at the end of the document: a short rule, then each note numbered, its lines hanging under its text. */
export function footnotesBlock(state: PdfState, width: number): Item[] {
  const ids = [...state.footnoteNumbers.entries()].sort((a, b) => a[1] - b[1]);
  if (ids.length === 0) return [];
  const style = blockStyle(state, 'footnote');
  const lineWidth = state.theme.rules.inner * PT_PER_MM;
  const color = state.theme.colors.text;
  // The rule stays with the first line of the first note.
  const rule = item(0, (pen, x, y) => drawRule(pen, x, y, x + width / 4, y, lineWidth, color), {
    spaceBefore: state.geo.linePitch / 2,
    spaceAfter: style.size / 2,
    keepWithNext: true,
  });
  const items: Item[] = [rule];
  for (const [id, n] of ids) {
    const def = state.footnoteDefinitions.get(id)!;
    const marker = withGapAfter(spansOf(state, `${n}.`, lookOf(style)));
    const hang = textWidth(style.face, `${n}.`, style.size) + 2 * style.spacing + LATIN_GAP_EM * style.size;
    const paragraphs = def.children.filter((c): c is Paragraph => c.type === 'paragraph');
    paragraphs.forEach((p, i) => {
      const spans = [...(i === 0 ? marker : []), ...phrasingSpans(state, p.children, lookOf(style))];
      items.push(...spansBlock(spans, style, width, { firstIndent: i === 0 ? 0 : hang, restIndent: hang, align: 'justify' }));
    });
  }
  return items;
}
