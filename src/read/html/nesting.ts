import { ReadError } from '../_contract.js';

const MAX_HTML_DEPTH = 500;

const VOID = new Set('area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(' '));
// Elements whose end tag may be left out: a new one closes the open one, as browsers do.
const SELF_CLOSING_SIBLINGS = new Set('p li dt dd tr td th option optgroup thead tbody tfoot rt rp'.split(' '));
// Each raw-text element with the search for its end tag, built once (not once for every <script> of a page).
const RAW_TEXT_END = new Map(
  ['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes'].map((name) => [name, new RegExp(`</${name}`, 'ig')]),
);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * Refuses pages nested deeper than an article page ever is, before building a DOM: deep
 * nesting makes the parser and the article extractor slow or overflow the stack. The count
 * follows the browser's rules for void elements and omitted end tags closely enough.
 */
export function assertShallowHtml(html: string, maxDepth = MAX_HTML_DEPTH): void {
  const stack: string[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [, closing, rawName, selfClosing] = m;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    if (SELF_CLOSING_SIBLINGS.has(name)) {
      const at = stack.lastIndexOf(name);
      if (at >= 0 && at >= stack.length - 4) stack.length = at;
    }
    const end = RAW_TEXT_END.get(name);
    if (end) {
      end.lastIndex = TAG.lastIndex;
      TAG.lastIndex = end.exec(html)?.index ?? html.length;
      continue;
    }
    stack.push(name);
    if (stack.length > maxDepth) {
      const line = html.slice(0, m.index).split('\n').length;
      throw new ReadError('READ_NESTING', `the page nests its elements more than ${maxDepth} deep (line ${line}), which no article page does; save the article text as .txt instead`, line);
    }
  }
}
