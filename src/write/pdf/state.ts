import type { FootnoteDefinition, Heading } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { type FontFace, missingGlyphWarning, splitByCoverage } from '../fonts.js';
import { type PageGeometry, pageGeometry, type Theme } from '../theme.js';
import type { WriteContext } from '../types.js';
import type { Span } from './spans.js';

/** A heading the document outline, the table of contents and ctx.layout know about. */
export interface HeadingRecord {
  id: string;
  depth: number;
  text: string;
  /** The nearest heading above it in the outline. */
  parentId?: string;
  /** The page it lands on, known once the pages are built and before anything is drawn. */
  page?: number;
}

/** What every block converter shares while one document is written. */
export interface PdfState {
  ctx: WriteContext;
  theme: Theme;
  geo: PageGeometry;
  fallback: FontFace;
  face(nameOrRole: string): FontFace;
  headings: Map<Heading, HeadingRecord>;
  /** For each `::toc`, how many headings come before it: it lists the ones after. */
  tocStarts: Map<LeafDirective, number>;
  /** Footnote number by identifier, in order of first reference. */
  footnoteNumbers: Map<string, number>;
  footnoteDefinitions: Map<string, FootnoteDefinition>;
  /** Characters no font has, reported once each. */
  missing: Set<string>;
}

export function createState(ctx: WriteContext): PdfState {
  const theme = ctx.theme;
  // FontSet looks a face up on disk each time; a document asks for the same few hundreds of times.
  const faces = new Map<string, FontFace>();
  const face = (nameOrRole: string) => {
    let f = faces.get(nameOrRole);
    if (!f) faces.set(nameOrRole, (f = ctx.fonts.face(nameOrRole, theme)));
    return f;
  };
  return {
    ctx,
    theme,
    geo: pageGeometry(theme),
    fallback: face('fallback'),
    face,
    headings: new Map(),
    tocStarts: new Map(),
    footnoteNumbers: new Map(),
    footnoteDefinitions: new Map(),
    missing: new Set(),
  };
}

export type Look = Omit<Span, 'text'>;

/**
 * Text in a look, split into spans by what each face can draw: characters the face lacks come
 * from the fallback face, and a character no font has is drawn as 〓 and reported once.
 */
export function spansOf(state: PdfState, text: string, look: Look): Span[] {
  const { runs, missing } = splitByCoverage(drawable(text), look.face, state.fallback);
  for (const ch of missing) reportMissingGlyph(state, ch);
  return runs.map((r) => ({ ...look, text: r.text, face: r.face }));
}

/**
 * Text as it can be drawn: zero-width characters (common in text copied from web pages) have no
 * glyph in any face and would show as boxes, so they go; tabs and the typographic spaces become
 * plain spaces; carriage returns go.
 */
function drawable(text: string): string {
  if (!UNDRAWABLE.test(text)) return text;
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad\r]/g, '').replace(/[\t\u2000-\u200a\u202f\u205f]/g, ' ');
}

const UNDRAWABLE = /[\u200b-\u200d\u2060\ufeff\u00ad\r\t\u2000-\u200a\u202f\u205f]/;

export function reportMissingGlyph(state: PdfState, ch: string): void {
  if (state.missing.has(ch)) return;
  state.missing.add(ch);
  state.ctx.report(missingGlyphWarning(ch, 'the PDF', null));
}
