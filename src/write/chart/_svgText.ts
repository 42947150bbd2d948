import { type FontFace, type FontRun, splitByCoverage } from '../fonts.js';
import { type ChartFaces, cssFontFamily, textWidth } from './_faces.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function decodeXml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
}

function encodeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * ECharts' SVG made static and printable: no hover CSS, no interaction attributes, no
 * per-instance ids (so the same spec gives the same bytes); every text names our faces.
 */
export function finishChartSvg(svg: string, placeholderFamily: string, faces: ChartFaces): { svg: string; missing: string[] } {
  const missing: string[] = [];
  const out = svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>\s*/g, '')
    .replace(/\s(?:class|pointer-events|ecmeta_[a-z_]+)="[^"]*"/g, '')
    .replace(/zr\d+-/g, 'zr0-')
    .replace(/<text([^>]*)>([^<]*)<\/text>/g, (_, attrs: string, content: string) => {
      const split = splitByCoverage(decodeXml(content), faces.label, faces.fallback);
      missing.push(...split.missing);
      return textRuns(attrs, placeholderFamily, split.runs, faces);
    });
  return { svg: out, missing };
}

/**
 * One text element per font run. A run the label face lacks is set in the fallback face as a
 * text of its own, placed by our metrics: a tspan would do in PDFKit, but resvg then sets the
 * whole line in the fallback face (linebender/resvg#598, #973).
 */
function textRuns(attrs: string, placeholder: string, runs: FontRun[], faces: ChartFaces): string {
  const withFamily = (a: string, face: FontFace) => a.split(`font-family:${placeholder};`).join(`font-family:${cssFontFamily(face)};`);
  if (runs.length <= 1) return `<text${withFamily(attrs, runs[0]?.face ?? faces.label)}>${encodeXml(runs[0]?.text ?? '')}</text>`;
  const size = Number(/font-size:([\d.]+)px/.exec(attrs)?.[1] ?? 12);
  const widths = runs.map((r) => textWidth(r.text, size, faces));
  const total = widths.reduce((a, b) => a + b, 0);
  const anchor = /text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start';
  let x = Number(/\sx="([-\d.]+)"/.exec(attrs)?.[1] ?? 0) - (anchor === 'middle' ? total / 2 : anchor === 'end' ? total : 0);
  const base = setAttr(attrs, 'text-anchor', 'start');
  return runs
    .map((run, i) => {
      const text = `<text${withFamily(setAttr(base, 'x', String(Math.round(x * 1000) / 1000)), run.face)}>${encodeXml(run.text)}</text>`;
      x += widths[i]!;
      return text;
    })
    .join('');
}

const ATTRIBUTE = { 'text-anchor': /\stext-anchor="[^"]*"/, x: /\sx="[^"]*"/ };

function setAttr(attrs: string, name: keyof typeof ATTRIBUTE, value: string): string {
  const re = ATTRIBUTE[name];
  return re.test(attrs) ? attrs.replace(re, ` ${name}="${value}"`) : `${attrs} ${name}="${value}"`;
}
