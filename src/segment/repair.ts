import type { KindedLine, LineKind, Piece } from './classify.js';
import { splitEdgeBylines } from './bylines.js';
import { splitPhotoCredit, startsCaption } from './captions.js';
import { stripEndMark, stripLeadLabel } from './labels.js';
import { columnWidth, commas, displayWidth, startsListItem } from './lines.js';

const ENDS_SENTENCE = /(?:[。！？!?；;…]|[：:])[”’」』）)】》"']*$/u;
const ENDS_CLAUSE = /[；;]$/u;
const ENDS_OPEN = /[，,、（(“‘《【「『]$/u;
const STARTS_CLOSED = /^[，,。、；;：:！!？?”’」』）)》】…·]/u;
const SENTENCE_INSIDE = /[。！？!?]/u;
// What a heading does not hold but a sentence of prose does: a time, source, sequence or means clause
// opening it (1至6月，…  今年以来，…  据悉，…  下一步，…  通过走访帮扶，…), reported speech
// (…负责人表示，将…  …告诉记者，…), or a list going on into a clause (全镇各部门、各村居紧密配合，积极…).
const OPENS_PROSE = /^(?:\d{1,2}(?:[至—-]\d{1,2})?月份?|今年以来|今年|去年|上半年|下半年|前三季度|[一二三四]季度|截至目前|近年来|目前|据(?:了解|悉|统计)|下一步|同时|此外|另外|通过|围绕|针对|按照|根据)[^，,。]{0,10}[，,]/u;
const REPORTED_SPEECH = /(?:表示|指出|介绍|强调|认为|说|告诉记者)[，,]/u;
const LIST_INTO_CLAUSE = /、[^，,、\s]+[，,]/u;

function readsAsProse(line: string): boolean {
  return OPENS_PROSE.test(line) || REPORTED_SPEECH.test(line) || LIST_INTO_CLAUSE.test(line);
}
const PAIRS: [string, string][] = [['“', '”'], ['（', '）'], ['《', '》'], ['「', '」'], ['『', '』'], ['(', ')'], ['‘', '’']];

/** True when a quote or bracket opened in the text is still open at its end. */
function leavesOpen(text: string): boolean {
  return PAIRS.some(([open, close]) => text.split(open).length > text.split(close).length);
}

interface Context {
  /** Line after a finished block (file start, byline, furniture): a headline may stand here. */
  atStart: boolean;
  /** The column width of a file copied line by line out of a PDF, or null. */
  column: number | null;
  /** A photo caption goes on only where its text is visibly cut. */
  caption: boolean;
}

// ……势头更好。（通讯员 许磊） or ……（完）: bylines and end marks finish a paragraph.
function endsWithSignOff(text: string): boolean {
  const end = stripEndMark(text);
  return end.ended || splitEdgeBylines(end.text).closing || splitPhotoCredit(text) !== null;
}

/**
 * True when line b continues the sentence the paragraph a (whose last line is `last`) left
 * unfinished. A line that ends a sentence, ends in a colon, or is followed by a list item never
 * continues; short unpunctuated lines are headings unless quotes left open, a finished sentence
 * inside, or commas show them to be prose.
 */
export function continues(a: string, last: string, b: string, ctx: Context): boolean {
  if (startsListItem(b)) return false;
  // A fixed-width column cuts wherever the width runs out, after a ； too: a full line there goes on.
  if (ENDS_CLAUSE.test(last) && ctx.column !== null && displayWidth(last) >= ctx.column * 0.85 && !ctx.caption) return true;
  if (ENDS_SENTENCE.test(a) || endsWithSignOff(a)) return false;
  if (ENDS_OPEN.test(a) || STARTS_CLOSED.test(b) || leavesOpen(a)) return true;
  if (ctx.caption) return false;
  if (SENTENCE_INSIDE.test(a)) return true;
  const full = ctx.column !== null && displayWidth(last) >= ctx.column * 0.85;
  if (ctx.atStart) return full && commas(a) > 0;
  return full || readsAsProse(a) || commas(a) >= 2 || (commas(a) >= 1 && displayWidth(a) >= 40);
}

const TAKES_CONTINUATION = new Set<LineKind>(['text', 'lead', 'caption']);
const ENDS_BLOCK = new Set<LineKind>(['byline', 'editor', 'furniture', 'contact', 'end', 'meta', 'rule']);

// Two runs of Latin letters or digits keep a space between them; Chinese joins directly.
function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/u.test(a) && /^[A-Za-z]/u.test(b) ? `${a} ${b}` : a + b;
}

/** True when the file marks paragraph starts by indenting them, as text copied from a PDF column does. */
function indentsParagraphs(lines: readonly KindedLine[]): boolean {
  const text = lines.filter((l) => l.kind === 'text');
  const indented = text.filter((l) => l.indent).length;
  return indented >= 2 && indented < text.length && indented / text.length >= 0.15;
}

/** Lines joined into paragraphs where a sentence was broken across lines (even across blank lines). */
export function joinBrokenLines(lines: readonly KindedLine[]): Piece[] {
  const column = columnWidth(lines.filter((l) => l.kind === 'text').map((l) => displayWidth(l.text)));
  const indents = column !== null && indentsParagraphs(lines);
  const pieces: Piece[] = [];
  let atStart = true;
  let open: Piece | null = null;
  let last: KindedLine | null = null;
  let blankBefore = false;
  for (const line of lines) {
    if (line.kind === 'blank') {
      blankBefore = true;
      continue;
    }
    // (A caption's second line may end in its credit, which makes it a caption line of its own.)
    const joinable =
      open !== null && last !== null && !line.opener && TAKES_CONTINUATION.has(open.kind) && (line.kind === 'text' || (line.kind === 'caption' && open.kind === 'caption'));
    // In an indented PDF column an unindented line right under a full line goes on, even after 。
    const columnGoesOn = indents && joinable && !blankBefore && !line.indent && displayWidth(last!.text) >= column! * 0.85;
    // 图为…果农正 / 在采摘脐橙。□ 记者 摄: a caption cut inside a word goes on in the credited line under it.
    const captionGoesOn =
      joinable && line.kind === 'caption' && /\p{Script=Han}$/u.test(last!.text) && !startsCaption(line.text) && !splitPhotoCredit(open!.text);
    const canJoin =
      joinable &&
      (columnGoesOn ||
        captionGoesOn ||
        (line.kind === 'text' && (stripLeadLabel(open!.text) === '' || continues(open!.text, last!.text, line.text, { atStart, column, caption: open!.kind === 'caption' }))));
    last = line;
    blankBefore = false;
    if (open && canJoin) {
      open.text = joinText(open.text, line.text);
      open.end = line.no;
      continue;
    }
    if (open) atStart = ENDS_BLOCK.has(open.kind);
    open = { kind: line.kind, text: line.text, start: line.no, end: line.no, level: line.level };
    pieces.push(open);
  }
  return pieces;
}
