import type { FontFace } from '../fonts.js';
import { fmt, showText } from './draw.js';
import { matrixOf, pathOps, rectPath } from './svg-geometry.js';
import { textWidth } from './measure.js';
import type { Pen } from './pen.js';

/**
 * The flat SVG a chart renderer writes (ours, chart/_svgText.ts: paths, rects and one-line texts,
 * each with its own transform, fill and stroke) painted straight into the content stream: about
 * fifty times faster than a general SVG renderer. Anything outside that subset — groups, clips,
 * gradients, half-transparent paint — returns false so a general renderer is used.
 */
export function drawSimpleSvg(pen: Pen, svg: string, x: number, y: number, w: number, h: number, faceOf: (families: string) => FontFace): boolean {
  const elements = parseFlatSvg(svg);
  if (!elements) return false;
  const root = elements[0]!;
  const [vx, vy, vw, vh] = (root.attrs.viewBox ?? `0 0 ${root.attrs.width} ${root.attrs.height}`).split(/[\s,]+/).map(Number);
  if (![vx, vy, vw, vh].every((n) => Number.isFinite(n)) || !vw || !vh) return false;
  // preserveAspectRatio xMidYMid meet, as browsers and svg-to-pdfkit place a viewBox.
  const s = Math.min(w / vw, h / vh);
  const ops: string[] = ['q', `${fmt(s)} 0 0 ${fmt(s)} ${fmt(x + (w - vw * s) / 2 - vx! * s)} ${fmt(y + (h - vh * s) / 2 - vy! * s)} cm`];
  for (const el of elements.slice(1)) {
    const painted = el.name === 'text' ? textOps(pen, el, faceOf) : shapeOps(pen, el);
    if (painted === null) return false;
    ops.push(...painted);
  }
  ops.push('Q');
  pen.doc.addContent(ops.join('\n'));
  return true;
}

interface Element {
  name: string;
  attrs: Record<string, string>;
  text: string;
}

const KNOWN: Record<string, Set<string>> = {
  svg: new Set(['width', 'height', 'xmlns', 'xmlns:xlink', 'version', 'baseProfile', 'viewBox']),
  rect: new Set(['x', 'y', 'width', 'height', 'fill', 'stroke', 'stroke-width', 'fill-opacity', 'stroke-opacity', 'transform']),
  path: new Set(['d', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'fill-opacity', 'stroke-opacity', 'transform', 'paint-order']),
  text: new Set(['x', 'y', 'dominant-baseline', 'text-anchor', 'style', 'transform', 'fill', 'fill-opacity']),
};

/** The root and its children, when the SVG is one flat list of known elements with known attributes. */
function parseFlatSvg(svg: string): Element[] | null {
  const out: Element[] = [];
  const tag = /<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g;
  let open: Element | null = null;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    const [, closing, name, rawAttrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (open && open.name === 'text') open.text += text;
      else if (text.trim()) return null;
      continue;
    }
    if (closing) {
      if (open && open.name === name) open = null;
      continue;
    }
    const allowed = KNOWN[name!];
    if (!allowed || (open && open.name !== 'svg') || (out.length === 0) !== (name === 'svg')) return null;
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs!.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      if (!allowed.has(a[1]!)) return null;
      attrs[a[1]!] = decode(a[2]!);
    }
    const el = { name: name!, attrs, text: '' };
    out.push(el);
    if (!selfClosing) open = el;
    if (name === 'svg') open = null;
  }
  return out.length > 0 ? out : null;
}

