import type { Byline } from '../model/article.js';
import type { KindedLine } from './classify.js';
import { hantRegExp } from './_hant.js';
import { parseBylines } from './bylines.js';
import { asciiDigits, findFullDate } from './dates.js';
import { displayWidth } from './lines.js';
import { withoutWidgetTail } from './page.js';
import { isPostStamp } from './posts.js';

const STAMP = String.raw`(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*[（(]星期[一二三四五六日天][）)])?(?:\s*(?:上午|下午|中午|晚上)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`;
const LABEL_WORDS = String.raw`发布时间|发布日期|发稿时间|更新时间|会议时间|播出时间|播出日期|刊发日期|见报日期|出版日期|时[\s\u3000]*间|日[\s\u3000]*期`;
const LABEL = String.raw`(?:${LABEL_WORDS}|发布于)\s*[：:]?\s*`;
const STAMP_FIRST = hantRegExp(String.raw`^(?:${LABEL})?${STAMP}`, 'u');
const STAMP_LAST = hantRegExp(String.raw`\s(?:${LABEL})?${STAMP}$`, 'u');
const LABELLED = hantRegExp(String.raw`^(?:${LABEL_WORDS})\s*[：:]`, 'u');
const STAMP_ALONE = hantRegExp(String.raw`^(?:${LABEL})?${STAMP}$`, 'u');
// （2026年11月6日）: the day a speech was given or a document signed, in brackets under its title.
const BRACKETED_STAMP = hantRegExp(String.raw`^\s*[（(]\s*(${STAMP})\s*[）)]\s*$`, 'u');
// 来源：德清新闻网  发布时间：2026-10-14 09:32  作者：沈佳怡: a labelled stamp between bylines.
const STAMP_BETWEEN = hantRegExp(String.raw`\s+(?:${LABEL_WORDS})\s*[：:]\s*${STAMP}(?=\s)`, 'u');

/** What a web page's meta line under the headline says: 2023-04-21 10:30 来源：北方网 作者：张三. */
export interface MetaLine {
  date: string | null;
  /** The time stamp as written. */
  stamp: string;
  bylines: Byline[];
  /** The account a WeChat post's meta line names (原创 津南发布 2026-10-28 18:05), or null. */
  account: string | null;
  /** The line names an issue (第23期), as a 简报's masthead does. */
  issue?: boolean;
  /** A microblog post's stamp (11-18 09:30 来自 微博): a post starts under it. */
  post?: boolean;
}

// WeChat: 原创 before the author or account, 发表于天津 (where it was posted) after the time.
const ORIGINAL = /^原创\s+/u;
const POSTED_IN = /\s*发表于\s*[\p{Script=Han}]{2,8}$/u;
// Where a post was sent from, as WeChat shows it after the time without 发表于: 14:06 四川.
const PROVINCE_AFTER_TIME = hantRegExp(
  String.raw`(?<=\d{1,2}[:：]\d{2})\s+(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$`,
  'u',
);
const ACCOUNT_ALONE = /^[\p{Script=Han}A-Za-z0-9·_\-]{2,20}$/u;
const ACCOUNT = /^(?:[\p{Script=Han}A-Za-z0-9·]{2,16}\s+)?([\p{Script=Han}A-Za-z0-9·]{2,16})$/u;
// What official accounts are called (津南发布, 北辰融媒, 天津日报): without 原创 or 发表于 around it, a
// name and a date must look like one, so that a headline ending in a date stays a headline.
const ACCOUNT_NAME = hantRegExp(String.raw`(?:发布|融媒|融媒体|融媒体中心|在线|日报|晚报|新闻|头条|之声|微报|政务|观察|视点|网|报|电视台|客户端)$`, 'u');

/** The parts of a meta line (a time stamp plus bylines or 来源), or null for any other line. */
export function parseMetaLine(text: string): MetaLine | null {
  if (displayWidth(text) > 80 || /[。！？]/u.test(text)) return null;
  // Lines that only date or place the text: an issue, a post's stamp, a venue, a bracketed day.
  const only = (date: string | null, mark: Pick<MetaLine, 'issue' | 'post'> = {}): MetaLine => ({ date, stamp: text.trim(), bylines: [], account: null, ...mark });
  const issue = ISSUE.exec(text);
  if (issue) return { ...only(issueDate(text), { issue: true }), account: issue.groups?.editor ?? null };
  if (isPostStamp(text)) return only(findFullDate(text), { post: true });
  if (VENUE.test(text)) return only(null);
  const bracketed = BRACKETED_STAMP.exec(text);
  if (bracketed) return only(findFullDate(bracketed[1]!));
  // Copied from a web page, the line may end in its widgets: 浏览次数：1236　【字体：大 中 小】.
  const widgetless = withoutWidgetTail(text);
  const line = widgetless.replace(POSTED_IN, '').replace(PROVINCE_AFTER_TIME, '').replace(ORIGINAL, '');
  const wechat = line.length < widgetless.length;
  const first = STAMP_FIRST.exec(line);
  const last = first ? null : STAMP_LAST.exec(line);
  const m = first ?? last;
  if (!m) return metaWithStampInside(line) ?? accountAlone(line, ORIGINAL.test(widgetless));
  const stamp = m[0].trim();
  const rest = (first ? line.slice(m[0].length) : line.slice(0, m.index)).trim();
  const bylines = rest ? parseBylines(rest) : [];
  // Not bylines: a WeChat account (津南发布), perhaps after its author, with the time after them; or
  // a site named after the time, as news pages copy their meta line (2026年11月04日 16:25　香江财经网).
  const named = !bylines ? (ACCOUNT.exec(rest)?.[1] ?? null) : null;
  const account = named && ((wechat && first === null) || ACCOUNT_NAME.test(named)) ? named : null;
  // A labelled stamp (发布时间：…, 播出日期：…) is a meta line whatever stands beside it: 栏目：《宾川新闻》.
  if (!bylines && !account && !LABELLED.test(stamp)) return null;
  return { date: findFullDate(stamp), stamp, bylines: bylines ?? [], account };
}

