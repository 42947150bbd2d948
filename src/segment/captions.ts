import type { Byline } from '../model/article.js';
import { hantRegExp } from './_hant.js';
import { parseBylines, splitEdgeBylines } from './bylines.js';
import { displayWidth } from './lines.js';

const CAPTION_START = hantRegExp(
  String.raw`^\s*(?:图为|图片为|上图|下图|左图|右图|中图|组图|图\s*[①-⑳\d一二三四五六七八九十]|图片?\s*[：:]|[▲△▼►◄])`,
  'u',
);
const MARK_ONLY = /^\s*[▲△▼►◄]\s*/u;

/** ▲【马屿镇：万亩稻田开镰收割】…, or a long text of several sentences behind the mark: an item, not a caption. */
function readsAsItem(text: string): boolean {
  return /^[【[]/u.test(text.replace(MARK_ONLY, '')) || displayWidth(text) > 100 || (text.match(/[。！？]/gu)?.length ?? 0) >= 3;
}
const PHOTO_ROLES = new Set(['摄影', '摄像']);

function isPhotoCredit(bylines: readonly Byline[] | null): bylines is Byline[] {
  return !!bylines && bylines.length > 0 && bylines.every((b) => PHOTO_ROLES.has(b.role));
}

/** The text without a trailing photo credit (…车间作业。 张三 摄 / …（张三 摄）), or null when it has none. */
export function splitPhotoCredit(text: string): { text: string; bylines: Byline[] } | null {
  const edge = splitEdgeBylines(text);
  if (isPhotoCredit(edge.bylines) && edge.text.length < text.length) return edge;
  const tokens = text.split(/(?<=\s)(?=\S)/u);
  for (let k = 1; k <= Math.min(4, tokens.length - 1); k++) {
    const head = tokens.slice(0, -k).join('');
    const bylines = parseBylines(tokens.slice(-k).join('').trim());
    if (head.trim() && isPhotoCredit(bylines)) return { text: head.trimEnd(), bylines };
  }
  return null;
}

/** A photo caption (图为…, ▲…, or a short line ending with a photo credit) split from its credit, or null. */
/** True when a line opens a photo caption of its own (图为…, ▲…). */
export function startsCaption(text: string): boolean {
  return CAPTION_START.test(text);
}

export function parseCaption(text: string): { text: string; bylines: Byline[] } | null {
  const credit = splitPhotoCredit(text);
  // (▲ alone opens a caption only when it reads as one: a column of news in brief puts its items
  // behind it, each with its own 【headline】 or several sentences.)
  if (CAPTION_START.test(text) && (!MARK_ONLY.test(text) || credit || !readsAsItem(text))) return credit ?? { text, bylines: [] };
  return credit && displayWidth(text) <= 100 ? credit : null;
}
