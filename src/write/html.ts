import type { Nodes, Parents, RootContent, Heading, FootnoteDefinition, Definition } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { DIRECTIVES, type DocumentTree } from '../render/tree.js';
import { chartHtml, escapeHtml as esc, imageHtml, linkHtml } from './_html-parts.js';
import { htmlStyle } from './_html-style.js';
import type { WriteContext, Writer } from './types.js';

/**
 * The tree as one standalone HTML5 page: styles inline, charts as inline SVG, images as data URIs,
 * nothing fetched. Every text and attribute is escaped, and raw HTML in the Markdown is shown as
 * text, never interpreted. Used for `--format html` and for previews on the published index page.
 */
export const writeHtml: Writer = async (tree, ctx) => {
  const state = new HtmlState(tree, ctx);
  const body = await state.children(tree);
  const meta = ctx.meta;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(meta.title)}</title>`,
    '<meta name="generator" content="jianbao">',
    meta.author ? `<meta name="author" content="${esc(meta.author)}">` : '',
    meta.subject ? `<meta name="description" content="${esc(meta.subject)}">` : '',
    meta.keywords?.length ? `<meta name="keywords" content="${esc(meta.keywords.join(','))}">` : '',
    `<style>\n${htmlStyle(ctx.theme)}\n</style>`,
  ].filter(Boolean);
  const html = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n${head.join('\n')}\n</head>\n<body>\n<main class="page">\n${body}${state.footnotes()}</main>\n</body>\n</html>\n`;
  return new TextEncoder().encode(html);
};

const KNOWN = new Set<string>([...DIRECTIVES.leaf, ...DIRECTIVES.container]);

class HtmlState {
  private headingIds = new Map<Heading, string>();
  private headings: Heading[] = [];
  private definitions = new Map<string, Definition>();
  private footnoteDefs = new Map<string, FootnoteDefinition>();
  private footnoteOrder: string[] = [];

  constructor(
    tree: DocumentTree,
    private readonly ctx: WriteContext,
  ) {
    visit(tree, (node: Nodes) => {
      if (node.type === 'heading') {
        this.headings.push(node);
        this.headingIds.set(node, `h-${this.headings.length}`);
      } else if (node.type === 'definition') this.definitions.set(node.identifier, node);
      else if (node.type === 'footnoteDefinition') this.footnoteDefs.set(node.identifier, node);
    });
  }

  async children(parent: Parents): Promise<string> {
    let out = '';
    for (const child of parent.children) out += await this.node(child as RootContent, parent);
    return out;
  }