function decode(s: string): string {
  return s.replace(/&(?:#(\d+)|amp|lt|gt|quot|apos);/g, (e, n: string | undefined) =>
    n ? String.fromCodePoint(Number(n)) : ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" } as Record<string, string>)[e]!,
  );
}

/** A path or rect: its outline in PDF operators, filled and stroked as its attributes say. */
function shapeOps(pen: Pen, el: Element): string[] | null {
  const a = el.attrs;
  const outline = el.name === 'rect' ? rectPath(a) : pathOps(a.d ?? '');
  const transform = matrixOf(a.transform);
  const fill = paint(pen, a.fill ?? 'black', a['fill-opacity'], 'rg');
  const strokeWidth = Number(a['stroke-width'] ?? 1);
  const stroke = strokeWidth > 0 ? paint(pen, a.stroke ?? 'none', a['stroke-opacity'], 'RG') : '';
  if (outline === null || transform === null || fill === null || stroke === null) return null;
  if (!fill && !stroke) return [];
  const ops = ['q'];
  if (transform) ops.push(`${transform} cm`);
  if (fill) ops.push(fill);
  if (stroke) {
    ops.push(stroke, `${fmt(strokeWidth)} w`, `${CAPS[a['stroke-linecap'] ?? 'butt'] ?? 0} J`, `${JOINS[a['stroke-linejoin'] ?? 'miter'] ?? 0} j`);
    if (a['stroke-miterlimit']) ops.push(`${fmt(Number(a['stroke-miterlimit']))} M`);
  }
  ops.push(outline, fill && stroke ? 'B' : fill ? 'f' : 'S', 'Q');
  return ops;
}

const CAPS: Record<string, number> = { butt: 0, round: 1, square: 2 };
const JOINS: Record<string, number> = { miter: 0, round: 1, bevel: 2 };

/** A colour operator ('' for no paint); null for paint it cannot give exactly (gradients, partial opacity). */
function paint(pen: Pen, color: string, opacity: string | undefined, op: 'rg' | 'RG'): string | null {
  const c = color.trim();
  if (c === 'none' || c === 'transparent' || (opacity !== undefined && Number(opacity) === 0)) return '';
  if (opacity !== undefined && Number(opacity) !== 1) return null;
  const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(c);
  if (rgba) {
    const alpha = rgba[4] === undefined ? 1 : Number(rgba[4]);
    if (alpha === 0) return '';
    if (alpha !== 1) return null;
    return `${[rgba[1], rgba[2], rgba[3]].map((n) => fmt(Number(n) / 255)).join(' ')} ${op}`;
  }
  const parts = (pen.doc as unknown as { _normalizeColor(c: string): number[] | null })._normalizeColor(c);
  if (!parts || parts.length !== 3) return null;
  return `${parts.map(fmt).join(' ')} ${op}`;
}

/**
 * One line of text: in the face its font-family names, at its font-size, anchored and placed on
 * its baseline as svg-to-pdfkit places it (the 'central' baseline from the font's box).
 */
function textOps(pen: Pen, el: Element, faceOf: (families: string) => FontFace): string[] | null {
  const a = el.attrs;
  const style = Object.fromEntries((a.style ?? '').split(';').flatMap((d) => (d.includes(':') ? [d.split(':').map((s) => s.trim()) as [string, string]] : [])));
  const size = Number(/^([\d.]+)(px)?$/.exec(style['font-size'] ?? '16')?.[1]);
  const transform = matrixOf(a.transform);
  const fill = paint(pen, a.fill ?? 'black', a['fill-opacity'], 'rg');
  const baseline = a['dominant-baseline'] ?? 'alphabetic';
  const known = Object.keys(style).every((k) => k === 'font-size' || k === 'font-family');
  if (!size || transform === null || fill === null || !known || !['central', 'alphabetic', 'auto'].includes(baseline)) return null;
  const text = el.text.replace(/\s+/g, ' ').trim();
  if (!text || !fill) return [];
  const face = faceOf(style['font-family'] ?? '');
  const width = textWidth(face, text, size);
  const anchor = a['text-anchor'] ?? 'start';
  const x = Number(a.x ?? 0) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  const y = Number(a.y ?? 0) + (baseline === 'central' ? centralShift(face, size) : 0);
  const font = pen.font(face);
  const fonts = pen.doc.page.fonts as Record<string, unknown>;
  fonts[font.pdf.id] ??= font.pdf.ref();
  const ops = ['q'];
  if (transform) ops.push(`${transform} cm`);
  // The content is y-down here (PDFKit's user space); the text matrix turns glyphs upright.
  ops.push('BT', fill, `/${font.pdf.id} ${fmt(size)} Tf`, `1 0 0 -1 ${fmt(x)} ${fmt(y)} Tm`, showText(font, text, size), 'ET', 'Q');
  return ops;
}

/** How far below its y a 'central' text's baseline sits, by svg-to-pdfkit's reckoning with the em box every face reports (fonts.ts). */
function centralShift(face: FontFace, size: number): number {
  const scale = 1000 / face.font.unitsPerEm;
  const ascent = Math.max(880, face.font.bbox.maxY * scale);
  const descent = Math.min(-120, face.font.bbox.minY * scale);
  return ((ascent + descent) / 2 / 1000) * size;
}
