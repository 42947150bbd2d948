import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { PT_PER_MM } from '../theme.js';
import { ASCENT } from './fonts.js';
import { textLines } from './paragraph.js';
import { spansOf, type PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf } from './styles.js';

type PageParts = Pick<TDocumentDefinitions, 'pageSize' | 'pageMargins' | 'header' | 'footer' | 'pageBreakBefore'>;

/** Page size and margins, page numbers, running header and footer, and the rule that keeps headings off page bottoms. */
export function pageParts(state: PdfState): PageParts {
  const { geo } = state;
  const m = geo.margins;
  return {
    pageSize: { width: geo.width, height: geo.height },
    pageMargins: [m.left, m.top, m.right, m.bottom],
    footer: (page: number) => footerContent(state, page),
    header: (page: number) => headerContent(state, page),
    pageBreakBefore: headingStrandedBelow,
  };
}

function fill(template: string, state: PdfState, page: number): string {
  return template.replace(/\{n\}/g, String(page)).replace(/\{title\}/g, state.ctx.meta.title);
}

/**
 * `— 1 —` in 四号 half-width digits, its dashes 7 mm below the text block, odd pages at the right
 * and even pages at the left, one character in (GB/T 9704 §7.5); then the running footer, if any.
 */
function footerContent(state: PdfState, page: number): Content {
  const { theme, geo } = state;
  const m = geo.margins;
  const parts: Content[] = [];
  const style = blockStyle(state, 'pageNumber');
  let used = 0;
  if (theme.pageNumber.show) {
    const text = fill(theme.pageNumber.format, state, page);
    const inset = theme.pageNumber.inset * style.size;
    const align = theme.pageNumber.alternate ? (page % 2 === 1 ? 'right' : 'left') : style.align === 'justify' ? 'center' : style.align;
    const top = theme.pageNumber.offset * PT_PER_MM - markCentre(style, text);
    const lines = oneLine(state, text, style, geo.textWidth - 2 * inset, align);
    parts.push({ stack: lines, margin: [m.left + inset, Math.max(0, top), m.right + inset, 0] });
    used = Math.max(0, top) + style.pitch;
  }
  if (theme.footer.text) {
    const fstyle = blockStyle(state, 'footer');
    parts.push({ stack: oneLine(state, fill(theme.footer.text, state, page), fstyle, geo.textWidth, fstyle.align), margin: [m.left, used > 0 ? 0 : fstyle.size, m.right, 0] });
  }
  return { stack: parts };
}

function headerContent(state: PdfState, page: number): Content | null {
  const { theme, geo } = state;
  if (!theme.header.text) return null;
  const style = blockStyle(state, 'header');
  const m = geo.margins;
  // The header's text ends about 6 mm above the text block.
  const top = Math.max(0, m.top - 6 * PT_PER_MM - style.size);
  return { stack: oneLine(state, fill(theme.header.text, state, page), style, geo.textWidth, style.align), margin: [m.left, top, m.right, 0] };
}

/** Marks header and footer lines, which pdfmake also lists after the content of each page, so the page-break rule skips them. */
const FURNITURE = 'jianbao-page-furniture';

function oneLine(state: PdfState, text: string, style: BlockStyle, width: number, align: BlockStyle['align']): ContentText[] {
  const a = align === 'justify' ? 'center' : align;
  return textLines(spansOf(state, text, lookOf(style)), { ...style, indent: 0 }, width, { align: a, latinGapEm: 0 }).map((l) => ({ ...l, style: FURNITURE }));
}

/**
 * How far below the top of its line the middle of the first mark of `text` sits (the 一字线 of
 * `— 1 —`): the lines put the baseline ASCENT em down (fonts.ts), the glyph's box says the rest.
 */
function markCentre(style: BlockStyle, text: string): number {
  const first = [...text.trim()][0] ?? '1';
  const bbox = style.face.font.glyphForCodePoint(first.codePointAt(0)!).bbox;
  const upm = style.face.font.unitsPerEm;
  return ASCENT * style.size - ((bbox.minY + bbox.maxY) / 2 / upm) * style.size;
}

interface NodeInfo {
  headlineLevel?: number;
  startPosition?: { pageNumber: number; verticalRatio: number };
  style?: unknown;
  text?: unknown;
  table?: unknown;
  image?: unknown;
  svg?: unknown;
  canvas?: unknown;
}

/**
 * pdfmake's pageBreakBefore: a heading with nothing of its own section after it on its page moves
 * to the next page. (Headings followed by a paragraph are already bound to its first two lines;
 * this catches headings followed by a table, a chart or a picture that did not fit.)
 */
function headingStrandedBelow(node: NodeInfo, queries: { getFollowingNodesOnPage(): NodeInfo[]; getNodesOnNextPage(): NodeInfo[] }): boolean {
  if (!node.headlineLevel || typeof node.style !== 'string') return false;
  const own = node.style;
  const content = (n: NodeInfo) => n.style !== own && n.style !== FURNITURE && (n.text !== undefined || !!n.table || !!n.image || !!n.svg || !!n.canvas);
  // A table that moved on leaves a zero-height position at the foot of the page: that is not content.
  const placedHere = (n: NodeInfo) => n.startPosition?.pageNumber === node.startPosition?.pageNumber && (n.startPosition?.verticalRatio ?? 1) < 0.995;
  if (queries.getFollowingNodesOnPage().some((n) => content(n) && placedHere(n))) return false;
  return queries.getNodesOnNextPage().some(content);
}
