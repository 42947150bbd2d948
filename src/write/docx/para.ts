import { Paragraph } from 'docx';
import type { IParagraphOptions, ParagraphChild } from 'docx';
import type { ElementName } from '../theme.js';
import type { DocxState, Frame } from './state.js';
import { firstLineIndent, STYLE } from './styles.js';
import { twips } from './units.js';

/** Every paragraph goes through here, so a `::pagebreak` lands on the next one as "page break before". */
export function makeParagraph(state: DocxState, options: IParagraphOptions): Paragraph {
  if (!state.pendingPageBreak) return new Paragraph(options);
  state.pendingPageBreak = false;
  return new Paragraph({ ...options, pageBreakBefore: true });
}

/** A frame for text in a theme element's style, not nested in anything. */
export function frameOf(state: DocxState, element: ElementName, style: string = STYLE[element]): Frame {
  return { style, element, face: state.fonts.elementFace(element), indentLeft: 0 };
}

/** A paragraph of inline children in its frame: the frame's style, plus the indents and alignment containers add. */
export function frameParagraph(state: DocxState, frame: Frame, children: ParagraphChild[], extra: IParagraphOptions = {}): Paragraph {
  const el = state.theme.elements[frame.element];
  // The style has the element's own first-line indent and no left indent; say only what differs.
  const needsIndent = frame.indentLeft > 0 || (frame.noIndent && el.indent > 0);
  return makeParagraph(state, {
    style: frame.style,
    children,
    alignment: frame.align,
    indent: needsIndent ? { left: frame.indentLeft, ...firstLineIndent(frame.noIndent ? 0 : el.indent, el.size) } : undefined,
    ...extra,
  });
}

/** A frame nested one step deeper (quote, list continuation): indented by `chars` characters of body size. */
export function indented(state: DocxState, frame: Frame, chars: number): Frame {
  return { ...frame, indentLeft: frame.indentLeft + twips(chars * state.theme.elements.body.size) };
}

/** For blocks that are not our paragraphs (tables, charts): an empty hairline paragraph carrying a pending page break. */
export function pageBreakCarrier(state: DocxState): Paragraph[] {
  return state.pendingPageBreak ? [makeParagraph(state, { spacing: { line: 20, lineRule: 'exact', before: 0, after: 0 } })] : [];
}
