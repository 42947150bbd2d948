import type { LeafDirective } from 'mdast-util-directive';
import type { Content, ContentText } from 'pdfmake/interfaces.js';
import type { Block } from './block.js';
import { advanceEm, textWidth } from './measure.js';
import { blankLine, lineHeightFor, lineNode } from './lines.js';
import { setLines, textLines } from './paragraph.js';
import { spansOf, type HeadingRecord, type PdfState } from './state.js';
import { type BlockStyle, blockStyle, lookOf } from './styles.js';

/** Heading depths a table of contents lists: the 一、 and （一） levels. */
const TOC_DEPTHS = [2, 3];
const LEADER = '…';

/**
 * 目录: the headings that follow, the （一） level two characters in, each with dot leaders
 * running to its page number. The numbers are pdfmake page references to the headings' ids, so
 * they are the pages the headings land on, filled in after layout.
 */
export function tocBlock(state: PdfState, node: LeafDirective, width: number): Block {
  const titleStyle = { ...blockStyle(state, 'h1'), align: 'center' as const, indent: 0 };
  const style = blockStyle(state, 'toc');
  const title = (node.attributes?.title ?? '目录').trim();
  const numberWidth = 3 * advanceEm(style.face, 0x30) * style.size + style.size;
  const textWidthAvail = width - numberWidth;
  const entries = tocEntries(state, node);
  const rows = entries.map((h) => tocRow(state, h, textWidthAvail, style));
  const pieces: Content[] = [];
  if (title) pieces.push({ stack: textLines(spansOf(state, title, lookOf(titleStyle)), titleStyle, width), margin: [0, 0, 0, titleStyle.pitch / 2] });
  if (rows.length > 0) {
    pieces.push({
      table: { widths: [textWidthAvail, numberWidth], body: rows, dontBreakRows: true },
      layout: { defaultBorder: false, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
      margin: [0, 0, 0, style.pitch],
    });
  }
  return { pieces };
}

/** The headings of depth 2–3 after this directive. */
function tocEntries(state: PdfState, node: LeafDirective): HeadingRecord[] {
  const all = [...state.headings.values()];
  const from = state.tocStarts.get(node) ?? 0;
  return all.slice(from).filter((h) => TOC_DEPTHS.includes(h.depth));
}

function tocRow(state: PdfState, h: HeadingRecord, width: number, style: BlockStyle): Content[] {
  const indent = h.depth > TOC_DEPTHS[0]! ? 2 * (style.size + style.spacing) : 0;
  const settings = { firstIndent: indent, restIndent: indent, align: 'left' as const };
  const set = setLines(spansOf(state, h.text, lookOf(style)), style, width, settings);
  if (set.length === 0) return [{ text: '' }, { text: '' }];
  const lines = set.map((l) => lineNode(l, style.pitch, 'left'));
  const last = set[set.length - 1]!;
  const leaders = leaderInline(state, style, width - last.indent - last.width, style.pitch);
  if (leaders) lines[lines.length - 1]!.text = [...(lines[lines.length - 1]!.text as object[]), leaders] as ContentText['text'];
  const filler = lines.slice(0, -1).map(() => blankLine(style.pitch));
  // pdfmake swaps '00' for the heading's page number when it draws the page.
  const number = {
    text: [{ text: '00', pageReference: h.id, font: style.face.stem, fontSize: style.size, lineHeight: lineHeightFor(style.pitch, style.size) }],
    alignment: 'right',
  } as unknown as Content;
  return [{ stack: lines }, { stack: [...filler, number] }];
}

/** Dot leaders filling `room` exactly: as many ellipses as fit, spaced out to reach the right edge. */
function leaderInline(state: PdfState, style: BlockStyle, room: number, pitch: number): object | null {
  const face = style.face.has(LEADER.codePointAt(0)!) ? style.face : state.fallback;
  const w = textWidth(face, LEADER, style.size);
  const count = Math.floor(room / w);
  if (count < 2) return null;
  return {
    text: LEADER.repeat(count),
    font: face.stem,
    fontSize: style.size,
    characterSpacing: (room - count * w) / (count - 1),
    noWrap: true,
    lineHeight: lineHeightFor(pitch, style.size),
  };
}
