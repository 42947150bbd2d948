import { Document } from 'docx';
import type { Writer } from './types.js';
import { pageGeometry } from './theme.js';
import { useOnePassAttributes } from './docx/attributes.js';
import { blocks } from './docx/blocks.js';
import { deriveFontKeys, renumberIds, setDates, zipDocx } from './docx/deterministic.js';
import { embeddedFonts } from './docx/embed.js';
import { FontUsage } from './docx/faces.js';
import { collectFootnoteDefinitions, footnoteContents } from './docx/footnotes.js';
import { collectTocHeadings } from './docx/headings.js';
import { ListNumbering } from './docx/lists.js';
import { documentParts } from './docx/package.js';
import { frameOf } from './docx/para.js';
import { headersAndFooters, sectionProperties } from './docx/sections.js';
import type { DocxState } from './docx/state.js';
import { documentStyles, styleFaces } from './docx/styles.js';
import { stylesPart } from './docx/stylespart.js';
import { tocHeadingPages } from './docx/tocpages.js';
import { patchParts } from './docx/xmlpatch.js';

useOnePassAttributes();

/**
 * The document tree as a Word file (docx 9): GB/T 9704 page and grid, Word heading styles, real lists,
 * footnotes and TOC, odd/even page numbers, and a subset of every face it uses embedded, so that it
 * reads the same on a computer without Chinese fonts. Equal trees and contexts give equal bytes.
 */
export const writeDocx: Writer = async (tree, ctx) => {
  const { theme } = ctx;
  const fonts = new FontUsage(ctx.fonts, theme, ctx.report);
  const state: DocxState = {
    ctx,
    theme,
    geometry: pageGeometry(theme),
    fonts,
    styleFaces: styleFaces(theme, fonts),
    lists: new ListNumbering(fonts, theme),
    footnoteDefinitions: collectFootnoteDefinitions(tree),
    footnoteQueue: [],
    headings: collectTocHeadings(tree, await tocHeadingPages(tree, ctx)),
    nextHeading: 0,
    pendingPageBreak: false,
    estimatePages: false,
    blocks: (nodes, frame) => blocks(nodes, frame, state),
  };
  const children = await blocks(tree.children, frameOf(state, 'body'), state);
  const footnotes = await footnoteContents(state);
  const { evenAndOdd, headers, footers } = headersAndFooters(state);
  const styles = stylesPart(documentStyles(theme, state.geometry, fonts), { layout: state.estimatePages });
  const embedded = embeddedFonts(fonts);
  const doc = new Document({
    title: ctx.meta.title,
    subject: ctx.meta.subject,
    creator: ctx.meta.author,
    lastModifiedBy: ctx.meta.author ?? 'jianbao',
    keywords: ctx.meta.keywords?.join('; '),
    styles: styles.forDocx,
    numbering: { config: state.lists.configs() },
    footnotes,
    fonts: embedded,
    evenAndOddHeaderAndFooters: evenAndOdd,
    sections: [{ properties: sectionProperties(state), headers, footers, children }],
    // Laying the pages out is slow; only a TOC without the PDF writer's page numbers needs it.
    pageNumbers: state.estimatePages ? (await import('docx/layout')).estimatePageNumbersWith({ guess: true }) : undefined,
  });
  const parts = await documentParts(doc);
  styles.fill(parts);
  patchParts(parts, embedded);
  setDates(parts, ctx.meta.date);
  renumberIds(parts);
  deriveFontKeys(parts);
  return zipDocx(parts, ctx.meta.date);
};