  /** A list item's paragraphs sit inline unless the list is spread (blank lines between items). */
  private async node(node: RootContent, parent: Parents): Promise<string> {
    switch (node.type) {
      case 'text':
        return esc(node.value);
      case 'paragraph': {
        const inner = await this.children(node);
        return parent.type === 'listItem' && !parent.spread ? inner : `<p>${inner}</p>\n`;
      }
      case 'heading': {
        const id = this.headingIds.get(node)!;
        return `<h${node.depth} id="${id}">${await this.children(node)}</h${node.depth}>\n`;
      }
      case 'strong':
        return `<strong>${await this.children(node)}</strong>`;
      case 'emphasis':
        return `<em>${await this.children(node)}</em>`;
      case 'delete':
        return `<del>${await this.children(node)}</del>`;
      case 'inlineCode':
        return `<code>${esc(node.value)}</code>`;
      case 'break':
        return '<br>';
      case 'thematicBreak':
        return '<hr>\n';
      case 'blockquote':
        return `<blockquote>\n${await this.children(node)}</blockquote>\n`;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        const start = node.ordered && node.start != null && node.start !== 1 ? ` start="${node.start}"` : '';
        return `<${tag}${start}>\n${await this.children(node)}</${tag}>\n`;
      }
      case 'listItem': {
        const box = node.checked == null ? '' : node.checked ? '☑ ' : '☐ ';
        return `<li>${box}${await this.children(node)}</li>\n`;
      }
      case 'table':
        return this.table(node);
      case 'code':
        return node.lang === 'chart' ? chartHtml(node.value, this.ctx) : `<pre><code>${esc(node.value)}</code></pre>\n`;
      case 'html':
        // Raw HTML from a template or an article is shown as the text it is, never run.
        return parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'containerDirective'
          ? `<p>${esc(node.value)}</p>\n`
          : esc(node.value);
      case 'link':
        return linkHtml(node.url, node.title ?? null, await this.children(node));
      case 'linkReference': {
        const def = this.definitions.get(node.identifier);
        const inner = await this.children(node);
        return def ? linkHtml(def.url, def.title ?? null, inner) : inner;
      }
      case 'image':
        return imageHtml(node.url, node.alt ?? '', this.ctx);
      case 'imageReference': {
        const def = this.definitions.get(node.identifier);
        return def ? imageHtml(def.url, node.alt ?? '', this.ctx) : esc(node.alt ?? '');
      }
      case 'footnoteReference':
        return this.footnoteRef(node.identifier);
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
        return '';
      case 'leafDirective':
      case 'containerDirective':
      case 'textDirective':
        return this.directive(node);
      default:
        return '';
    }
  }

  private async table(node: Extract<RootContent, { type: 'table' }>): Promise<string> {
    const rows: string[] = [];
    for (const [r, row] of node.children.entries()) {
      const tag = r === 0 ? 'th' : 'td';
      let cells = '';
      for (const [c, cell] of row.children.entries()) {
        const align = node.align?.[c];
        cells += `<${tag}${align ? ` style="text-align:${align}"` : ''}>${await this.children(cell)}</${tag}>`;
      }
      rows.push(`<tr>${cells}</tr>`);
    }
    const [head, ...body] = rows;
    return `<table>\n<thead>${head ?? ''}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>\n`;
  }

  private footnoteRef(id: string): string {
    if (!this.footnoteOrder.includes(id)) this.footnoteOrder.push(id);
    const n = this.footnoteOrder.indexOf(id) + 1;
    return `<sup><a href="#fn-${n}" id="fnref-${n}">${n}</a></sup>`;
  }

  /** Footnotes in the order they were first referenced. */
  footnotes(): string {
    if (this.footnoteOrder.length === 0) return '';
    const items: string[] = [];
    // Rendering a footnote can reference another; the list grows while it is walked.
    for (let i = 0; i < this.footnoteOrder.length; i++) {
      const def = this.footnoteDefs.get(this.footnoteOrder[i]!);
      items.push(`<li id="fn-${i + 1}">${def ? esc(toString(def)) : ''} <a href="#fnref-${i + 1}">↩</a></li>`);
    }
    return `<section class="footnotes"><ol>\n${items.join('\n')}\n</ol></section>\n`;
  }

  private async directive(node: ContainerDirective | LeafDirective | TextDirective): Promise<string> {
    const a = node.attributes ?? {};
    const attr = (k: string): string => esc(a[k] ?? '');
    if (node.type === 'leafDirective' && node.name === 'masthead') {
      return (
        `<header class="masthead"><div class="name">${attr('name')}</div>` +
        (a.issue ? `<div class="issue">${attr('issue')}</div>` : '') +
        `<div class="meta"><span>${attr('unit')}</span><span>${attr('date')}</span></div></header>\n`
      );
    }
    if (node.type === 'leafDirective' && node.name === 'pagebreak') return '<hr class="pagebreak">\n';
    if (node.type === 'leafDirective' && node.name === 'toc') return this.toc(node, a.title ?? '目录');
    if (node.type === 'containerDirective' && node.name === 'note') {
      const label = `<span class="label">${esc(a.label ?? '按语')}：</span>`;
      return `<div class="note">\n${(await this.children(node)).replace(/^<p>/, `<p>${label}`)}</div>\n`;
    }
    if (node.type === 'containerDirective' && node.name === 'endblock') {
      const copies = a.copies ? `<p class="copies">（共印${esc(a.copies)}份）</p>` : '';
      return `<footer class="endblock">\n${await this.children(node)}${copies}</footer>\n`;
    }
    if (node.type === 'containerDirective' && node.name === 'center') return `<div class="center">\n${await this.children(node)}</div>\n`;
    if (node.type !== 'textDirective' && KNOWN.has(node.name)) return '';
    this.ctx.report({ level: 'warning', code: 'WRITE_UNKNOWN_DIRECTIVE', message: `unknown directive "${node.name}": its content is shown without it`, line: node.position?.start.line ?? null });
    if (node.type === 'textDirective') return `:${esc(node.name)}${await this.children(node)}`;
    return node.type === 'containerDirective' ? `<div>\n${await this.children(node)}</div>\n` : `<p>${await this.children(node)}</p>\n`;
  }

  /** The headings of depth 2–3 that follow the toc directive. */
  private toc(node: LeafDirective, title: string): string {
    const after = this.headings.filter(
      (h) => h.depth >= 2 && h.depth <= 3 && (h.position?.start.offset ?? 0) > (node.position?.start.offset ?? 0),
    );
    const items = after.map((h) => `<li class="d${h.depth}"><a href="#${this.headingIds.get(h)}">${esc(toString(h))}</a></li>`);
    return `<nav class="toc"><p class="toc-title">${esc(title)}</p><ol>\n${items.join('\n')}\n</ol></nav>\n`;
  }
}
