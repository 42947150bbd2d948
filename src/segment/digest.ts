import { splitSentences } from '../analyse/sentences.js';
import type { ArticleText, Paragraph } from '../model/article.js';
import { dateNear, findMonthDay } from './dates.js';

/**
 * A column of news in brief (本版简讯, 区县快讯) is several pieces of news under one heading, each a
 * paragraph or two behind a bullet, often naming its district first:
 *
 *   本版简讯
 *   ●武清区：11月15日，京津产业新城招商推介会在北京举行，现场签约项目18个……
 *   ●宝坻区：宝坻区九园工业园区新能源装备产业园一期主体完工……
 *
 * Read as one article it would go to one district, with the others' figures. Each item becomes an
 * article of its own, titled by its first clause (and its district, when it names one first), with
 * the column's heading as its kicker.
 */

const DIGEST_TITLE = /(?:简讯|快讯|速览|速递|短讯|集锦|一览|扫描|播报|动态)(?:[（(][^（）()]{0,16}期[）)])?$/u;
// ▲【塘下镇：汽摩配企业“智改数转”提速】（10月14日）记者从…: an item with its own headline in brackets.
const ITEM_HEADLINE = /^[【[]([^】\]]{4,40})[】\]]\s*/u;
// 瑞安简讯（2026年第42期）: the year of a column that gives no date.
const COLUMN_YEAR = /((?:19|20)\d{2})\s*年/u;
const ITEM_MARK = /^[●■◆▲★☆□○◎◇▶►•]\s*/u;
// 武清区：, 九园工业园区：: the place the item is about, before a colon.
const PLACE_FIRST = /^([\p{Script=Han}]{1,10}?(?:区|县|市|旗|镇|乡|街道|园区|开发区))[：:]/u;
// What a headline leaves out: when, and how long.
const OPENING_TIME =
  /^(?:\d{4}年)?(?:\d{1,2}(?:[—－\-~至]\d{1,2})?月(?:\d{1,2}日)?|\d{1,2}日)(?:上午|下午|晚上|晚)?[，,]|^(?:近日|日前|近期|连日来|今年以来|年初以来|昨天|昨日|今天|当天|目前|截至目前)[，,]/u;
// 记者从长兴县经信局获悉，: where the news came from, not what it is.
const HEARD_FROM = /^(?:记者)?(?:近日|日前)?(?:从|自)[^，,。]{1,20}(?:获悉|了解到)[，,]/u;
const MAX_TITLE = 30;

/** True when a paragraph opens an item of a column of news in brief. */
function opensItem(p: Paragraph): boolean {
  return p.kind === 'text' && ITEM_MARK.test(p.text);
}

/** An item's headline: its first clause, after the time it happened; with its place when the clause does not name it. */
function itemTitle(text: string): string {
  const place = PLACE_FIRST.exec(text);
  const rest = place ? text.slice(place[0].length) : text;
  const sentence = (splitSentences(rest)[0] ?? rest).replace(OPENING_TIME, '').replace(HEARD_FROM, '').replace(OPENING_TIME, '');
  const clauses = sentence.split(/[，,；;。！？!?]/u).filter(Boolean);
  let title = clauses[0] ?? sentence;
  if ([...title].length < 8 && clauses[1]) title += `，${clauses[1]}`;
  const chars = [...title.trim()];
  title = chars.length > MAX_TITLE ? `${chars.slice(0, MAX_TITLE).join('')}…` : chars.join('');
  return place && !title.includes(place[1]!) ? `${place[1]}：${title}` : title;
}

// 武清区：11月15日，…: the day the item happened, when it opens with it.
const OPENING_DAY = /^\s*[（(]?\d{1,2}\s*月\s*\d{1,2}\s*日/u;

/** The item's own date when it opens with one (in the column's year), else the column's. */
function itemDate(text: string, columnDate: string | null, columnYear: string | null = null): string | null {
  const rest = text.replace(PLACE_FIRST, '');
  return (OPENING_DAY.test(rest) ? dateNear(findMonthDay(rest), columnDate ?? columnYear) : null) ?? columnDate;
}

// A 简报 of an office (工作简报 第12期) holds its pieces under headings tagged by topic:
// 【项目建设】上半年全区重点项目完成投资156.8亿元, or the tag on a line of its own over the headline.
const BRIEF_NAME = /(?:简报|快报|专报|要情|信息|动态)/u;
const TAGGED_HEADING = /^[【[]([^】\]]{2,10})[】\]]\s*(\S.*)?$/u;

