import { hantRegExp, withTraditional } from './_hant.js';

const LEAD_WORDS = ['内容提要', '内容摘要', '核心提示', '编者按', '提要', '摘要', '导语', '导读'];
/** Opener words that name no outlet (本报讯 → 本报) and the end mark （完）. */
const OPENER_WORDS = ['讯', '电', '消息', '完'];

/** What an outlet calls itself (本报讯): a 来源 line's name replaces it as the outlet. */
export const SELF_OUTLETS: readonly string[] = Object.freeze(withTraditional(['本报', '本网', '本台', '本刊']));

/** Label words segmentation consumes by design (内容提要, 导语 …): the only letters allowed to vanish. */
export const CONSUMED_LABELS: readonly string[] = Object.freeze(withTraditional([...LEAD_WORDS, ...OPENER_WORDS, ...SELF_OUTLETS]));

// 内容提要：… / 【导语】… — a label needs its colon or its brackets, so a sentence starting with 导读 stays a sentence.
const LEAD = hantRegExp(
  String.raw`^\s*(?:[【\[]\s*(?:${LEAD_WORDS.join('|')})\s*[】\]]\s*[：:]?|(?:${LEAD_WORDS.join('|')})\s*[：:])\s*`,
  'u',
);

/** The lead's text without its label, or null when the paragraph does not start with a lead label. */
export function stripLeadLabel(paragraph: string): string | null {
  const m = LEAD.exec(paragraph);
  return m ? paragraph.slice(m[0].length).trim() : null;
}

const END_MARK = hantRegExp(String.raw`\s*[（(【\[]\s*完\s*[）)】\]]\s*$`, 'u');

// （转第4版）, （下转A3版）: the article goes on on another page, not here.
const JUMP_MARK = hantRegExp(String.raw`[（(]\s*下?转\s*第?\s*[A-Za-zＡ-Ｚ]?\s*[\d０-９一二三四五六七八九十]{1,3}\s*版\s*[）)]\s*$`, 'u');

/**
 * The paragraph without a closing （完）, and whether it ends its article there: with （完）, or with
 * a jump to another page, which stays in the text to tell the reader the rest is elsewhere.
 */
export function stripEndMark(paragraph: string): { text: string; ended: boolean } {
  const m = END_MARK.exec(paragraph);
  return m ? { text: paragraph.slice(0, m.index), ended: true } : { text: paragraph, ended: JUMP_MARK.test(paragraph) };
}
