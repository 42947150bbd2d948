import { joinText } from './join.js';
import type { Line } from './layout.js';

interface BlockShape {
  left: number;
  /** The font size most of its lines are set in. */
  size: number;
  /** Usual baseline-to-baseline distance of its body lines, or null for a one-line block. */
  pitch: number | null;
  /** Most lines run to the right edge: a line that stops short ends its paragraph. */
  justified: boolean;
  /** Some lines start indented: paragraphs are marked by first-line indent. */
  indents: boolean;
  /** Body lines in the block; one line tells nothing about the column's width. */
  lines: number;
}

/** A line with the right edge of the text around it (a wide line elsewhere in the block does not count). */
interface Placed extends Line {
  right: number;
}

// Lines either side that set the right edge a line is measured against.
const RIGHT_EDGE_WINDOW = 8;

type Kind = '# ' | '## ' | '';

const INDENT_TEXT = /^(?:\u3000|\s{2,})/;
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u201c-\\u201d';
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])[ \\u00a0]+|[ \\u00a0]+(?=[${CJK}])`, 'gu');
const SENTENCE_END = /[。！？!?…”」』）)]$/;

/**
 * Visual lines (in reading order) rejoined into paragraphs: lines continue a paragraph unless
 * the layout shows a new one starts (first-line indent, a wider gap, the previous line ending
 * short of the column); lines in a clearly larger font become `# ` or `## ` headings.
 */
export function paragraphsOf(lines: readonly Line[]): string[] {
  if (lines.length === 0) return [];
  const body = bodySizeOf(lines);
  const kindOf = (line: Line): Kind => (line.size >= body * 1.6 ? '# ' : line.size >= body * 1.2 ? '## ' : '');
  const placed = withRightEdges(lines, body);
  const shapes = blockShapes(placed, body);
  const paragraphs: Array<{ kind: Kind; text: string }> = [];
  let prev: Placed | null = null;
  let first: Placed | null = null;
  // Page numbers wait until the paragraph they interrupt has ended.
  const asides: string[] = [];
  const flushAsides = () => paragraphs.push(...asides.splice(0).map((text) => ({ kind: '' as Kind, text })));
  for (const line of placed) {
    const kind = kindOf(line);
    const text = unstretched(line, shapes.get(line.block)!).replace(INDENT_TEXT, '').trim();
    if (!text) continue;
    if (line.aside) {
      asides.push(text);
      continue;
    }
    const last = paragraphs.at(-1);
    if (prev && first && last && last.kind === kind && continues(first, prev, line, kind, shapes)) {
      last.text = joinText(last.text, text, null);
    } else {
      flushAsides();
      paragraphs.push({ kind, text });
      first = line;
    }
    prev = line;
  }
  flushAsides();
  return paragraphs.map((p) => p.kind + p.text);
}

const isFull = (line: Placed): boolean => line.right - line.x1 <= 0.5 * line.size;

/**
 * Justification spreads the glyphs of a full line, and the PDF's text layer shows the spread
 * as spaces between Chinese characters; those are not in the text.
 */
function unstretched(line: Placed, shape: BlockShape): string {
  // pdfjs leaves part of the added spacing out of an item's width, so "full" is approximate.
  const full = shape.justified && Math.abs(line.size - shape.size) <= 0.05 * shape.size && line.right - line.x1 <= 1.5 * line.size;
  const stretched = line.text.trim().match(SPACE_BY_CJK)?.length ?? 0;
  return full && stretched >= 2 ? line.text.replace(SPACE_BY_CJK, '') : line.text;
}

