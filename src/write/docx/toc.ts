import { InternalHyperlink, LeaderType, PageReference, Tab, TabStopType, TextRun } from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import type { LeafDirective } from 'mdast-util-directive';
import { runFonts } from './faces.js';
import { field } from './fields.js';
import { textRuns } from './inline.js';
import { frameOf, makeParagraph } from './para.js';
import type { DocxState, TocHeading } from './state.js';
import { EXTRA_STYLE, STYLE } from './styles.js';
import { twips } from './units.js';

/** Word's own TOC code: heading styles 1–2 (the tree's depth 2–3), entries as links, no page numbers in web view. */
export const TOC_FIELD = 'TOC \\o "1-2" \\h \\z \\u';

/**
 * `::toc`: a real TOC field whose result is already filled in with the headings that follow and their
 * pages, so it reads right before anyone updates it; F9 in Word rebuilds it from the heading styles.
 */
export function tocBlocks(node: LeafDirective, state: DocxState): FileChild[] {
  const title = node.attributes?.title ?? '目录';
  const entries = state.headings.slice(state.nextHeading);
  const out: FileChild[] = [];
  if (title) {
    const frame = { ...frameOf(state, 'h1', EXTRA_STYLE.tocHeading) };
    out.push(makeParagraph(state, { style: frame.style, children: textRuns(title, frame, state) }));
  }
  const face = state.fonts.elementFace('toc');
  const begin = new TextRun({ font: runFonts(face), children: field.begin(TOC_FIELD) });
  const end = new TextRun({ font: runFonts(face), children: [field.end()] });
  if (entries.length === 0) {
    out.push(makeParagraph(state, { style: STYLE.toc, children: [begin, end] }));
    return out;
  }
  entries.forEach((entry, i) => {
    const children: ParagraphChild[] = [
      ...(i === 0 ? [begin] : []),
      new InternalHyperlink({ anchor: entry.bookmark, children: entryRuns(entry, state) }),
      ...(i === entries.length - 1 ? [end] : []),
    ];
    out.push(
      makeParagraph(state, {
        style: entry.depth === 2 ? STYLE.toc : EXTRA_STYLE.toc2,
        tabStops: [{ type: TabStopType.RIGHT, position: twips(state.geometry.textWidth), leader: LeaderType.DOT }],
        children,
      }),
    );
  });
  return out;
}

/** The heading's text, a tab to the dotted right tab stop, and a PAGEREF field showing its page. */
function entryRuns(entry: TocHeading, state: DocxState): ParagraphChild[] {
  const frame = frameOf(state, 'toc', entry.depth === 2 ? STYLE.toc : EXTRA_STYLE.toc2);
  const fonts = runFonts(frame.face);
  const tab = new TextRun({ font: fonts, children: [new Tab()] });
  // Without the PDF's page numbers, docx's layout estimate fills this field in (see estimateTocPages).
  if (entry.page === undefined) {
    state.estimatePages = true;
    state.fonts.add(frame.face, '0123456789');
    return [...textRuns(entry.text, frame, state), tab, new PageReference(entry.bookmark, { hyperlink: true })];
  }
  return [
    ...textRuns(entry.text, frame, state),
    tab,
    new TextRun({ font: fonts, children: field.begin(`PAGEREF ${entry.bookmark} \\h`) }),
    ...textRuns(String(entry.page), frame, state),
    new TextRun({ font: fonts, children: [field.end()] }),
  ];
}
