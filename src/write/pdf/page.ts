import { PT_PER_MM } from '../theme.js';
import { ASCENT } from './fonts.js';
import type { Item } from './flow.js';
import { textLines } from './paragraph.js';
import type { Pen } from './pen.js';
import { spansOf, type PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf } from './styles.js';

/**
 * What every page carries besides its text: `— 1 —` in 四号 half-width digits, its dashes 7 mm
 * below the text block, odd pages at the right and even pages at the left, one character in
 * (GB/T 9704 §7.5); the running header and footer, if the theme has them. Styles and places are
 * worked out once per document; each page only sets its own number.
 */
export function pageFurniture(state: PdfState): (pen: Pen, page: number) => void {
  const { theme, geo } = state;
  const m = geo.margins;
  const bottom = geo.height - m.bottom;
  const parts: ((pen: Pen, page: number) => void)[] = [];
  let used = 0;
  if (theme.pageNumber.show) {
    const style = blockStyle(state, 'pageNumber');
    const inset = theme.pageNumber.inset * style.size;
    const top = Math.max(0, theme.pageNumber.offset * PT_PER_MM - markCentre(style, fill(theme.pageNumber.format, state, 1)));
    const fixed = style.align === 'justify' ? 'center' : style.align;
    parts.push((pen, page) => {
      const align = theme.pageNumber.alternate ? (page % 2 === 1 ? 'right' : 'left') : fixed;
      drawLines(pen, oneLine(state, fill(theme.pageNumber.format, state, page), style, geo.textWidth - 2 * inset, align), m.left + inset, bottom + top, style.pitch);
    });
    used = top + style.pitch;
  }
  if (theme.footer.text) {
    const style = blockStyle(state, 'footer');
    const top = used > 0 ? used : style.size;
    parts.push((pen, page) => drawLines(pen, oneLine(state, fill(theme.footer.text, state, page), style, geo.textWidth, style.align), m.left, bottom + top, style.pitch));
  }
  if (theme.header.text) {
    const style = blockStyle(state, 'header');
    // The header's text ends about 6 mm above the text block.
    const top = Math.max(0, m.top - 6 * PT_PER_MM - style.size);
    parts.push((pen, page) => drawLines(pen, oneLine(state, fill(theme.header.text, state, page), style, geo.textWidth, style.align), m.left, top, style.pitch));
  }
  return (pen, page) => parts.forEach((draw) => draw(pen, page));
}

function fill(template: string, state: PdfState, page: number): string {
  return template.replace(/\{n\}/g, String(page)).replace(/\{title\}/g, state.ctx.meta.title);
}

function oneLine(state: PdfState, text: string, style: BlockStyle, width: number, align: BlockStyle['align']): Item[] {
  const a = align === 'justify' ? 'center' : align;
  return textLines(spansOf(state, text, lookOf(style)), { ...style, indent: 0 }, width, { align: a, latinGapEm: 0 });
}

function drawLines(pen: Pen, lines: Item[], x: number, y: number, pitch: number): void {
  lines.forEach((line, i) => line.draw(pen, x, y + i * pitch, 1));
}

/**
 * How far below the top of its line the middle of the first mark of `text` sits (the 一字线 of
 * `— 1 —`): lines put the baseline ASCENT em down (fonts.ts), the glyph's box says the rest.
 */
function markCentre(style: BlockStyle, text: string): number {
  const first = [...text.trim()][0] ?? '1';
  const bbox = style.face.font.glyphForCodePoint(first.codePointAt(0)!).bbox;
  const upm = style.face.font.unitsPerEm;
  return ASCENT * style.size - ((bbox.minY + bbox.maxY) / 2 / upm) * style.size;
}