function bodySizeOf(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    if (line.size <= 0) continue;
    const size = Math.round(line.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const isBodyLine = (line: Line, body: number): boolean => line.size > 0 && line.size < body * 1.2;

function byBlock<T extends Line>(lines: readonly T[]): Map<number, T[]> {
  const blocks = new Map<number, T[]>();
  for (const line of lines) {
    const members = blocks.get(line.block);
    if (members) members.push(line);
    else blocks.set(line.block, [line]);
  }
  return blocks;
}

function withRightEdges(lines: readonly Line[], body: number): Placed[] {
  const rights = new Map<Line, number>();
  for (const members of byBlock(lines).values()) {
    const bodyLines = members.filter((line) => isBodyLine(line, body));
    members.forEach((line) => {
      const at = bodyLines.indexOf(line);
      const near = at < 0 ? [line] : bodyLines.slice(Math.max(0, at - RIGHT_EDGE_WINDOW), at + RIGHT_EDGE_WINDOW + 1);
      rights.set(line, Math.max(line.x1, ...near.map((l) => l.x1)));
    });
  }
  return lines.map((line) => ({ ...line, right: rights.get(line)! }));
}

function blockShapes(lines: readonly Placed[], body: number): Map<number, BlockShape> {
  const shapes = new Map<number, BlockShape>();
  for (const [block, all] of byBlock(lines)) {
    const bodyLines = all.filter((line) => isBodyLine(line, body));
    const members = bodyLines.length ? bodyLines : all;
    const left = leftEdgeOf(members);
    const size = members[0]!.size;
    const steps = members
      .slice(1)
      .map((line, i) => line.baseline - members[i]!.baseline)
      .filter((d) => d > 0 && d < 3 * size)
      .sort((a, b) => a - b);
    shapes.set(block, {
      left,
      size: bodySizeOf(members),
      pitch: steps[Math.floor(steps.length / 2)] ?? null,
      justified: members.length >= 3 && members.filter(isFull).length >= (members.length - 1) * 0.5,
      indents: members.some((l) => isIndented(l, left) && (l.x0 - left) / l.size <= 6),
      lines: members.length,
    });
  }
  return shapes;
}

/** The leftmost x where several lines start: one line sticking out (a page header) does not move it. */
function leftEdgeOf(lines: readonly Line[]): number {
  const starts = lines.map((l) => l.x0).sort((a, b) => a - b);
  const needed = Math.max(2, Math.ceil(lines.length * 0.1));
  const tolerance = 0.25 * (lines[0]?.size ?? 10);
  for (const x of starts) {
    if (starts.filter((other) => Math.abs(other - x) <= tolerance).length >= needed) return x;
  }
  return starts[0] ?? 0;
}

/** Starts right of the column's left edge: a first-line indent, or a centred or right-set line. */
function isIndented(line: Line, left: number): boolean {
  return INDENT_TEXT.test(line.text) || (line.x0 - left) / line.size >= 0.8;
}

const LIST_MARKER = /^(?:\d{1,3}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[•·▪■◆●○□-])\s*/;

/** A list item's or hanging paragraph's wrapped lines sit right of its first line, under its text. */
function isHanging(first: Line, prev: Line, line: Line): boolean {
  const tolerance = 0.3 * line.size;
  if (prev === first) return LIST_MARKER.test(first.text) && line.x0 > first.x0 + tolerance && line.x0 < first.x0 + 4 * line.size;
  return Math.abs(line.x0 - prev.x0) <= tolerance && prev.x0 > first.x0 + tolerance;
}

/** Whether `line` carries on the paragraph that `prev` is part of. */
function continues(first: Placed, prev: Placed, line: Placed, kind: Kind, shapes: Map<number, BlockShape>): boolean {
  if (prev.whole || line.whole) return false;
  if (Math.abs(prev.size - line.size) > 0.15 * Math.max(prev.size, line.size)) return false;
  const here = shapes.get(line.block)!;
  const there = shapes.get(prev.block)!;
  if (kind) return prev.block === line.block && line.baseline > prev.baseline && line.baseline - prev.baseline <= 1.8 * line.size;
  // Hanging lines line up with the lines above them: in the same block, or across a page turn.
  const comparable = prev.block === line.block || line.page === prev.page + 1;
  if (isIndented(line, here.left) && !(comparable && isHanging(first, prev, line))) return false;
  const shortfall = (prev.right - prev.x1) / prev.size;
  if (prev.block !== line.block) {
    // A paragraph running on into the next column or page: the previous line fills its column.
    if (shortfall > 1 || there.lines < 2) return false;
    return here.indents || there.indents || !SENTENCE_END.test(prev.text);
  }
  const step = line.baseline - prev.baseline;
  if (step <= 0) return false;
  if (here.pitch !== null ? step > 1.5 * here.pitch : step > 2.2 * line.size) return false;
  // A line ending before the middle of the column is never a wrap.
  if (prev.x1 - here.left < (prev.right - here.left) / 2) return false;
  // Where indents mark paragraphs, a short line ends one only after a full stop.
  if (here.indents) return !(shortfall > 1.5 && SENTENCE_END.test(prev.text));
  return shortfall <= (here.justified ? 1 : 3);
}
