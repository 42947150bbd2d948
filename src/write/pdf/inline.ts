import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { charClass } from './chars.js';
import { sameLook, type Span } from './spans.js';
import { type Look, type PdfState, spansOf } from './state.js';

/**
 * Inline Markdown as spans: strong in the theme's bold face (黑体), emphasis in its italic face
 * (楷体), code in 黑体, links as their text, footnote references as superscript numbers, hard
 * breaks as newlines the line layout honours.
 */
export function phrasingSpans(state: PdfState, nodes: PhrasingContent[], look: Look): Span[] {
  const out: Span[] = [];
  for (const node of nodes) out.push(...nodeSpans(state, node, look));
  return mergeSpans(out);
}

function nodeSpans(state: PdfState, node: PhrasingContent, look: Look): Span[] {
  switch (node.type) {
    case 'text':
      return spansOf(state, joinSoftBreaks(node.value), look);
    case 'strong':
      return phrasingSpans(state, node.children, { ...look, face: state.face('bold') });
    case 'emphasis':
      return phrasingSpans(state, node.children, { ...look, face: state.face('italic') });
    case 'delete':
      return phrasingSpans(state, node.children, { ...look, decoration: 'lineThrough' });
    case 'inlineCode':
      return spansOf(state, node.value, { ...look, face: state.face('hei') });
    case 'link':
    case 'linkReference':
      return phrasingSpans(state, node.children, look);
    case 'break':
      return [{ ...look, text: '\n' }];
    case 'image':
    case 'imageReference':
      return node.alt ? spansOf(state, node.alt, look) : [];
    case 'footnoteReference':
      return footnoteMark(state, node.identifier, node.label ?? node.identifier, look);
    case 'html':
      // <br> is the one piece of HTML a template may use for a line break.
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? [{ ...look, text: '\n' }] : [];
    case 'textDirective':
      state.ctx.report({
        level: 'warning',
        code: 'RENDER_UNKNOWN_DIRECTIVE',
        message: `unknown inline directive ":${node.name}"; its text is written as is`,
        line: node.position?.start.line ?? null,
      });
      return phrasingSpans(state, node.children, look);
    default:
      return spansOf(state, toString(node), look);
  }
}

function footnoteMark(state: PdfState, identifier: string, label: string, look: Look): Span[] {
  const n = state.footnoteNumbers.get(identifier);
  if (n === undefined) return spansOf(state, `[^${label}]`, look);
  return spansOf(state, String(n), { ...look, face: state.face('body'), sup: true });
}

/**
 * A soft line break in the Markdown source is not a space in Chinese: it disappears between
 * Chinese characters and becomes one space between Latin words.
 */
export function joinSoftBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (m, offset: number) => {
    const before = text.codePointAt(Math.max(0, offset - 1)) ?? 0;
    const after = text.codePointAt(offset + m.length) ?? 0;
    const cjk = (cp: number) => ['ideo', 'cjkPunct'].includes(charClass(cp));
    return offset === 0 || cjk(before) || cjk(after) ? '' : ' ';
  });
}

/** Neighbouring spans with the same look become one, so lines have as few inlines as possible. */
function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && sameLook(prev, s)) {
      out[out.length - 1] = { ...prev, text: prev.text + s.text };
    } else if (s.text) out.push(s);
  }
  return out;
}
