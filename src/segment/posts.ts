// Posts of a microblog (微博) copied one after the other: each under its account's name and a stamp
// (11-18 09:30 来自 微博 weibo.com), each with its counters under it (转发 23 ｜ 评论 11 ｜ 赞 96), its
// text opening with topics and a headline in brackets (#番禺交通# 【市广路石楼段半封闭施工】…).

// 11-18 09:30 来自 微博 weibo.com, 2026-11-18 09:30 来自 iPhone客户端, 今天 09:30 来自 …, 5分钟前 来自 ….
const POST_STAMP =
  /^(?:(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|今天|昨天|\d{1,2}(?:分钟|小时)前)(?:\s*\d{1,2}[:：]\d{2})?\s+来自\s*\S.{0,30}$/u;
// 转发 23 ｜ 评论 11 ｜ 赞 96 (or with 点赞, without numbers, with other bars).
const POST_COUNTERS = /^转发\s*\d*\s*[｜|丨·]?\s*评论\s*\d*\s*[｜|丨·]?\s*(?:点?赞)\s*\d*$/u;
const TOPICS = /^(?:#[^#\s][^#\n]{0,30}#\s*)+/u;
const BRACKETED_HEADLINE = /^【([^【】]{4,60})】\s*/u;

/** True for a post's stamp line: when and from where it was sent. */
export function isPostStamp(text: string): boolean {
  return POST_STAMP.test(text.trim());
}

/** True for the counters under a post: the post ends there. */
export function isPostCounters(text: string): boolean {
  return POST_COUNTERS.test(text.trim());
}

/** A line that opens with a post's topic (#番禺交通#): a topic, not a Markdown heading. */
export function opensWithTopic(line: string): boolean {
  return TOPICS.test(line.trim());
}

/**
 * The headline a post's text opens with, behind its topics (#番禺交通# 【注意绕行！…】为配合…): the
 * headline, the first topic, and the text after them; null when the text opens with no bracketed headline.
 */
export function postHeadline(text: string): { title: string; topic: string | null; rest: string } | null {
  const topics = TOPICS.exec(text)?.[0] ?? '';
  const headline = BRACKETED_HEADLINE.exec(text.slice(topics.length));
  if (!headline) return null;
  const topic = /#([^#]+)#/u.exec(topics)?.[1]?.trim() ?? null;
  return { title: headline[1]!.trim(), topic, rest: text.slice(topics.length + headline[0].length) };
}
