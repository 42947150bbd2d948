import type { Byline } from '../model/article.js';
import { hantRegExp } from './_hant.js';
import { parseBylines } from './bylines.js';

/** What the outlet-and-dateline opener of a first paragraph says: 中新网天津4月8日电（记者 王五） */
export interface Opener {
  outlet: string;
  /** Place and date of the dispatch (天津4月8日电), or null when the opener names none. */
  dateline: string | null;
  /** The date part as written (4月8日, 2023年4月8日), for the article's date. */
  date: string | null;
  bylines: Byline[];
}

// An outlet name ends like one: 网, 社, 报, 台 … (中新网, 新华社, 天津日报, 津云, 央视频, 人民日报客户端).
const OUTLET = String.raw`(?:本报|本刊|本台|本网|(?![据在从向经由对])[\p{Script=Han}A-Za-z0-9·\-]{1,14}?(?:客户端|新闻|媒体|频道|在线|网|社|报|台|刊|端|号|闻|云|视|屏))`;
const PLACE = String.raw`\p{Script=Han}{2,8}?`;
const DATE = String.raw`(?:[\d０-９]{4}\s*年\s*)?[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日`;
const BRACKET = String.raw`(?:\s*[（(](?<by>[^（）()]{1,60})[）)])?`;
const AFTER = String.raw`(?<sep>\s*[：:，,]\s*|\s+|$)?`;

const DISPATCH = hantRegExp(
  String.raw`^\s*(?<outlet>${OUTLET})(?<place>${PLACE})?(?<date>${DATE})?(?<kind>电|消息)${BRACKET}${AFTER}`,
  'du',
);
// 【本报讯】记者黄嘉欣报道：, as Hong Kong papers open: the flash in brackets, the reporter after it.
const REPORTED = String.raw`(?:\s*(?<reported>记者\s*\p{Script=Han}{2,4}?)\s*报道)?`;
const NEWS_FLASH = hantRegExp(
  String.raw`^\s*(?<open>【)?(?<outlet>${OUTLET})(?<place>${PLACE})?(?<date>${DATE})?讯(?<close>】)?${BRACKET}${REPORTED}${AFTER}`,
  'du',
);

// 本报讯（记者 刘晓东 通讯员 钟华平 易秀英 — the column broke the line inside the opener's bracket.
const OPENER_CUT = hantRegExp(String.raw`^\s*【?(?:${OUTLET})(?:${PLACE})?(?:${DATE})?(?:讯|电|消息)】?\s*[（(][^（）()]{0,60}$`, 'u');

/** True when a line starts with an outlet opener, whole or cut inside its bracket: it starts a paragraph. */
export function startsWithOpener(line: string): boolean {
  return parseOpener(line) !== null || OPENER_CUT.test(line);
}

/** The opener at the start of a paragraph, as parsed and as written (head), and the paragraph without it. */
export function parseOpener(paragraph: string): { opener: Opener; head: string; rest: string } | null {
  for (const pattern of [NEWS_FLASH, DISPATCH]) {
    const m = pattern.exec(paragraph);
    const g = m?.groups;
    if (!m || !g || !g.open !== !g.close) continue;
    // Without a bracket the opener must be followed by a colon, comma, space or the line's end.
    if (g.by === undefined && g.sep === undefined) continue;
    const bylines = g.by === undefined ? [] : parseBylines(g.by);
    const reported = g.reported === undefined ? [] : (parseBylines(g.reported) ?? []);
    // A bracket that holds no names (央视网消息（新闻联播）：) stays in the text.
    const restAt = bylines ? m[0].length : m.indices!.groups!.by![0] - 1;
    const placeAndDate = `${g.place ?? ''}${g.date ?? ''}`;
    return {
      opener: {
        outlet: g.outlet!,
        dateline: placeAndDate ? `${placeAndDate}${g.kind ?? ''}` : null,
        date: g.date ?? null,
        bylines: [...(bylines ?? []), ...reported],
      },
      head: paragraph.slice(0, restAt),
      rest: paragraph.slice(restAt).trim(),
    };
  }
  return null;
}
