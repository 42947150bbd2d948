import { TextRun, ShadingType } from 'docx';
import type { ParagraphChild } from 'docx';
import type { PhrasingContent } from 'mdast';
import type {} from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { FontFace } from '../fonts.js';
import { longTokenBreaks } from '../long-tokens.js';
import { runFonts } from './faces.js';
import { footnoteReferenceRun } from './footnotes.js';
import { imageRun } from './images.js';
import type { DocxState, Frame } from './state.js';
import { CJK } from './units.js';

/** How enclosing inline nodes change a run. */
export interface Marks {
  strong?: boolean;
  emphasis?: boolean;
  code?: boolean;
  strike?: boolean;
  /** A face that overrides the frame's (the 按语 label in 黑体). */
  face?: FontFace;
}

/** A soft line break inside a paragraph: nothing between Chinese characters, a space between Latin words. */
export function joinSoftBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (m, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + m.length] ?? '';
    return CJK.test(before) || CJK.test(after) || before === '' || after === '' ? '' : ' ';
  });
}

/**
 * The text with a zero-width space at each break point of its long tokens (see longTokenBreaks): Word
 * and LibreOffice break Latin text only at spaces, so it is how a DOCX says a line may end there.
 */
export function breakableTokens(text: string): string {
  const breaks = longTokenBreaks(text);
  if (breaks.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of breaks) {
    out += text.slice(from, at) + '\u200B';
    from = at;
  }
  return out + text.slice(from);
}

/** The face a run is drawn in: strong → theme.fonts.bold (黑体), emphasis → theme.fonts.italic (楷体); never synthetic. */
function faceFor(frame: Frame, marks: Marks, state: DocxState): FontFace {
  if (marks.face) return marks.face;
  if (marks.strong) return state.fonts.face('bold');
  if (marks.emphasis) return state.fonts.face('italic');
  return frame.face;
}

/**
 * Runs for plain text, split by font coverage. A run names its face only where it differs from the one
 * its paragraph style gives (bold, italic, fallback): fewer elements for Word to read and docx to write.
 */
export function textRuns(text: string, frame: Frame, state: DocxState, marks: Marks = {}, line?: number): TextRun[] {
  if (text === '') return [];
  const inherited = state.styleFaces.get(frame.style);
  return state.fonts.split(text, faceFor(frame, marks, state), line).map(
    (run) =>
      new TextRun({
        text: marks.code ? run.text : breakableTokens(run.text),
        font: run.face === inherited ? undefined : runFonts(run.face),
        strike: marks.strike || undefined,
        shading: marks.code ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined,
      }),
  );
}

/** Inline Markdown → runs. Links are written as their text; images from allowed folders as pictures. */
export function phrasing(nodes: PhrasingContent[], frame: Frame, state: DocxState, marks: Marks = {}): ParagraphChild[] {
  return nodes.flatMap((node) => phrasingNode(node, frame, state, marks));
}

function phrasingNode(node: PhrasingContent, frame: Frame, state: DocxState, marks: Marks): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return textRuns(joinSoftBreaks(node.value), frame, state, marks, node.position?.start.line);
    case 'strong':
      return phrasing(node.children, frame, state, { ...marks, strong: true });
    case 'emphasis':
      return phrasing(node.children, frame, state, { ...marks, emphasis: true });
    case 'delete':
      return phrasing(node.children, frame, state, { ...marks, strike: true });
    case 'inlineCode':
      return textRuns(node.value, frame, state, { ...marks, code: true });
    case 'link':
    case 'linkReference':
      return phrasing(node.children, frame, state, marks);
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'image':
      return [imageRun(node, state) ?? textRuns(node.alt ?? '', frame, state, marks)].flat();
    case 'imageReference':
      return textRuns(node.alt ?? '', frame, state, marks);
    case 'footnoteReference':
      return [footnoteReferenceRun(node, state) ?? textRuns(`[^${node.label ?? node.identifier}]`, frame, state, marks)].flat();
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? [new TextRun({ break: 1 })] : [];
    case 'textDirective':
      // No inline directive is defined; `时间:xx` in ordinary text parses as one, so write it back as typed.
      state.ctx.report({
        level: 'warning',
        code: 'RENDER_UNKNOWN_DIRECTIVE',
        message: `unknown inline directive ":${node.name}"; written as text`,
        line: node.position?.start.line ?? null,
      });
      return [
        ...textRuns(`:${node.name}${node.children.length ? '[' : ''}`, frame, state, marks),
        ...phrasing(node.children, frame, state, marks),
        ...textRuns(node.children.length ? ']' : '', frame, state, marks),
      ];
    default:
      return textRuns(toString(node), frame, state, marks);
  }
}
