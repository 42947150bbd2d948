import { AlignmentType, DocumentGridType, Footer, Header, LineRuleType, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ISectionOptions, ParagraphChild } from 'docx';
import { runFonts } from './faces.js';
import { textRuns } from './inline.js';
import { frameOf } from './para.js';
import type { DocxState, Frame } from './state.js';
import { linePitchOf, STYLE } from './styles.js';
import { mmToPt, pitchTwips, twips } from './units.js';

/**
 * Page setup as Word offices use for GB/T 9704: the theme's paper and margins, and a document grid of
 * linesPerPage × charsPerLine (w:docGrid linesAndChars) so Word keeps 22 lines of 28 characters.
 */
export function sectionProperties(state: DocxState): NonNullable<ISectionOptions['properties']> {
  const { geometry: g, theme } = state;
  const landscape = theme.page.orientation === 'landscape';
  const pn = theme.elements.pageNumber;
  // The page number's line starts `offset` mm below the text block.
  const footerDistance = g.margins.bottom - mmToPt(theme.pageNumber.offset) - linePitchOf(pn, theme, g);
  return {
    page: {
      size: {
        width: twips(landscape ? g.height : g.width),
        height: twips(landscape ? g.width : g.height),
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: twips(g.margins.top),
        bottom: twips(g.margins.bottom),
        left: twips(g.margins.left),
        right: twips(g.margins.right),
        header: twips(Math.max(mmToPt(10), g.margins.top / 2)),
        footer: twips(Math.max(mmToPt(5), footerDistance)),
        gutter: 0,
      },
    },
    grid: {
      type: DocumentGridType.LINES_AND_CHARS,
      linePitch: pitchTwips(g.linePitch),
      // In 4096ths of a point: how much each grid cell differs from the body size (negative: 28 × 三号 is wider than the block).
      charSpace: Math.round(g.bodyCharSpacing * 4096),
    },
  };
}

/** Running header and footer text with `{n}` (page) and `{title}`, and the `— 1 —` page number, odd right and even left. */
export function headersAndFooters(state: DocxState): Pick<ISectionOptions, 'headers' | 'footers'> & { evenAndOdd: boolean } {
  const { theme } = state;
  const alternate = theme.pageNumber.show && theme.pageNumber.alternate;
  const header = theme.header.text
    ? new Header({ children: [templateParagraph(theme.header.text, frameOf(state, 'header'), state)] })
    : undefined;
  const footerText = theme.footer.text ? templateParagraph(theme.footer.text, frameOf(state, 'footer'), state) : undefined;
  const footer = (side: 'odd' | 'even' | 'single') =>
    new Footer({ children: [...(footerText ? [footerText] : []), ...(theme.pageNumber.show ? [pageNumberParagraph(side, state)] : [])] });
  const hasFooter = Boolean(footerText) || theme.pageNumber.show;
  return {
    evenAndOdd: alternate,
    headers: header ? { default: header, ...(alternate ? { even: header } : {}) } : undefined,
    footers: hasFooter ? { default: footer(alternate ? 'odd' : 'single'), ...(alternate ? { even: footer('even') } : {}) } : undefined,
  };
}

/** `— 1 —` in 四号 half-width digits: odd pages at the right, even at the left, `inset` characters in. */
function pageNumberParagraph(side: 'odd' | 'even' | 'single', state: DocxState): Paragraph {
  const { theme } = state;
  const el = theme.elements.pageNumber;
  const frame = frameOf(state, 'pageNumber');
  state.fonts.add(frame.face, '0123456789');
  const inset = twips(theme.pageNumber.inset * el.size);
  const alignment =
    side === 'odd' ? AlignmentType.RIGHT : side === 'even' ? AlignmentType.LEFT : el.align === 'justify' ? AlignmentType.CENTER : el.align;
  return new Paragraph({
    style: STYLE.pageNumber,
    alignment,
    indent: side === 'odd' ? { right: inset } : side === 'even' ? { left: inset } : undefined,
    spacing: { line: pitchTwips(linePitchOf(el, theme, state.geometry)), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: templateRuns(theme.pageNumber.format.replaceAll('{n}', '\u0000'), frame, state),
  });
}

function templateParagraph(text: string, frame: Frame, state: DocxState): Paragraph {
  const withTitle = text.replaceAll('{title}', state.ctx.meta.title).replaceAll('{n}', '\u0000');
  if (withTitle.includes('\u0000')) state.fonts.add(frame.face, '0123456789');
  return new Paragraph({ style: frame.style, children: templateRuns(withTitle, frame, state) });
}

/** Text with NUL marking where the PAGE field goes. */
function templateRuns(text: string, frame: Frame, state: DocxState): ParagraphChild[] {
  return text
    .split('\u0000')
    .flatMap((part, i) => [
      ...(i > 0 ? [new TextRun({ font: runFonts(frame.face), children: [PageNumber.CURRENT] })] : []),
      ...textRuns(part, frame, state),
    ]);
}
