import type { Byline } from '../model/article.js';
import { isEditorLine, parseBylines, splitEdgeBylines } from './bylines.js';
import { parseCaption } from './captions.js';
import { stripEndMark, stripLeadLabel } from './labels.js';
import { isBlankOrRule, type SourceLine } from './lines.js';
import { isContactLine } from './notices.js';
import { parseOpener, startsWithOpener, type Opener } from './openers.js';
import { furnitureReason } from './page.js';
import { parseMetaLine, type MetaLine } from './webmeta.js';

/** What a line is, before lines are joined: only `text`, `lead` and `caption` lines take continuations. */
export type LineKind =
  | 'blank' | 'heading' | 'rule' | 'furniture' | 'meta' | 'byline' | 'editor'
  | 'lead' | 'end' | 'caption' | 'contact' | 'text';

export interface KindedLine extends SourceLine {
  kind: LineKind;
  /** A text line that starts with an outlet opener (本报讯, 新华社北京3月5日电 …): it starts a paragraph. */
  opener: boolean;
}

const WRAPPED_PUNCTUATION = /^[。，、；：！？,;:!?”’」』）)》】]{1,3}$/u;

/** The kind of one line, judged on its own. */
const DOCUMENT_HEAD = /^\s*(?:[\p{Script=Han}]{2,24}?(?:政府|委员会|局|委|办公室|办|厅|部|院|会|中心|公司)文件|[\p{Script=Han}]{1,10}[〔［\[（(][\d０-９]{4}[〕］\]）)]\s*[\d０-９]{1,4}\s*号)\s*$/u;

/** An official document's red head (…管理局文件) or number (长应急〔2026〕15号). */
export function isDocumentHead(text: string): boolean {
  return DOCUMENT_HEAD.test(text);
}

export function kindOfLine(line: SourceLine): KindedLine {
  const t = line.text;
  // Written out, not spread: there is one of these per line of every input.
  const kinded = (kind: LineKind, opener = false): KindedLine => ({ no: line.no, raw: line.raw, text: line.text, level: line.level, indent: line.indent, kind, opener });
  if (!line.raw.trim() || line.table === 'frame') return kinded('blank');
  // A post's section number belongs to the article around it but says nothing: a meta line without meta.
  if (line.section === 'number') return kinded('meta');
  // An official document's red head (长葛市应急管理局文件) and number (长应急〔2026〕15号): who issued it, under which number.
  if (isDocumentHead(t)) return kinded('meta');
  if (line.table === 'row') return kinded('text');
  if (furnitureReason(t)) return kinded('furniture');
  if (line.level > 0) return kinded('heading');
  // 。 or ”。 alone: the end of a sentence the column wrapped onto a line of its own, not a rule.
  if (WRAPPED_PUNCTUATION.test(t)) return kinded('text');
  if (isBlankOrRule(t)) return kinded('rule');
  if (parseMetaLine(t)) return kinded('meta');
  const bylines = parseBylines(t);
  if (bylines) return kinded(isEditorLine(bylines) ? 'editor' : 'byline');
  if (stripLeadLabel(t) !== null) return kinded('lead');
  const end = stripEndMark(t);
  if (end.ended && !end.text.trim()) return kinded('end');
  if (parseCaption(t)) return kinded('caption');
  if (isContactLine(t)) return kinded('contact');
  return kinded('text', startsWithOpener(t));
}

/** A paragraph after repair: one or more source lines read as one. */
export interface Piece {
  kind: LineKind;
  /** The joined text. */
  text: string;
  start: number;
  end: number;
  level: number;
}

/** A piece with its parts taken out: what grouping into articles works with. */
export interface Unit extends Piece {
  /** The text once opener, lead label, bylines, photo credit and end mark are taken out. */
  body: string;
  /** Bylines of the piece itself (a byline line, a photo credit, a paragraph's closing bracket). */
  bylines: Byline[];
  opener: Opener | null;
  /** The opener as written, to give back to the paragraph when the article already has one. */
  openerText: string;
  meta: MetaLine | null;
  /** Closing bylines or （完） at its end: the article is over. */
  ended: boolean;
}

/** The piece read into its parts. */
export function readPiece(piece: Piece): Unit {
  switch (piece.kind) {
    case 'byline':
    case 'editor':
      return unitOf(piece, { body: '', bylines: parseBylines(piece.text) ?? [] });
    case 'meta':
      return unitOf(piece, { body: '', meta: parseMetaLine(piece.text) });
    case 'lead':
      return unitOf(piece, { body: stripLeadLabel(piece.text) ?? piece.text });
    case 'end':
      return unitOf(piece, { body: '', ended: true });
    case 'caption': {
      const caption = parseCaption(piece.text);
      return unitOf(piece, caption ? { body: caption.text, bylines: caption.bylines } : {});
    }
    case 'text': {
      const end = stripEndMark(piece.text);
      const opened = parseOpener(end.text);
      const edges = splitEdgeBylines(opened ? opened.rest : end.text);
      return unitOf(piece, {
        body: edges.text.trim(),
        opener: opened?.opener ?? null,
        openerText: opened?.head ?? '',
        bylines: edges.bylines,
        ended: end.ended || edges.closing,
      });
    }
    default:
      return unitOf(piece);
  }
}

/** The unit with the parts given; the rest as for a piece with none (its whole text the body). */
function unitOf(piece: Piece, parts: Partial<Omit<Unit, keyof Piece>> = {}): Unit {
  // Written out, not spread: there is one unit per paragraph of every input.
  return {
    kind: piece.kind,
    text: piece.text,
    start: piece.start,
    end: piece.end,
    level: piece.level,
    body: parts.body ?? piece.text,
    bylines: parts.bylines ?? [],
    opener: parts.opener ?? null,
    openerText: parts.openerText ?? '',
    meta: parts.meta ?? null,
    ended: parts.ended ?? false,
  };
}
