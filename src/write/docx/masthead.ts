import { BorderStyle, Tab, TabStopType, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { LeafDirective } from 'mdast-util-directive';
import { runFonts } from './faces.js';
import { textRuns } from './inline.js';
import { frameOf, makeParagraph } from './para.js';
import type { DocxState } from './state.js';
import { STYLE } from './styles.js';
import { eighths, mmToPt, twips, wordColor } from './units.js';

/** GB/T 9704: the red rule runs 4 mm under the line above it. */
const RULE_GAP_MM = 4;

/**
 * `::masthead{name issue unit date}` (报头): the briefing's name centred in red, 第N期 under it, then the
 * 编印单位 and the date, each one character in from its edge, over a full-width red rule.
 */
export function mastheadBlocks(node: LeafDirective, state: DocxState): FileChild[] {
  const a = node.attributes ?? {};
  const out: FileChild[] = [];
  if (a.name) {
    const frame = frameOf(state, 'mastheadName');
    out.push(makeParagraph(state, { style: frame.style, keepNext: true, children: textRuns(a.name, frame, state) }));
  }
  if (a.issue) {
    const frame = frameOf(state, 'mastheadIssue');
    out.push(makeParagraph(state, { style: frame.style, keepNext: true, children: textRuns(a.issue, frame, state) }));
  }
  const meta = frameOf(state, 'mastheadMeta');
  const rule = {
    style: BorderStyle.SINGLE,
    size: eighths(mmToPt(state.theme.rules.outer)),
    color: wordColor(state.theme.colors.rule),
    space: Math.round(mmToPt(RULE_GAP_MM)),
  };
  // Tab stops, not indents, set the text in: a paragraph's border runs only between its indents.
  const inset = twips(state.theme.elements.mastheadMeta.size);
  const tab = () => new TextRun({ font: runFonts(meta.face), children: [new Tab()] });
  out.push(
    makeParagraph(state, {
      style: STYLE.mastheadMeta,
      tabStops: [
        { type: TabStopType.LEFT, position: inset },
        { type: TabStopType.RIGHT, position: twips(state.geometry.textWidth) - inset },
      ],
      border: { bottom: rule },
      // Space under the rule before the body begins.
      spacing: { after: twips(state.geometry.linePitch / 2) },
      children: [
        ...(a.unit ? [tab(), ...textRuns(a.unit, meta, state)] : []),
        ...(a.date ? [tab(), ...(a.unit ? [] : [tab()]), ...textRuns(a.date, meta, state)] : []),
      ],
    }),
  );
  return out;
}
