import {
  BorderStyle,
  FrameAnchorType,
  LineRuleType,
  FrameWrap,
  HorizontalPositionAlign,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  VerticalPositionAlign,
} from 'docx';
import type { FileChild, IBorderOptions, ParagraphChild } from 'docx';
import type { PhrasingContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { runFonts } from './faces.js';
import { phrasing, textRuns } from './inline.js';
import { frameOf, makeParagraph } from './para.js';
import type { DocxState } from './state.js';
import { linePitchOf, STYLE } from './styles.js';
import { eighths, mmToPt, pitchTwips, textEms, twips, wordColor } from './units.js';

/**
 * `:::endblock{copies="N"}` (报尾): one line per recipient paragraph (报：… / 送：… / 发：…) between two
 * rules, （共印N份） at the right of the last line; kept together in a frame at the foot of the last page
 * (after the text instead when the document has footnotes, which LibreOffice would draw under the frame).
 */
export function endblockBlocks(node: ContainerDirective, state: DocxState): FileChild[] {
  const frame = frameOf(state, 'endblock');
  const el = state.theme.elements.endblock;
  const lines = node.children.flatMap((child) => (child.type === 'paragraph' ? splitLines(child.children) : []));
  const copies = node.attributes?.copies ? `（共印${node.attributes.copies}份）` : '';
  const pitch = linePitchOf(el, state.theme, state.geometry);
  // A line's glyphs sit at the foot of its pitch: the leading goes under the last line instead, so the
  // text stands midway between the rules.
  const rule = (mm: number, space: number): IBorderOptions => ({
    style: BorderStyle.SINGLE,
    size: eighths(mmToPt(mm)),
    color: wordColor(state.theme.colors.text),
    space,
  });
  // At least, not exactly, the line pitch: LibreOffice clips a bottom border to an exact line height.
  const spacing = { line: pitchTwips(pitch), lineRule: LineRuleType.AT_LEAST };
  const border = { top: rule(state.theme.rules.outer, 0), bottom: rule(state.theme.rules.outer, Math.round(Math.max(0, pitch - el.size))) };
  const textWidth = twips(state.geometry.textWidth);
  // 左右各空一字 (GB/T 9704), by tab stops: indents would shorten the rules too.
  const inset = twips(el.size);
  const tab = () => new TextRun({ font: runFonts(frame.face), children: [new Tab()] });
  const rows: ParagraphChild[][] = lines.map((line) => [tab(), ...phrasing(line, frame, state)]);
  const lastText = lines.length > 0 ? lines[lines.length - 1]!.map((n) => ('value' in n ? n.value : '')).join('') : '';
  const copiesFit = textEms(lastText) + textEms(copies) + 4 <= state.geometry.textWidth / el.size;
  if (copies && (rows.length === 0 || !copiesFit)) rows.push([tab()]);
  if (copies) rows[rows.length - 1]!.push(tab(), ...textRuns(copies, frame, state));
  // Pinned to the foot of the page in a frame, unless footnotes could share that foot and be overlapped.
  const pinned = state.footnoteQueue.length === 0;
  // Unpinned, a blank line sets it off from the text (spacing on its first line would break the border group).
  const spacer = pinned ? [] : [makeParagraph(state, { style: STYLE.endblock, keepNext: true, children: [] })];
  const paragraphs = rows.map((children, i) =>
    makeParagraph(state, {
      style: STYLE.endblock,
      children,
      // The same borders on every line: Word and LibreOffice draw top above the first and bottom below the
      // last of such a group; lines with differing borders (or a `between`) stop LibreOffice framing them.
      border,
      spacing,
      tabStops: [
        { type: TabStopType.LEFT, position: inset },
        { type: TabStopType.RIGHT, position: textWidth - inset },
      ],
      keepNext: i < rows.length - 1 || undefined,
      keepLines: true,
      frame: pinned
        ? {
            type: 'alignment',
            alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM },
            anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
            width: textWidth,
            wrap: FrameWrap.AROUND,
          }
        : undefined,
    }),
  );
  // A frame's paragraphs are anchored to the paragraph after them; with none, LibreOffice anchors them to
  // the last line of text and carries it onto the 报尾's page, stranding 主题 there alone. A 1 pt paragraph
  // of its own keeps the text where it falls.
  const anchor = pinned ? [new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] })] : [];
  return [...spacer, ...paragraphs, ...anchor];
}

/** A paragraph's inline nodes cut at its soft line breaks: each line of the 报尾 is a line of its own. */
export function splitLines(nodes: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'break') {
      lines.push([]);
      continue;
    }
    if (node.type !== 'text' || !node.value.includes('\n')) {
      lines[lines.length - 1]!.push(node);
      continue;
    }
    node.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part.trim()) lines[lines.length - 1]!.push({ type: 'text', value: part.trim() });
    });
  }
  return lines.filter((l) => l.length > 0);
}
