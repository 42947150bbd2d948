import type { Paragraph } from 'mdast';
import type { ContentText } from 'pdfmake/interfaces.js';
import { type Block, type Frame, spaced } from './block.js';
import { phrasingSpans } from './inline.js';
import type { SetLine } from './justify.js';
import { lineNode, paragraphPieces } from './lines.js';
import type { Span } from './spans.js';
import type { PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf, settingsOf } from './styles.js';
import { type LineSettings, typesetLines } from './typeset.js';

/** Spans set as lines in a style. */
export function setLines(spans: Span[], style: BlockStyle, width: number, over: Partial<LineSettings> = {}): SetLine[] {
  return typesetLines(trimStart(spans), settingsOf(style, width, over));
}

/** Spans set as lines in a style: the pdfmake line nodes. */
export function textLines(spans: Span[], style: BlockStyle, width: number, over: Partial<LineSettings> = {}): ContentText[] {
  const settings = settingsOf(style, width, over);
  return typesetLines(trimStart(spans), settings).map((line) => lineNode(line, style.pitch, settings.align));
}

/** The style a frame gives its paragraphs. */
export function frameStyle(state: PdfState, frame: Frame): BlockStyle {
  const style = blockStyle(state, frame.para);
  return { ...style, align: frame.align ?? style.align, indent: frame.indent ?? (frame.align === 'center' ? 0 : style.indent) };
}

export function paragraphBlock(state: PdfState, node: Paragraph, frame: Frame, prefix: Span[] = []): Block {
  const style = frameStyle(state, frame);
  const spans = [...prefix, ...phrasingSpans(state, node.children, lookOf(style))];
  return spansBlock(spans, style, frame.width);
}

/** A paragraph of spans, grouped against widows and orphans, with the style's space around it. */
export function spansBlock(spans: Span[], style: BlockStyle, width: number, over: Partial<LineSettings> = {}): Block {
  const lines = textLines(spans, style, width, over);
  if (lines.length === 0) return { pieces: [] };
  return { pieces: spaced(paragraphPieces(lines), style.spaceBefore, style.spaceAfter), joinable: true };
}

/** Leading blanks (spaces, ideographic spaces) are dropped: the first-line indent is the layout's job. */
function trimStart(spans: Span[]): Span[] {
  const out = [...spans];
  while (out.length > 0) {
    const text = out[0]!.text.replace(/^[\s\u3000]+/, '');
    if (text) {
      out[0] = { ...out[0]!, text };
      break;
    }
    out.shift();
  }
  return out;
}
