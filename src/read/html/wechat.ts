import { isoDateOf, validDate } from '../_date.js';
import type { DomDocument } from '../_dom.js';

/** What a saved WeChat post's scripts state: the day it was published and the account that published it. */
export interface WechatValues {
  date?: string;
  account?: string;
}

// var publish_time = "2026-11-15" || "";  var ct = "1794745800";  var nickname = htmlDecode("南海发布");
const PUBLISH_TIME = /\bvar\s+publish_time\s*=\s*["']([^"']+)["']/u;
const CREATED = /\bvar\s+ct\s*=\s*["'](\d{9,10})["']/u;
const NICKNAME = /\bvar\s+nickname\s*=\s*(?:htmlDecode\()?\s*["']([^"']{1,40})["']/u;
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The values a WeChat post fills into its page from its scripts (the page shows an empty date until
 * they run, and scripts are never run here). Empty for any other page.
 */
export function wechatValuesOf(html: string): WechatValues {
  if (!html.includes('js_content') && !html.includes('rich_media')) return {};
  const out: WechatValues = {};
  const stated = isoDateOf(PUBLISH_TIME.exec(html)?.[1]);
  const created = CREATED.exec(html)?.[1];
  if (stated) out.date = stated;
  else if (created) {
    // Seconds since 1970 (UTC); the day as read in China.
    const d = new Date(Number(created) * 1000 + CHINA_OFFSET_MS);
    const day = validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    if (day) out.date = day;
  }
  const account = NICKNAME.exec(html)?.[1]?.trim();
  if (account) out.account = account;
  return out;
}

/**
 * A post's text stays hidden (visibility: hidden) until its scripts show it; a reader that runs no
 * script, as the article extractor does not, would take the page for empty.
 */
export function revealWechatText(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('#js_content, .rich_media_content'))) {
    const style = el.getAttribute('style');
    if (style) el.setAttribute('style', style.replace(/(?:visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?)\s*;?/giu, ''));
  }
}
