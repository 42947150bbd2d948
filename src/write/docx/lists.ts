import { AlignmentType, LevelFormat, LevelSuffix, Paragraph } from 'docx';
import type { FileChild, NumberingDefinition } from 'docx';
import type { List, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Theme } from '../theme.js';
import { runFonts, type FontUsage } from './faces.js';
import { phrasing } from './inline.js';
import { isLeadIn } from './keep.js';
import { makeParagraph } from './para.js';
import type { DocxState, Frame } from './state.js';
import { firstLineIndent, STYLE } from './styles.js';
import { halfPoints, twips } from './units.js';

/** Ordered levels: 1. → （1） → 1) …, as Chinese documents nest them. */
const ORDERED_TEXT = (level: number): string => (level === 0 ? '%1.' : level === 1 ? '（%2）' : `%${level + 1})`);
const BULLETS = ['•', '◦', '▪'];

/** Word numbering definitions for the document's lists: one per kind and start, one instance per list. */
export class ListNumbering {
  private readonly definitions = new Map<string, NumberingDefinition>();
  private instances = 0;

  constructor(
    private readonly fonts: FontUsage,
    private readonly theme: Theme,
  ) {}

  /** A fresh instance, so each list counts from its own start. */
  begin(ordered: boolean, start: number): { reference: string; instance: number } {
    const reference = ordered ? `jb-ordered-${start}` : 'jb-bullet';
    if (!this.definitions.has(reference)) this.definitions.set(reference, this.define(reference, ordered, start));
    return { reference, instance: ++this.instances };
  }

  configs(): NumberingDefinition[] {
    return [...this.definitions.values()];
  }

  private define(reference: string, ordered: boolean, start: number): NumberingDefinition {
    const el = this.theme.elements.listItem;
    const listFace = this.fonts.elementFace('listItem');
    // Bullets in 黑体: 仿宋's bullet is a speck a tenth of a character wide.
    const hei = this.fonts.face('hei');
    const face = ordered || !hei.has(0x2022) ? listFace : hei;
    const bullets = BULLETS.map((b) => (face.has(b.codePointAt(0)!) ? b : '•'));
    const levels = Array.from({ length: 9 }, (_, level) => {
      const text = ordered ? ORDERED_TEXT(level) : bullets[level % bullets.length]!;
      this.fonts.add(face, ordered ? text.replace(/%\d/g, '') + '0123456789 ' : text + ' ');
      return {
        level,
        format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
        text,
        start: level === 0 ? start : 1,
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.SPACE,
        style: {
          run: { font: runFonts(face), size: halfPoints(el.size), bold: false, italics: false },
          paragraph: { indent: { left: twips(level * 2 * el.size), ...firstLineIndent(2, el.size) } },
        },
      };
    });
    return { reference, levels };
  }
}

/** A list: the first paragraph of each item numbered, the rest of the item aligned under it, nested lists a level down. */
export async function listBlocks(node: List, frame: Frame, state: DocxState, level = 0): Promise<FileChild[]> {
  const numbering = state.lists.begin(node.ordered === true, node.start ?? 1);
  const out: FileChild[] = [];
  for (const item of node.children) out.push(...(await itemBlocks(item, numbering, frame, state, level)));
  return out;
}

async function itemBlocks(
  item: ListItem,
  numbering: { reference: string; instance: number },
  frame: Frame,
  state: DocxState,
  level: number,
): Promise<FileChild[]> {
  const el = state.theme.elements.listItem;
  const face = frame.element === 'body' ? state.fonts.elementFace('listItem') : frame.face;
  const itemFrame: Frame = { ...frame, face, style: frame.element === 'body' ? STYLE.listItem : frame.style };
  const indent = { left: frame.indentLeft + twips(level * 2 * el.size), ...firstLineIndent(2, el.size) };
  const out: FileChild[] = [];
  let numbered = false;
  for (const child of item.children) {
    if (child.type === 'list') {
      out.push(...(await listBlocks(child, frame, state, level + 1)));
    } else if (child.type === 'paragraph' && !numbered) {
      const check = item.checked == null ? [] : phrasing([{ type: 'text', value: item.checked ? '☑ ' : '☐ ' }], itemFrame, state);
      out.push(
        makeParagraph(state, {
          style: itemFrame.style,
          numbering: { ...numbering, level },
          indent,
          // An item that leads in to its sub-list (…如下：) stays on the page of its first sub-item.
          keepNext: isLeadIn(toString(child)) || undefined,
          children: [...check, ...phrasing(child.children, itemFrame, state)],
        }),
      );
      numbered = true;
    } else {
      const blocks = await state.blocks([child], { ...itemFrame, indentLeft: indent.left });
      out.push(...blocks);
    }
  }
  // An item with no paragraph of its own (only a nested list) still shows its number.
  if (!numbered) out.unshift(new Paragraph({ style: itemFrame.style, numbering: { ...numbering, level }, indent }));
  return out;
}