// 地点：区行政中心第二会议室: where a meeting or press conference was held, under its 时间： line.
const VENUE = /^(?:会议)?地[\s\u3000]*点\s*[：:]\s*\S/u;

// The issue of a 简报 or weekly report, perhaps with the days it covers: 第23期, （总第118期）, 〔2026〕第38期,
// 2026年第46期（2026年11月14日—11月20日）.
// （第45期　阳城县融媒体中心编　2026年11月14日）: the office that edits it and its day may follow.
const ISSUE =
  /^[\s（(]*(?:[\d０-９]{4}\s*年\s*|[〔［\[][\d０-９]{4}[〕］\]]\s*)?(?:总\s*)?第\s*[\d０-９一二三四五六七八九十百]+\s*期(?:[\s\u3000]+(?<editor>[\p{Script=Han}]{2,30}?)(?:编印|编|主办))?(?:[\s\u3000]*[\d０-９]{4}\s*年\s*[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日)?[\s）)]*(?:[（(][^（）()]{0,30}[）)])?$/u;
const UNTIL = /(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[—－\-~至到]+\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

/** The day an issue came out: the last day it covers, else the date it states. */
function issueDate(text: string): string | null {
  const until = UNTIL.exec(asciiDigits(text));
  return until ? findFullDate(`${until[2] ?? until[1]}年${until[3]}月${until[4]}日`) : findFullDate(text);
}

/** A meta line around its stamp (bylines, the time, more bylines), or null. */
function metaWithStampInside(line: string): MetaLine | null {
  const withStamp = (stamp: string, rest: string): MetaLine | null => {
    const bylines = parseBylines(rest.trim());
    return bylines ? { date: findFullDate(stamp), stamp, bylines, account: null } : null;
  };
  // 记者 顾佳怡 ｜ 2026年10月30日 ｜ 来源：昆山日报: parts set apart by bars, the time one of them.
  const parts = line.split(/\s*[｜|]\s*/u);
  const at = parts.length >= 2 ? parts.findIndex((p) => STAMP_ALONE.test(p)) : -1;
  if (at >= 0) return withStamp(parts[at]!, parts.filter((_, k) => k !== at).join('　'));
  // 来源：德清新闻网  发布时间：2026-10-14 09:32  作者：沈佳怡.
  const between = STAMP_BETWEEN.exec(line);
  if (between) return withStamp(between[0].trim(), `${line.slice(0, between.index)} ${line.slice(between.index + between[0].length)}`);
  return null;
}

/** 原创 空港双流融媒 空港双流, the time on the line below: a post's author and account alone, or null. */
function accountAlone(line: string, original: boolean): MetaLine | null {
  const account = original ? (ACCOUNT.exec(line.trim())?.[1] ?? null) : namedTwice(line);
  return account ? { date: null, stamp: '', bylines: [], account } : null;
}

/** 庆安发布 庆安发布: WeChat names the post's author and its account on one line, often the same; the account, when named as accounts are. */
function namedTwice(line: string): string | null {
  const account = /[ \u3000]/u.test(line.trim()) ? (ACCOUNT.exec(line.trim())?.[1] ?? null) : null;
  return account && ACCOUNT_NAME.test(account) ? account : null;
}

/**
 * The lines with a WeChat post's account name standing alone (夷陵发布, as the post shows it beside
 * its logo, under the meta line that names it) read as meta lines that say nothing more: read as
 * text, the name would be the headline of what follows.
 */
export function withAccountLines(lines: KindedLine[]): KindedLine[] {
  const accounts = new Set(lines.filter((l) => l.kind === 'meta').map((l) => parseMetaLine(l.text)?.account));
  // A microblog's account stands alone over each post's stamp (番禺发布 / 11-18 09:30 来自 微博).
  let above: KindedLine | null = null;
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    if (above?.kind === 'text' && l.kind === 'meta' && isPostStamp(l.text) && ACCOUNT_ALONE.test(above.text)) accounts.add(above.text);
    above = l;
  }
  accounts.delete(undefined);
  accounts.delete(null);
  if (accounts.size === 0) return lines;
  return lines.map((l) => (l.kind === 'text' && accounts.has(l.text) ? { ...l, kind: 'meta' } : l));
}
