import type { TableRole } from './tables.js';
import { opensWithTopic } from './posts.js';

/** One line of the input, numbered as the user sees it in an editor. */
export interface SourceLine {
  /** 1-based line number. */
  no: number;
  raw: string;
  /** Trimmed, without Markdown heading marks or a bold wrapper. */
  text: string;
  /** Markdown heading level 1–6; 0 for an ordinary line. */
  level: number;
  /** Starts with an indent (two spaces or a full-width space), as paragraphs of a PDF column do. */
  indent: boolean;
  /** Part of a table of data: its header and dashes (frame), or a row read as a sentence (see tables.ts). */
  table?: TableRole;
  /** A WeChat post's section number (01 above a section's heading): no paragraph of its own (see sections.ts). */
  section?: 'number';
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t\u3000]+|(?=[^#\s]))(.*?)(?:[ \t]+#+)?\s*$/u;
const BOLD_LINE = /^(\*\*|__|\*|_)(?![*_\s])(.+?)\1$/u;
const HARD_BREAK = /\\$/u;

/** The text as numbered lines; headings keep their level, everything keeps its line number. */
export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/u).map((raw, i) => {
    // #番禺交通# 【…】: a post's topic, not a heading.
    const heading = opensWithTopic(raw) ? null : HEADING.exec(raw);
    const indent = /^(?: {2,}|\t|\u3000)/u.test(raw);
    if (heading && heading[2]!.trim()) {
      return { no: i + 1, raw, text: tidy(heading[2]!), level: heading[1]!.length, indent };
    }
    return { no: i + 1, raw, text: tidy(raw), level: 0, indent };
  });
}

// **2026年第46期**（11月14日—11月20日）: bold inside a line, which no briefing prints as asterisks.
const INLINE_BOLD = /\*\*(?=[^*\s])([^*]+?)\*\*/gu;

// Markdown's hard-break backslash, quote and bullet marks and a **bold** or *italic* wrapper are marks, not text.
// The horizontal bar ― (as Chrome's PDFs and some GBK tables write the dash of 1—10月) is the dash —.
function tidy(line: string): string {
  let t = line.trim().replace(HARD_BREAK, '').replace(/^>\s?|^[-*+]\s+(?=\S)/u, '').trim();
  const bold = BOLD_LINE.exec(t);
  if (bold) t = bold[2]!.trim();
  if (t.includes('\u2015')) t = t.replaceAll('\u2015', '—');
  return t.includes('**') ? t.replace(INLINE_BOLD, '$1') : t;
}

/** True for a line with no letter or digit: blank, or a rule such as ---- or ＊＊＊. */
export function isBlankOrRule(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** Width in Chinese characters: full-width letters count 1, ASCII counts ½. */
export function displayWidth(s: string): number {
  // By code unit, a surrogate pair counted once as one character: no string per character.
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    w += c < 0x2e80 ? 0.5 : 1;
  }
  return w;
}

/** How many commas the text has: prose has several, a headline at most one. */
export function commas(text: string): number {
  return (text.match(/[，,]/gu) ?? []).length;
}

/**
 * The column width of a file copied line by line out of a PDF (most lines about equally long),
 * or null for a file whose lines are whole paragraphs.
 */
export function columnWidth(widths: readonly number[]): number | null {
  const ws = widths.filter((w) => w >= 4).sort((a, b) => a - b);
  if (ws.length < 6) return null;
  const typical = ws[Math.floor(ws.length * 0.75)]!;
  if (typical > 60) return null;
  const near = ws.filter((w) => w >= typical * 0.85 && w <= typical * 1.1).length;
  return near / ws.length >= 0.5 ? typical : null;
}

const LIST_ITEM = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[，,、])/u;

/** True for text numbered as a list item or section: 一、 （一） 1. ① 第一， */
export function startsListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}
