import { isoDateOf } from '../_date.js';
import type { DomDocument } from '../_dom.js';
import { tidyLine } from '../_blocks.js';

/** The page's <meta> values by lower-cased name or property. */
export function metaValuesOf(doc: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = tidyLine(meta.getAttribute('content') ?? '');
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

const TITLE_KEYS = ['articletitle', 'og:title', 'twitter:title', 'title'];
const DATE_KEYS = ['article:published_time', 'pubdate', 'publishdate', 'publish_date', 'datepublished', 'og:release_date', 'firstpublishedtime', 'dc.date', 'date', 'lastmodifiedtime'];
const OUTLET_KEYS = ['contentsource', 'source', 'article:source', 'og:article:source'];

/** The article title the page states in its metadata, or the first part of <title>. */
export function titleHintOf(doc: DomDocument, meta: Map<string, string>): string {
  for (const key of TITLE_KEYS) {
    const value = meta.get(key);
    if (value) return value;
  }
  // <title> is usually "headline_section_site" or "headline - site".
  const parts = tidyLine(doc.title ?? '').split(/\s*(?:_|\||｜|--|——| - | — )\s*/).filter((part) => part.length >= 2);
  return parts[0] ?? '';
}

export function metaDateOf(meta: Map<string, string>): string | undefined {
  for (const key of DATE_KEYS) {
    const date = isoDateOf(meta.get(key));
    if (date) return date;
  }
  return undefined;
}

export function metaOutletOf(meta: Map<string, string>): string | undefined {
  for (const key of OUTLET_KEYS) {
    const value = meta.get(key);
    if (value && value.length <= 40) return value;
  }
  return undefined;
}

/** The outlet a header line names: 来源：X (up to the next space or label). */
export function outletOfHeader(header: string): string | undefined {
  const match = /(?:来源|稿源)\s*[:：]\s*([^\s\u3000|｜,，;；]+)/.exec(header);
  if (!match) return undefined;
  const outlet = match[1]!.replace(/\s*(发布时间|发布日期|时间|日期|作者|编辑|浏览).*$/, '').replace(/[【[（(].*$/, '').trim();
  return outlet || undefined;
}