/** 本期要目: a 简报's list of the pieces it holds, no headline. */
export const CONTENTS = /^(?:本期要目|本期目录|本期导读|目录)$/u;

/** A piece's tag and headline, where the paragraph at `i` opens a piece; null where it opens none. */
function taggedAt(paragraphs: readonly Paragraph[], i: number): { tag: string; title: string; lead: number } | null {
  const p = paragraphs[i];
  const m = p?.kind === 'heading' ? TAGGED_HEADING.exec(p.text) : null;
  if (!m) return null;
  if (m[2]) return { tag: m[1]!, title: m[2].trim(), lead: 1 };
  const next = paragraphs[i + 1];
  return next?.kind === 'heading' && !TAGGED_HEADING.test(next.text) ? { tag: m[1]!, title: next.text.trim(), lead: 2 } : null;
}

/**
 * One item of a column as an article of its own: the column's first line goes to its first item,
 * and each item takes the lines up to the next one's first.
 */
function itemArticle(column: ArticleText, i: number, firstLine: number, nextLine: number | undefined, item: Pick<ArticleText, 'title' | 'kicker' | 'date' | 'paragraphs'>): ArticleText {
  const { startLine, endLine } = column.source;
  return {
    ...column,
    source: { ...column.source, startLine: i === 0 ? startLine : firstLine, endLine: nextLine === undefined ? endLine : nextLine - 1 },
    subtitle: null,
    ...item,
  };
}

/** The pieces of a 简报 under tagged headings as articles, each titled by its heading, its tag the kicker. */
function briefItems(article: ArticleText): ArticleText[] | null {
  const name = `${article.kicker ?? ''}${article.title}`.replace(/[\s\u3000]+/gu, '');
  const { paragraphs } = article;
  const starts = paragraphs.flatMap((_, i) => {
    const piece = taggedAt(paragraphs, i);
    return piece ? [{ at: i, ...piece }] : [];
  });
  // 本期要目 and the headlines it lists may come first: the pieces repeat them.
  const contents = CONTENTS.test(paragraphs[0]?.text ?? '') && paragraphs.slice(0, starts[0]?.at).every((p) => p.kind === 'heading');
  // One piece is enough: segmentation cuts the later ones off when they open as news does (see articlesOfColumn).
  if (!BRIEF_NAME.test(name) || article.lead || (starts[0]?.at !== 0 && !contents) || starts.length === 0) return null;
  return starts.map(({ at, tag, title, lead }, i) => {
    const next = starts[i + 1];
    const item = { title, kicker: tag, date: article.date, paragraphs: paragraphs.slice(at + lead, next?.at) };
    return itemArticle(article, i, paragraphs[at]!.line, next ? paragraphs[next.at]!.line : undefined, item);
  });
}

/**
 * The paragraphs in items, a new one at each paragraph `opens` matches (its match taken off the
 * text); paragraphs before the first go with it. `marks` holds each item's first group, if any.
 */
function splitAt(paragraphs: readonly Paragraph[], opens: (p: Paragraph) => RegExpExecArray | null): { items: Paragraph[][]; marks: (string | null)[] } {
  const items: Paragraph[][] = [];
  const marks: (string | null)[] = [];
  for (const p of paragraphs) {
    const mark = opens(p);
    if (mark || items.length === 0) {
      items.push([]);
      marks.push(mark?.[1] ?? null);
    }
    items.at(-1)!.push(mark ? { ...p, text: p.text.slice(mark[0].length) } : p);
  }
  return { items, marks };
}

