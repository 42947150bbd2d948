import * as fontkit from 'fontkit';
import { fileURLToPath } from 'node:url';

// Typesets text line by line, the way newspaper e-paper PDFs are built: every line placed
// absolutely, justified by character spacing, paragraphs flowing from column to column.

const font = fontkit.openSync(fileURLToPath(new URL('../../fonts/FandolFang-Regular.ttf', import.meta.url))) as fontkit.Font;

export interface Frame {
  x: number;
  top: number;
  bottom: number;
  width: number;
}

type Node = Record<string, unknown>;

export function widthOf(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth;
  return (units / font.unitsPerEm) * size;
}

const NO_LINE_START = /^[，。、；：？！”’）》〉」』….,;:!?%)]/;

/** Chinese characters one by one, Latin words and numbers whole. */
function tokensOf(text: string): string[] {
  return text.match(/[A-Za-z0-9.%+\-]+|\s+|./gu) ?? [];
}

function lineBreaks(text: string, first: number, rest: number, size: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let width = first;
  for (const token of tokensOf(text)) {
    if (widthOf([...line, token].join(''), size) > width + 0.01 && line.length > 0) {
      let carry: string[] = [];
      if (NO_LINE_START.test(token)) carry = [line.pop()!];
      lines.push(line.join('').trimEnd());
      line = [...carry];
      width = rest;
      if (/^\s+$/.test(token)) continue;
    }
    line.push(token);
  }
  if (line.length) lines.push(line.join('').trimEnd());
  return lines;
}

function placed(text: string, x: number, y: number, size: number, spacing = 0): Node {
  return { text, fontSize: size, characterSpacing: spacing, absolutePosition: { x, y } };
}

/**
 * Paragraphs set into frames in order: first line indented two characters, full lines justified,
 * a paragraph running on from the bottom of one frame to the top of the next.
 */
export function flowParagraphs(paragraphs: readonly string[], frames: readonly Frame[], size: number, pitch: number): Node[] {
  const nodes: Node[] = [];
  let f = 0;
  let y = frames[0]!.top;
  for (const paragraph of paragraphs) {
    const frame = () => frames[f]!;
    const indent = 2 * size;
    const lines = lineBreaks(paragraph, frame().width - indent, frame().width, size);
    lines.forEach((line, i) => {
      if (y + size > frame().bottom) {
        f++;
        if (!frames[f]) throw new Error(`text overflows the frames at: ${line}`);
        y = frame().top;
      }
      const x = frame().x + (i === 0 ? indent : 0);
      const target = frame().width - (i === 0 ? indent : 0);
      const chars = [...line].length;
      const last = i === lines.length - 1;
      const spacing = last || chars < 2 ? 0 : (target - widthOf(line, size)) / (chars - 1);
      nodes.push(placed(line, x, y, size, spacing));
      y += pitch;
    });
  }
  return nodes;
}

/** One line centred over a span of columns. */
export function centredLine(text: string, x: number, width: number, y: number, size: number): Node {
  return placed(text, x + (width - widthOf(text, size)) / 2, y, size);
}

/** The same nodes with every character placed on its own, as some e-paper systems write PDFs. */
export function glyphByGlyph(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((node) => {
    const at = node.absolutePosition as { x: number; y: number };
    const size = node.fontSize as number;
    let x = at.x;
    return [...(node.text as string)].map((ch) => {
      const glyph = { text: ch, fontSize: size, absolutePosition: { x, y: at.y } };
      x += widthOf(ch, size) + ((node.characterSpacing as number | undefined) ?? 0);
      return glyph;
    });
  });
}
