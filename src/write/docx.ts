import { Document, Packer } from 'docx';
import type { Writer } from './types.js';
import { pageGeometry } from './theme.js';
import { blocks } from './docx/blocks.js';
import { deriveFontKeys, renumberIds, setDates, unzipDocx, zipDocx } from './docx/deterministic.js';
import { embeddedFonts } from './docx/embed.js';
import { FontUsage } from './docx/faces.js';
import { collectFootnoteDefinitions, footnoteContents } from './docx/footnotes.js';
import { collectTocHeadings } from './docx/headings.js';
import { ListNumbering } from './docx/lists.js';
import { frameOf } from './docx/para.js';
import { headersAndFooters, sectionProperties } from './docx/sections.js';
import type { DocxState } from './docx/state.js';
import { documentStyles } from './docx/styles.js';
import { patchParts } from './docx/xmlpatch.js';

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
    lists: new ListNumbering(fonts, theme),
    footnoteDefinitions: collectFootnoteDefinitions(tree),
    footnoteQueue: [],
    headings: collectTocHeadings(tree, ctx.layout?.headingPages),
    nextHeading: 0,
    pendingPageBreak: false,
    estimatePages: false,
    blocks: (nodes, frame) => blocks(nodes, frame, state),
  };
  const children = await blocks(tree.children, frameOf(state, 'body'), state);
  const footnotes = await footnoteContents(state);
  const { evenAndOdd, headers, footers } = headersAndFooters(state);
  const styles = documentStyles(theme, state.geometry, fonts);
  const embedded = await embeddedFonts(fonts);
  const doc = new Document({
    title: ctx.meta.title,
    subject: ctx.meta.subject,
    creator: ctx.meta.author,
    lastModifiedBy: ctx.meta.author ?? 'jianbao',
    keywords: ctx.meta.keywords?.join('; '),
    styles,
    numbering: { config: state.lists.configs() },
    footnotes,
    fonts: embedded,
    evenAndOddHeaderAndFooters: evenAndOdd,
    sections: [{ properties: sectionProperties(state), headers, footers, children }],
    // Laying the pages out is slow; only a TOC without the PDF writer's page numbers needs it.
    pageNumbers: state.estimatePages ? (await import('docx/layout')).estimatePageNumbersWith({ guess: true }) : undefined,
  });
  const parts = unzipDocx(await Packer.toBuffer(doc));
  patchParts(parts, embedded);
  setDates(parts, ctx.meta.date);
  renumberIds(parts);
  deriveFontKeys(parts);
  return zipDocx(parts, ctx.meta.date);
};
