import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { textEms } from './units.js';

/** Ends as a lead-in does: 抓好以下几项工作： / 具体情况如下。 */
const LEAD_IN = /(?:[：:]|如下[。.]?)$/;
/** Names the table or figure under it (表1 …, 图 2 …) or points down to it (见下表, 如下图所示). */
const CAPTION = /^[表图]\s*[0-9０-９一二三四五六七八九十]|[下如][表图]/;
/** A sentence's end: a paragraph ending so is prose, not a label. */
const SENTENCE_END = /[。！？；…!?;]$/;

/**
 * Whether a paragraph introduces the block after it, so that a page must not fall between them (Word's
 * "keep with next"): a lead-in ending with a colon, whatever follows; a short label (one line, not a
 * sentence) under a heading, such as a digest's source line, which would otherwise strand the heading;
 * and, before a table or chart, a caption or a short label.
 */
export function introducesNext(
  node: Paragraph,
  around: { previous: RootContent | undefined; next: RootContent | undefined },
  charsPerLine: number,
): boolean {
  if (!around.next) return false;
  const text = toString(node).trim();
  if (isLeadIn(text)) return true;
  const label = !SENTENCE_END.test(text) && textEms(text) <= charsPerLine;
  if (around.previous?.type === 'heading') return label;
  if (!isTableOrFigure(around.next)) return false;
  return CAPTION.test(text) || label;
}

/** Text that ends as a lead-in to what follows does. */
export function isLeadIn(text: string): boolean {
  return LEAD_IN.test(text.trim());
}

/** A table, a chart, or a paragraph of pictures only. */
export function isTableOrFigure(node: RootContent): boolean {
  if (node.type === 'table') return true;
  if (node.type === 'code') return node.lang === 'chart';
  return (
    node.type === 'paragraph' &&
    node.children.some((c) => c.type === 'image') &&
    node.children.every((c) => c.type === 'image' || (c.type === 'text' && !c.value.trim()))
  );
}
