import { AlignmentType, LineRuleType } from 'docx';
import type { IStylesOptions, IParagraphStyleOptions, ICharacterStyleOptions } from 'docx';
import type { ElementName, ElementStyle, PageGeometry, Theme } from '../theme.js';
import type { FontFace } from '../fonts.js';
import { runFonts, type FontUsage } from './faces.js';
import { halfPoints, pitchTwips, twips, wordColor } from './units.js';

/** The Word paragraph style each theme element is written with. Built-in ids where Word has one (Heading1 …). */
export const STYLE = {
  body: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  h1: 'Heading1',
  h2: 'Heading2',
  h3: 'Heading3',
  h4: 'Heading4',
  mastheadName: 'MastheadName',
  mastheadIssue: 'MastheadIssue',
  mastheadMeta: 'MastheadMeta',
  note: 'Note',
  quote: 'Quote',
  listItem: 'ListParagraph',
  table: 'TableText',
  tableHeader: 'TableHeading',
  caption: 'Caption',
  footnote: 'FootnoteText',
  toc: 'TOC1',
  endblock: 'Endblock',
  chartLabel: 'ChartLabel',
  header: 'Header',
  footer: 'Footer',
  pageNumber: 'PageNumberLine',
} as const satisfies Record<ElementName, string>;

/** Styles that are not one theme element each. */
export const EXTRA_STYLE = { toc2: 'TOC2', tocHeading: 'TOCHeading', center: 'Centered', code: 'PlainText' } as const;

/** The element whose face (and size) each extra style takes. */
const EXTRA_ELEMENT: Record<keyof typeof EXTRA_STYLE, ElementName> = { toc2: 'toc', tocHeading: 'h1', center: 'body', code: 'table' };

/** Names Word shows; Word recognises its built-in styles by these English names. */
const NAMES: Record<ElementName, string> = {
  body: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  h1: 'heading 1',
  h2: 'heading 2',
  h3: 'heading 3',
  h4: 'heading 4',
  mastheadName: '报头名称',
  mastheadIssue: '报头期号',
  mastheadMeta: '报头编印',
  note: '按语',
  quote: 'Quote',
  listItem: 'List Paragraph',
  table: '表格文字',
  tableHeader: '表头',
  caption: 'caption',
  footnote: 'footnote text',
  toc: 'toc 1',
  endblock: '报尾',
  chartLabel: '图表文字',
  header: 'header',
  footer: 'footer',
  pageNumber: '页码',
};

/** Heading styles and the outline level Word's navigation pane and TOC read (0 = Heading1). */
const OUTLINE: Partial<Record<ElementName, number>> = { h1: 0, h2: 1, h3: 2, h4: 3 };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function wordAlignment(align: ElementStyle['align']): (typeof ALIGN)[keyof typeof ALIGN] {
  return ALIGN[align];
}

/** An element's line pitch: its own, or the grid's pitch scaled to its size (the theme's rule). */
export function linePitchOf(el: ElementStyle, theme: Theme, geometry: PageGeometry): number {
  return el.lineHeight ?? (geometry.linePitch * el.size) / theme.elements.body.size;
}

/** A first-line indent in characters as Word wants it: in hundredths of a character, plus twips for readers that ignore those. */
export function firstLineIndent(chars: number, size: number): { firstLine: number; firstLineChars: number } {
  return { firstLine: twips(chars * size), firstLineChars: Math.round(chars * 100) };
}

interface StyleExtras {
  outlineLevel?: number;
  /** Left indent in characters of the element's size. */
  leftChars?: number;
  alignment?: ElementStyle['align'];
}

function paragraphStyle(
  id: string,
  name: string,
  el: ElementStyle,
  theme: Theme,
  geometry: PageGeometry,
  fonts: FontUsage,
  extras: StyleExtras = {},
): IParagraphStyleOptions {
  const face = fonts.face(el.font);
  const heading = extras.outlineLevel !== undefined;
  return {
    id,
    name,
    basedOn: id === 'Normal' ? undefined : 'Normal',
    next: heading || id === 'Title' ? 'Normal' : undefined,
    quickFormat: true,
    run: {
      font: runFonts(face),
      size: halfPoints(el.size),
      color: wordColor(el.color),
      bold: false,
      italics: false,
      // Text off the body size would be stretched to whole grid cells by the character grid.
      snapToGrid: el.size === theme.elements.body.size ? undefined : false,
    },
    paragraph: {
      alignment: wordAlignment(extras.alignment ?? el.align),
      spacing: {
        line: pitchTwips(linePitchOf(el, theme, geometry)),
        lineRule: LineRuleType.EXACT,
        before: twips(el.spaceBefore),
        after: twips(el.spaceAfter),
      },
      indent: { left: twips((extras.leftChars ?? 0) * el.size), ...firstLineIndent(el.indent, el.size) },
      outlineLevel: extras.outlineLevel,
      keepNext: heading ? true : undefined,
      keepLines: heading ? true : undefined,
    },
  };
}

/** Paragraph and character styles from the theme: Normal is the body; headings carry outline levels. */
export function documentStyles(theme: Theme, geometry: PageGeometry, fonts: FontUsage): IStylesOptions {
  const e = theme.elements;
  const style = (name: ElementName, extras?: StyleExtras) =>
    paragraphStyle(STYLE[name], NAMES[name], e[name], theme, geometry, fonts, { outlineLevel: OUTLINE[name], ...extras });
  const body = fonts.face(e.body.font);
  const x = EXTRA_ELEMENT;
  const paragraphStyles: IParagraphStyleOptions[] = [
    ...(Object.keys(STYLE) as ElementName[]).map((name) => style(name)),
    paragraphStyle(EXTRA_STYLE.toc2, 'toc 2', e[x.toc2], theme, geometry, fonts, { leftChars: 2 }),
    paragraphStyle(EXTRA_STYLE.tocHeading, 'TOC Heading', { ...e[x.tocHeading], indent: 0 }, theme, geometry, fonts, { alignment: 'center' }),
    paragraphStyle(EXTRA_STYLE.center, '居中', { ...e[x.center], indent: 0 }, theme, geometry, fonts, { alignment: 'center' }),
    paragraphStyle(EXTRA_STYLE.code, 'Plain Text', { ...e[x.code], indent: 0 }, theme, geometry, fonts, { alignment: 'left' }),
  ];
  const characterStyles: ICharacterStyleOptions[] = [
    {
      id: 'FootnoteReference',
      name: 'footnote reference',
      basedOn: 'DefaultParagraphFont',
      run: { superScript: true, font: runFonts(body) },
    },
  ];
  return {
    default: {
      document: {
        run: { font: runFonts(body), size: halfPoints(e.body.size), language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { line: pitchTwips(geometry.linePitch), lineRule: LineRuleType.EXACT } },
      },
    },
    paragraphStyles,
    characterStyles,
  };
}

/** The face each paragraph style sets for its runs: a run in that face inherits it and need not name it. */
export function styleFaces(theme: Theme, fonts: FontUsage): Map<string, FontFace> {
  const faces = new Map<string, FontFace>();
  for (const name of Object.keys(STYLE) as ElementName[]) faces.set(STYLE[name], fonts.face(theme.elements[name].font));
  for (const key of Object.keys(EXTRA_STYLE) as (keyof typeof EXTRA_STYLE)[]) {
    faces.set(EXTRA_STYLE[key], fonts.face(theme.elements[EXTRA_ELEMENT[key]].font));
  }
  return faces;
}
