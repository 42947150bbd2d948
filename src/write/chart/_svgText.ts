import { splitByCoverage } from '../fonts.js';
import { type ChartFaces, cssFontFamily, textWidth } from './_faces.js';

export type Anchor = 'start' | 'middle' | 'end';

/** A number as the SVG writes it: at most three decimals, so the same chart gives the same bytes. */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function encodeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A chart's SVG as it is drawn: filled paths, thin lines and one-line texts, nothing else. Both
 * writers take this subset fast (the PDF paints it straight into its content stream, see
 * pdf/svg-simple.ts; resvg rasterises it for Word), and it has no ids, scripts or styles, so the
 * same chart always gives the same bytes.
 */
export class ChartCanvas {
  private readonly parts: string[] = [];
  /** Characters no face could draw, set as 〓. */
  readonly missing: string[] = [];

  constructor(private readonly faces: ChartFaces) {}

  line(x1: number, y1: number, x2: number, y2: number, color: string, width: number, roundCap = false): void {
    const cap = roundCap ? ' stroke-linecap="round"' : '';
    this.parts.push(`<path d="M${num(x1)} ${num(y1)}L${num(x2)} ${num(y2)}" fill="none" stroke="${color}" stroke-width="${num(width)}"${cap}/>`);
  }

  /** A bar: a filled path, so that bars and legend keys (rects) are told apart. */
  bar(x0: number, y0: number, x1: number, y1: number, color: string): void {
    const [l, r, t, b] = [num(Math.min(x0, x1)), num(Math.max(x0, x1)), num(Math.min(y0, y1)), num(Math.max(y0, y1))];
    this.parts.push(`<path d="M${l} ${b}L${r} ${b}L${r} ${t}L${l} ${t}Z" fill="${color}"/>`);
  }

  rect(x: number, y: number, width: number, height: number, color: string): void {
    this.parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${color}"/>`);
  }

  /**
   * One line of text centred on `y`, anchored at `x`. A run the label face lacks is set in the
   * fallback face as a text of its own, placed by our metrics: a tspan would do in PDFKit, but
   * resvg then sets the whole line in the fallback face (linebender/resvg#598, #973). With
   * `turnedAt`, x and y are in a frame turned 45° up about that point.
   */
  text(content: string, x: number, y: number, size: number, color: string, anchor: Anchor, turnedAt?: { x: number; y: number }): void {
    if (!content) return;
    const split = splitByCoverage(content, this.faces.label, this.faces.fallback);
    this.missing.push(...split.missing);
    const transform = turnedAt ? ` transform="matrix(0.707,-0.707,0.707,0.707,${num(turnedAt.x)},${num(turnedAt.y)})"` : '';
    const element = (text: string, family: string, at: number, runAnchor: Anchor) =>
      `<text x="${num(at)}" y="${num(y)}" dominant-baseline="central" text-anchor="${runAnchor}" style="font-size:${num(size)}px;font-family:${family};" fill="${color}"${transform}>${encodeXml(text)}</text>`;
    const runs = split.runs;
    if (runs.length === 1) {
      this.parts.push(element(runs[0]!.text, cssFontFamily(runs[0]!.face), x, anchor));
      return;
    }
    const widths = runs.map((r) => textWidth(r.text, size, this.faces));
    const total = widths.reduce((a, b) => a + b, 0);
    let at = x - (anchor === 'middle' ? total / 2 : anchor === 'end' ? total : 0);
    // One label, one line of the SVG, however many runs it takes.
    const elements = runs.map((run, i) => {
      const text = element(run.text, cssFontFamily(run.face), at, 'start');
      at += widths[i]!;
      return text;
    });
    this.parts.push(elements.join(''));
  }

  svg(width: number, height: number): string {
    const [w, h] = [num(width), num(height)];
    return `<svg width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}">\n${this.parts.join('\n')}\n</svg>`;
  }
}