/** The items of a column of news in brief behind bullets, or null when the article is no such column. */
function bulletItems(article: ArticleText): ArticleText[] | null {
  const text = article.paragraphs.filter((p) => p.kind === 'text');
  if (!DIGEST_TITLE.test(article.title) || article.lead || !text[0] || !opensItem(text[0]) || text.filter(opensItem).length < 2) return null;
  const { items } = splitAt(article.paragraphs, (p) => (opensItem(p) ? ITEM_MARK.exec(p.text) : null));
  const year = COLUMN_YEAR.exec(article.title)?.[1] ?? null;
  return items.map((paragraphs, i) => {
    const first = paragraphs.find((p) => p.kind === 'text')?.text ?? paragraphs[0]!.text;
    const headline = ITEM_HEADLINE.exec(first);
    if (headline) {
      const at = paragraphs.findIndex((p) => p.text === first);
      paragraphs[at] = { ...paragraphs[at]!, text: first.slice(headline[0].length) };
    }
    const body = headline ? first.slice(headline[0].length) : first;
    const item = { title: headline ? headline[1]!.trim() : itemTitle(first), kicker: article.title, date: itemDate(body, article.date, year), paragraphs };
    return itemArticle(article, i, paragraphs[0]!.line, items[i + 1]?.[0]?.line, item);
  });
}

const TAG = /^[【[]?([\p{Script=Han}]{2,10})[】\]]?$/u;

/**
 * The articles of one segmented article, with the 简报 column later pieces belong to. A column of
 * news in brief gives its items: behind bullets (…简讯, …快讯, and at least two paragraphs opening
 * with a bullet, the first of them included; a paragraph without one goes on the item before it),
 * under tagged headings (an office's 简报, see briefItems) or as flashes. A 简报's piece that
 * segmentation cut off its column (a headline that reads like a news lead's, 近日，…), its tag the
 * kicker (【基层信息】), takes the masthead's date and issuer from the column, as its siblings did.
 */
export function articlesOfColumn(article: ArticleText, column: ArticleText | null): { articles: ArticleText[]; column: ArticleText | null } {
  const bullets = bulletItems(article);
  if (bullets) return { articles: bullets, column: null };
  const pieces = briefItems(article);
  if (pieces) return { articles: pieces, column: article };
  const tag = TAG.exec(article.kicker ?? '');
  if (column && tag) {
    // A piece credited to its contributor (网岭镇 供稿) keeps that credit; otherwise the issuing office is its source.
    const issuer = column.bylines.filter((b) => b.role === '来源' && column.outlet !== null && b.names.includes(column.outlet));
    const credited = article.outlet !== null;
    const piece = { ...article, kicker: tag[1]!, date: column.date ?? article.date, outlet: article.outlet ?? column.outlet, bylines: credited ? article.bylines : [...issuer, ...article.bylines] };
    return { articles: [piece], column };
  }
  return { articles: flashItems(article) ?? [article], column: null };
}

// 【快讯】11月19日，德清县…: a flash, a one-paragraph item behind its tag, with no headline of its own.
const FLASH = /^[【[](快讯|简讯|速递|短讯|动态)[】\]]\s*/u;

/**
 * Flashes set one after the other with no headline (【快讯】…, 【快讯】…): each is an article, titled
 * as an item of a column is. Null when fewer than two paragraphs open so, or the first does not.
 */
function flashItems(article: ArticleText): ArticleText[] | null {
  const text = article.paragraphs.filter((p) => p.kind === 'text');
  if (!text[0] || !FLASH.test(text[0].text) || text.filter((p) => FLASH.test(p.text)).length < 2) return null;
  // The tag (快讯) is each item's kicker.
  const { items, marks: tags } = splitAt(article.paragraphs, (p) => (p.kind === 'text' ? FLASH.exec(p.text) : null));
  return items.map((paragraphs, i) => {
    const first = paragraphs.find((p) => p.kind === 'text')?.text ?? paragraphs[0]!.text;
    const item = { title: itemTitle(first), kicker: tags[i] ?? null, date: itemDate(first, article.date), paragraphs };
    return itemArticle(article, i, paragraphs[0]!.line, items[i + 1]?.[0]?.line, item);
  });
}
