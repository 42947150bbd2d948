import { TextRun, ShadingType } from 'docx';
import type { ParagraphChild } from 'docx';
import type { PhrasingContent } from 'mdast';
import type {} from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { FontFace } from '../fonts.js';
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

/** A run of Latin letters, digits and joiners long enough to leave a justified line half empty. */
const LONG_TOKEN = /[A-Za-z0-9_.\-/]{16,}/g;

/** Within such a token, 12 or more letters and digits mixed: a hash or a code, not a word or a number. */
const CODE_RUN = /(?<![A-Za-z0-9])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{12,}/g;

/**
 * Word and LibreOffice break Latin text only at spaces, so a long file name or address moves to the
 * next line whole and the justified line before it is stretched apart character by character. A zero
 * width space after each _ . - / inside such a token lets it break there, and one after every fourth
 * character of a hash or code inside it (the 16 hex digits of a generated file name left gaps of
 * several characters in the line before). (The PDF writer has no such break points: it moves the
 * token whole, so the two formats may break such a line differently.)
 */
export function breakableTokens(text: string): string {
  return text.replace(LONG_TOKEN, (token) => token.replace(/([_.\-/])(?=[A-Za-z0-9])/g, '$1\u200B').replace(CODE_RUN, inFours));
}

/** A zero-width space after every fourth character but the last. */
function inFours(run: string): string {
  return run.replace(/(.{4})(?=.)/g, '$1\u200B');
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
