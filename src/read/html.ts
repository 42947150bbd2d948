import { isBlank } from './_clean.js';
import { ReadError, type ReadMeta, type ReadOptions, type ReadResult } from './_contract.js';
import { isoDateOf } from './_date.js';
import { decodeText } from './_decode.js';
import { parseDocument } from './_dom.js';
import { declaredCharset } from './html/charset.js';
import { extractArticle } from './html/extract.js';
import { metaDateOf, metaOutletOf, metaValuesOf, outletOfHeader, titleHintOf } from './html/meta.js';
import { assertShallowHtml } from './html/nesting.js';
import { wechatValuesOf } from './html/wechat.js';

/**
 * A saved web page: the article's headline as `# `, its source/date line, and its paragraphs,
 * without the site's navigation, sidebars and footer. Scripts are never run, nothing is fetched.
 */
export async function readHtml(bytes: Uint8Array, _options: Required<ReadOptions>): Promise<ReadResult> {
  if (bytes.length === 0) throw new ReadError('READ_EMPTY', 'the page is empty; save the article page again or remove the file');
  const decoded = decodeText(bytes, declaredCharset(bytes));
  assertShallowHtml(decoded.text);
  const doc = parseDocument(decoded.text);
  const metaValues = metaValuesOf(doc);
  const titleHint = titleHintOf(doc, metaValues);
  const article = extractArticle(doc, decoded.text, titleHint);
  const lines = [article.headline ? `# ${article.headline}` : '', article.header ?? '', ...article.body].filter(Boolean);
  const text = lines.join('\n');
  if (isBlank(text.replace(/^#\s*/, ''))) {
    throw new ReadError('READ_EMPTY', 'the page has no visible text; save the article page again (File → Save As → Web page, complete) or paste its text into a .txt file');
  }
  const meta: ReadMeta = {};
  const title = article.headline || titleHint;
  if (title) meta.title = title;
  const wechat = wechatValuesOf(decoded.text);
  const date = metaDateOf(metaValues) ?? wechat.date ?? isoDateOf(article.header);
  if (date) meta.date = date;
  // A post's outlet is the account that published it; a 来源 line under its text names where it came from.
  const outlet = wechat.account ?? (article.header ? outletOfHeader(article.header) : undefined) ?? metaOutletOf(metaValues);
  if (outlet) meta.outlet = outlet;
  return { format: 'html', encoding: decoded.encoding, text, meta, diagnostics: decoded.diagnostics };
}
