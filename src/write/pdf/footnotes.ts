import type { Nodes, Paragraph } from 'mdast';
import type { Content } from 'pdfmake/interfaces.js';
import type { DocumentTree } from '../../render/tree.js';
import { PT_PER_MM } from '../theme.js';
import type { Block } from './block.js';
import { phrasingSpans } from './inline.js';
import { textWidth } from './measure.js';
import { spansBlock } from './paragraph.js';
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
export function footnotesBlock(state: PdfState, width: number): Block {
  const ids = [...state.footnoteNumbers.entries()].sort((a, b) => a[1] - b[1]);
  if (ids.length === 0) return { pieces: [] };
  const style = blockStyle(state, 'footnote');
  const pieces: Content[] = [
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: width / 4, y2: 0, lineWidth: state.theme.rules.inner * PT_PER_MM, lineColor: state.theme.colors.text }],
      margin: [0, state.geo.linePitch / 2, 0, style.size / 2],
    },
  ];
  for (const [id, n] of ids) {
    const def = state.footnoteDefinitions.get(id)!;
    const marker = spansOf(state, `${n}.`, lookOf(style));
    const hang = textWidth(style.face, `${n}.`, style.size) + 2 * style.spacing + LATIN_GAP_EM * style.size;
    const paragraphs = def.children.filter((c): c is Paragraph => c.type === 'paragraph');
    paragraphs.forEach((p, i) => {
      const spans = [...(i === 0 ? marker : []), ...phrasingSpans(state, p.children, lookOf(style))];
      pieces.push(...spansBlock(spans, style, width, { firstIndent: i === 0 ? 0 : hang, restIndent: hang, align: 'justify' }).pieces);
    });
  }
  return { pieces: [{ stack: pieces.slice(0, 2), unbreakable: true }, ...pieces.slice(2)] };
}
