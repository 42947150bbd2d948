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
const NEWS_FLASH = hantRegExp(String.raw`^\s*(?<outlet>${OUTLET})(?<place>${PLACE})?(?<date>${DATE})?讯${BRACKET}${AFTER}`, 'du');

/** The opener at the start of a paragraph, as parsed and as written (head), and the paragraph without it. */
export function parseOpener(paragraph: string): { opener: Opener; head: string; rest: string } | null {
  for (const pattern of [NEWS_FLASH, DISPATCH]) {
    const m = pattern.exec(paragraph);
    const g = m?.groups;
    if (!m || !g) continue;
    // Without a bracket the opener must be followed by a colon, comma, space or the line's end.
    if (g.by === undefined && g.sep === undefined) continue;
    const bylines = g.by === undefined ? [] : parseBylines(g.by);
    // A bracket that holds no names (央视网消息（新闻联播）：) stays in the text.
    const restAt = bylines ? m[0].length : m.indices!.groups!.by![0] - 1;
    const placeAndDate = `${g.place ?? ''}${g.date ?? ''}`;
    return {
      opener: {
        outlet: g.outlet!,
        dateline: placeAndDate ? `${placeAndDate}${g.kind ?? ''}` : null,
        date: g.date ?? null,
        bylines: bylines ?? [],
      },
      head: paragraph.slice(0, restAt),
      rest: paragraph.slice(restAt).trim(),
    };
  }
  return null;
}
