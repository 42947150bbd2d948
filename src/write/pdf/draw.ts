import { ASCENT } from './fonts.js';
import { forEachGlyph } from './glyphs.js';
import type { SetInline } from './justify.js';
import { type DocFont, glyphCode, type Pen } from './pen.js';
import { drawSize } from './spans.js';

/** A superscript (a footnote number) is raised three quarters of its own size. */
const SUP_RAISE = 0.75;

/**
 * A set line's inlines, left to right from x, the line's top at y. The content stream is written
 * directly, one text object per line: each inline is placed where the line layout put it, with
 * its character spacing, and its glyphs are the ones the layout measured (glyphs.ts), so what is
 * drawn is exactly what was measured and nothing is shaped or measured again.
 */
export function drawInlines(pen: Pen, inlines: SetInline[], x: number, y: number): void {
  if (inlines.length === 0) return;
  const fonts = pen.doc.page.fonts as Record<string, unknown>;
  let ascent = 0;
  for (const inline of inlines) ascent = Math.max(ascent, ASCENT * drawSize(inline.span));
  const baseline = y + ascent;
  const h = pen.pageHeight;
  const ops = ['q', `1 0 0 -1 0 ${fmt(h)} cm`, 'BT'];
  let font: DocFont | null = null;
  let size = -1;
  let color = '';
  let spacing = Number.NaN;
  let at = x;
  for (const inline of inlines) {
    const f = pen.font(inline.span.face);
    const ds = drawSize(inline.span);
    if (f !== font || ds !== size) {
      fonts[f.pdf.id] ??= f.pdf.ref();
      ops.push(`/${f.pdf.id} ${fmt(ds)} Tf`);
      [font, size] = [f, ds];
    }
    if (inline.span.color !== color) ops.push(fillOp(pen, (color = inline.span.color)));
    if (inline.spacing !== spacing) ops.push(`${fmt((spacing = inline.spacing))} Tc`);
    const lift = inline.span.sup ? SUP_RAISE * ds : 0;
    ops.push(`1 0 0 1 ${fmt(at)} ${fmt(h - baseline + lift)} Tm`, showText(f, inline.text, ds, inline.gaps));
    at += inline.width;
  }
  ops.push('ET', 'Q');
  pen.doc.addContent(ops.join('\n'));
  drawDecorations(pen, inlines, x, baseline);
}

/**
 * The TJ operator showing `text` in a font at `size`: glyph codes, with kerning where a Latin run
 * has any and the extra space of `gaps` after the characters they follow.
 */
export function showText(font: DocFont, text: string, size: number, gaps: SetInline['gaps'] = []): string {
  const extra = new Map(gaps.map((g) => [g.after, (g.width * 1000) / size]));
  const perMille = 1000 / font.face.font.unitsPerEm;
  const parts: string[] = [];
  let hex = '';
  forEachGlyph(font.face, text, extra.size > 0 ? new Set(extra.keys()) : undefined, (glyph, last) => {
    hex += glyphCode(font, glyph);
    const adjust = (glyph.xAdvance - glyph.advance) * perMille + (extra.get(last) ?? 0);
    if (adjust !== 0) {
      parts.push(`<${hex}>`, fmt(-adjust));
      hex = '';
    }
  });
  if (hex) parts.push(`<${hex}>`);
  return `[${parts.join(' ')}] TJ`;
}

/** Struck-through and underlined inlines: a bar in the text's colour, as thick as the text is heavy. */
function drawDecorations(pen: Pen, inlines: SetInline[], x: number, baseline: number): void {
  let at = x;
  for (const inline of inlines) {
    const { decoration, size } = inline.span;
    if (decoration) {
      const thickness = 0.5 + Math.floor(Math.max(size - 8, 0) / 2) * 0.12;
      const y = decoration === 'lineThrough' ? baseline - 0.25 * ASCENT * size : baseline + 0.12 * size;
      pen.doc.save().rect(at, y - thickness / 2, inline.width, thickness).fill(inline.span.color).restore();
    }
    at += inline.width;
  }
}

/** A straight line. */
export function drawRule(pen: Pen, x1: number, y1: number, x2: number, y2: number, width: number, color: string): void {
  pen.doc.save().moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(color).stroke().restore();
}

const fillOps = new Map<string, string>();

/** The fill colour operator for a CSS colour (hex or name, as PDFKit reads them): RGB, or CMYK given as four values. */
function fillOp(pen: Pen, color: string): string {
  let op = fillOps.get(color);
  if (!op) {
    const parts = (pen.doc as unknown as { _normalizeColor(c: string): number[] | null })._normalizeColor(color) ?? [0, 0, 0];
    op = `${parts.map(fmt).join(' ')} ${parts.length === 4 ? 'k' : 'rg'}`;
    fillOps.set(color, op);
  }
  return op;
}

/** A number as content streams write it: at most three decimals. */
export function fmt(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}
