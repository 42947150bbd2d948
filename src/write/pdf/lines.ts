import type { Content, ContentText } from 'pdfmake/interfaces.js';
import type { SetLine } from './justify.js';
import { drawSize } from './spans.js';

/**
 * One finished line as a pdfmake text node. Every inline is noWrap (pdfmake must not break it
 * again) and its lineHeight is chosen so the line is exactly `pitch` tall whatever its face:
 * the writer's fonts share one ascent and descent (see fonts.ts), so lineHeight is pitch / size.
 */
export function lineNode(line: SetLine, pitch: number, align: 'justify' | 'left' | 'center' | 'right'): ContentText {
  const text = line.inlines.map((p) => ({
    text: p.text,
    font: p.span.face.stem,
    fontSize: p.span.size,
    color: p.span.color,
    characterSpacing: p.spacing,
    noWrap: true,
    lineHeight: lineHeightFor(pitch, drawSize(p.span)),
    ...(p.span.sup ? { sup: true } : {}),
    ...(p.span.decoration ? { decoration: p.span.decoration } : {}),
  }));
  // An empty line (two hard breaks in a row) still takes its place on the grid.
  if (text.length === 0) return { ...blankLine(pitch), margin: [line.indent, 0, 0, 0] };
  return { text, alignment: align === 'justify' ? 'left' : align, margin: [line.indent, 0, 0, 0] };
}

/**
 * pdfmake's lineHeight for text of `size` to take `pitch`. A hair under: the text block holds
 * exactly linesPerPage pitches, and pdfmake refuses a line that is 1e-15 pt too tall for the room.
 */
export function lineHeightFor(pitch: number, size: number): number {
  return (pitch - 1e-6) / size;
}

/** An empty line one pitch tall (a space, which extraction ignores). */
export function blankLine(pitch: number): ContentText {
  return { text: ' ', fontSize: pitch, lineHeight: lineHeightFor(pitch, pitch) };
}

/**
 * A paragraph's lines grouped so that pdfmake never leaves one line alone at the foot or head of
 * a page: the first two and the last two lines are unbreakable pairs, and a paragraph of three
 * lines or fewer moves as a whole.
 */
export function paragraphPieces(lines: ContentText[]): Content[] {
  if (lines.length <= 3) return [lines.length === 1 ? lines[0]! : { stack: lines, unbreakable: true }];
  const head: Content = { stack: lines.slice(0, 2), unbreakable: true };
  const tail: Content = { stack: lines.slice(-2), unbreakable: true };
  return [head, ...lines.slice(2, -2), tail];
}
