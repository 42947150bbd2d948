import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { WriteContext } from '../types.js';

/**
 * The pages of the headings a `::toc` lists, for a Word file written without the PDF writer before it
 * (`--format docx`): the PDF writer's page builder lays the same tree out on the same grid (no page
 * drawn, no font subset) in a tenth of the time docx's own page estimate takes, and its numbers are
 * the ones the PDF of the same briefing shows. The charts it draws to size them stay in ctx.layout,
 * where the DOCX writer then finds them, as after a PDF.
 * Undefined when the tree has no TOC or the layout fails; the TOC's pages are then estimated by docx.
 */
export async function tocHeadingPages(tree: Root, ctx: WriteContext): Promise<number[] | undefined> {
  if (ctx.layout?.headingPages) return ctx.layout.headingPages;
  if (!hasToc(tree)) return undefined;
  try {
    const { layoutHeadingPages } = await import('../pdf.js');
    // Its own copy of the tree (writers may annotate it) and no diagnostics: the DOCX writer reports its own.
    return layoutHeadingPages(structuredClone(tree), { ...ctx, report: () => {} });
  } catch {
    return undefined;
  }
}

function hasToc(tree: Root): boolean {
  let found = false;
  visit(tree, 'leafDirective', (node) => {
    if (node.name === 'toc') found = true;
  });
  return found;
}
