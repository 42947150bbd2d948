import type { Nodes } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { unescapeAttribute } from './escape.js';
import type { DocumentTree } from './tree.js';

/**
 * The rendered Markdown as the document tree: GFM (tables, footnotes, strikethrough), directives,
 * and CJK-friendly emphasis, so `**“项目为王”**理念` is bold although CommonMark's flanking rules
 * say otherwise. cjk-friendly replaces `*`/`_` emphasis only; GFM's `~~` keeps CommonMark's rules.
 */
export function parseMarkdown(markdown: string): DocumentTree {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm(), directive(), cjkFriendlyExtension()],
    mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
  });
  visit(tree, (node: Nodes) => {
    if (node.type !== 'leafDirective' && node.type !== 'containerDirective' && node.type !== 'textDirective') return;
    const attributes = node.attributes ?? {};
    for (const [k, v] of Object.entries(attributes)) {
      if (typeof v === 'string') attributes[k] = unescapeAttribute(v);
    }
  });
  return tree;
}
