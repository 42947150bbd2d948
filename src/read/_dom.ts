import { parseHTML } from 'linkedom';

// The few DOM members the readers use; linkedom's own typings lean on the browser's DOM lib.
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** A DOM built without running scripts or fetching anything (linkedom does neither). */
export function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(withBody(html)) as unknown as { document: DomDocument };
  return document;
}

/** linkedom builds no <html> or <body> a page leaves out, as browsers do; supply them. */
function withBody(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length;
    return `${html.slice(0, at)}<body>${html.slice(at).replace(/<\/html\s*>\s*$/i, '')}</body></html>`;
  }
  const htmlStart = /<html[^>]*>/i.exec(html);
  if (htmlStart) {
    const at = htmlStart.index + htmlStart[0].length;
    return `${html.slice(0, at)}<head></head><body>${html.slice(at).replace(/<\/html\s*>\s*$/i, '')}</body></html>`;
  }
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Parses an HTML fragment (Readability's or mammoth's output) into a body element. */
export function parseFragment(html: string): DomElement {
  const body = parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body;
  if (!body) throw new Error('linkedom gave no body for a fragment');
  return body;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function tagOf(node: DomNode): string {
  return node.nodeName.toLowerCase();
}
