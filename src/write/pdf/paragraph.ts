import type { Paragraph } from 'mdast';
import type { Frame } from './block.js';
import { type Item, spaced } from './flow.js';
import { phrasingSpans } from './inline.js';
import type { SetLine } from './justify.js';
import { lineItem, paragraphItems } from './lines.js';
import type { Span } from './spans.js';
import type { PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf, settingsOf } from './styles.js';
import { type LineSettings, typesetLines } from './typeset.js';

/** Spans set as lines in a style. */
export function setLines(spans: Span[], style: BlockStyle, width: number, over: Partial<LineSettings> = {}): SetLine[] {
  return typesetLines(trimStart(spans), settingsOf(style, width, over));
}

/** Spans set as lines in a style: one item per line, each one pitch tall. */
export function textLines(spans: Span[], style: BlockStyle, width: number, over: Partial<LineSettings> = {}): Item[] {
  const settings = settingsOf(style, width, over);
  return typesetLines(trimStart(spans), settings).map((line) => lineItem(line, style.pitch, width, settings.align));
}

/** The style a frame gives its paragraphs. */
export function frameStyle(state: PdfState, frame: Frame): BlockStyle {
  const style = blockStyle(state, frame.para);
  return { ...style, align: frame.align ?? style.align, indent: frame.indent ?? (frame.align === 'center' ? 0 : style.indent) };
}

export function paragraphBlock(state: PdfState, node: Paragraph, frame: Frame, prefix: Span[] = []): Item[] {
  const style = frameStyle(state, frame);
  const spans = [...prefix, ...phrasingSpans(state, node.children, lookOf(style))];
  return spansBlock(spans, style, frame.width);
}

/** A paragraph of spans, bound against widows and orphans, with the style's space around it. */
export function spansBlock(spans: Span[], style: BlockStyle, width: number, over: Partial<LineSettings> = {}): Item[] {
  return spaced(paragraphItems(textLines(spans, style, width, over)), style.spaceBefore, style.spaceAfter);
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
