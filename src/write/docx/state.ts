import type { FootnoteDefinition, RootContent } from 'mdast';
import type { FileChild } from 'docx';
import type { FontFace } from '../fonts.js';
import type { ElementName, PageGeometry, Theme } from '../theme.js';
import type { WriteContext } from '../types.js';
import type { FontUsage } from './faces.js';
import type { ListNumbering } from './lists.js';

/** A heading the table of contents lists (depth 2–3), in document order. */
export interface TocHeading {
  depth: 2 | 3;
  text: string;
  bookmark: string;
  /** Its page, from the PDF writer's layout or estimated; undefined when unknown. */
  page?: number;
}

/**
 * What the conversion of one document carries from node to node: the context, the faces used,
 * footnotes, lists, headings for the TOC and a page break waiting for the next paragraph.
 */
export interface DocxState {
  ctx: WriteContext;
  theme: Theme;
  geometry: PageGeometry;
  fonts: FontUsage;
  /** The face each paragraph style gives its runs (styles.ts). */
  styleFaces: ReadonlyMap<string, FontFace>;
  lists: ListNumbering;
  /** Footnote definitions by identifier (normalised label), collected before conversion. */
  footnoteDefinitions: Map<string, FootnoteDefinition>;
  /** Word footnotes by id (1, 2 …) in order of reference; their content is converted after the body. */
  footnoteQueue: { id: number; definition: FootnoteDefinition }[];
  /** Depth 2–3 headings in document order; `nextHeading` is the index of the next one met. */
  headings: TocHeading[];
  nextHeading: number;
  pendingPageBreak: boolean;
  /** A TOC entry's page is left to docx's layout estimate (no page numbers came from the PDF writer). */
  estimatePages: boolean;
  /** Converts blocks (set by the writer; footnotes and containers call back into it). */
  blocks: (nodes: RootContent[], frame: Frame) => Promise<FileChild[]>;
}

/** Where a block sits: the paragraph style and face its text takes (quotes, notes, table cells …). */
export interface Frame {
  style: string;
  /** The theme element whose size and indent the style carries. */
  element: ElementName;
  face: FontFace;
  /** Left indent in twips added by enclosing quotes and lists. */
  indentLeft: number;
  /** Paragraph alignment forced by the container (:::center). */
  align?: 'left' | 'center' | 'right' | 'both';
  /** No first-line indent (centred text, table cells). */
  noIndent?: boolean;
}
