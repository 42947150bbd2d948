import { Readability } from '@mozilla/readability';
import { inlineText, linesOfElement } from '../_blocks.js';
import { parseDocument, parseFragment, tagOf, type DomDocument, type DomElement } from '../_dom.js';
import { isFurniture, withoutWidgets } from './furniture.js';
import { revealWechatText } from './wechat.js';

export interface PageArticle {
  headline: string;
  /** The source/date line under the headline, without print and share widgets. */
  header: string | null;
  /** Body lines; in-article headings as `## `. */
  body: string[];
}

const HEADER_LABEL = /(来源|稿源|发布时间|发布日期|发表时间|更新时间|时间|日期|作者|编辑)\s*[:：]/;
const FULL_DATE = /\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}/;
const HEADLINE_HOLDERS = 'td, div, p, span, font, b, strong, center, h4, h5, h6, em';
const PAGE_CHROME = 'nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]';
const CHROME_NAME = /(^|[-_\s])(nav|menu|footer|foot|sidebar|side|breadcrumb|crumb|share|copyright|banner|topbar|related|hot|links?|ad|ads)([-_\s\d]|$)/i;
const MAX_HEADLINE = 100;

/** The article on a page: its headline, its source/date line and its paragraphs (`doc` is pruned). */
export function extractArticle(doc: DomDocument, html: string, titleHint: string): PageArticle {
  dropInvisible(doc);
  const headlineElement = findHeadline(doc, titleHint);
  const headline = headlineElement ? inlineText(headlineElement) : titleHint;
  const header = headlineElement ? findHeaderLine(doc, headlineElement) : null;
  const body = bodyLines(html, doc).filter((line) => !isFurniture(line));
  return { headline, header, body: withoutRepeatedHeader(body, headline, header) };
}

function dropInvisible(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, iframe, object, embed'))) el.remove();
}

function insideChrome(el: DomElement): boolean {
  for (let node: DomElement | null = el; node && tagOf(node) !== 'body'; node = node.parentNode as DomElement | null) {
    if (['nav', 'header', 'footer', 'aside'].includes(tagOf(node)) && node !== el) return true;
    if (CHROME_NAME.test(`${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`)) return true;
  }
  return false;
}

/** The element holding the headline: a heading or title-classed element that matches the page's title. */
function findHeadline(doc: DomDocument, titleHint: string): DomElement | null {
  const hint = titleHint.replace(/\s/g, '');
  let best: DomElement | null = null;
  let bestScore = 2;
  const candidates = doc.querySelectorAll('h1, h2, h3, [class*=title], [id*=title], [class*=headline], [class*=biaoti], [class*=Title]');
  for (const el of Array.from(candidates)) {
    const text = inlineText(el).replace(/\s/g, '');
    if (text.length < 4 || text.length > MAX_HEADLINE) continue;
    const tag = tagOf(el);
    let score = tag === 'h1' ? 3 : tag === 'h2' ? 2 : 1;
    if (hint && (hint.includes(text) || text.includes(hint))) score += 5;
    if (insideChrome(el)) score -= 5;
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best ?? elementWithText(doc, hint);
}

/** The innermost element whose whole text is the title (old pages set it in <font><b>). */
function elementWithText(doc: DomDocument, hint: string): DomElement | null {
  if (hint.length < 4) return null;
  let found: DomElement | null = null;
  for (const el of Array.from(doc.body?.querySelectorAll(HEADLINE_HOLDERS) ?? [])) {
    const text = (el.textContent ?? '').replace(/\s/g, '');
    if (text === hint && !insideChrome(el)) found = el;
    else if (found && !isWithin(el, found)) break;
  }
  return found;
}

/**
 * The short line after the headline that names the source or the date, if there is one: the
 * first element that does, widened to its container while that stays a short line
 * (account name and time sit in sibling spans on WeChat pages).
 */
function findHeaderLine(doc: DomDocument, headline: DomElement): string | null {
  const all = Array.from(doc.querySelectorAll('*'));
  const start = all.indexOf(headline);
  for (const el of all.slice(start + 1, start + 80)) {
    if (isWithin(el, headline)) continue;
    const text = inlineText(el);
    if (text.length > 200 && !isWithin(headline, el)) break; // the body begins
    if (text.length === 0 || text.length > 120) continue;
    if (!HEADER_LABEL.test(text) && !(FULL_DATE.test(text) && text.length <= 60)) continue;
    let holder = el;
    for (let parent = el.parentNode as DomElement | null; parent && tagOf(parent) !== 'body'; parent = parent.parentNode as DomElement | null) {
      if (isWithin(headline, parent) || inlineText(parent).length > 80) break;
      holder = parent;
    }
    const cleaned = withoutWidgets(inlineText(holder));
    return cleaned && !isFurniture(cleaned) ? cleaned : null;
  }
  return null;
}

function isWithin(el: DomElement, ancestor: DomElement): boolean {
  for (let node: DomElement | null = el; node; node = node.parentNode as DomElement | null) if (node === ancestor) return true;
  return false;
}

/** Paragraphs as Readability finds them; a pruned walk of the body when it finds none. */
function bodyLines(html: string, doc: DomDocument): string[] {
  const readable = parseDocument(html);
  revealWechatText(readable);
  const parsed = new Readability(readable as never, { charThreshold: 60, keepClasses: false }).parse();
  const fromReadability = parsed?.content ? linesOfElement(parseFragment(parsed.content), inArticleHeading) : [];
  if (fromReadability.join('').length >= 20) return fromReadability;
  for (const el of Array.from(doc.querySelectorAll(PAGE_CHROME))) el.remove();
  return doc.body ? linesOfElement(doc.body, inArticleHeading) : [];
}

/** Inside the body every heading is a section heading: the page's title is the headline. */
function inArticleHeading(el: DomElement): string | null {
  return ['h1', 'h2', 'h3'].includes(tagOf(el)) ? '## ' : null;
}

/** Drops the headline and header line where Readability repeats them at the top of the body. */
function withoutRepeatedHeader(body: string[], headline: string, header: string | null): string[] {
  const same = (a: string, b: string) => a.replace(/[\s#]/g, '') === b.replace(/[\s#]/g, '');
  return body.filter((line, i) => {
    if (i > 4) return true;
    if (same(line, headline)) return false;
    if (!header) return true;
    const cleaned = withoutWidgets(line);
    return !(same(cleaned, header) || (cleaned.length > 0 && cleaned.length < 200 && header.replace(/\s/g, '').includes(cleaned.replace(/\s/g, ''))));
  });
}
