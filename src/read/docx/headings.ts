import type { DomElement } from '../_dom.js';
import { tagOf } from '../_dom.js';

/** Heading styles beyond mammoth's defaults: Title, Subtitle, and Chinese style names. */
export const HEADING_STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='title'] => h1.title:fresh",
  "p[style-name='标题'] => h1.title:fresh",
  "p[style-name='Subtitle'] => h2.subtitle:fresh",
  "p[style-name='副标题'] => h2.subtitle:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
];

interface MammothRun { type: string; fontSize?: number | null; isBold?: boolean; children?: MammothNode[] }
export interface MammothNode { type: string; value?: string; children?: MammothNode[] }
interface MammothParagraph { type: 'paragraph'; styleName: string | null; alignment: string | null; children: MammothNode[] }

const HEADING_STYLE = /heading|title|标题/i;

function paragraphsOf(node: MammothNode): MammothParagraph[] {
  if (node.type === 'paragraph') return [node as MammothParagraph];
  return (node.children ?? []).flatMap(paragraphsOf);
}

function runsOf(node: MammothNode): MammothRun[] {
  if (node.type === 'run') return [node as MammothRun];
  return (node.children ?? []).flatMap(runsOf);
}

function textOf(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Chinese office documents often set the title by hand (centred, 二号) instead of with a
 * style: such a paragraph becomes a Title, a centred bold short line a section heading.
 */
export function markHandSetHeadings<T extends MammothNode>(document: T): T {
  const paragraphs = paragraphsOf(document);
  const body = bodyFontSize(paragraphs);
  for (const paragraph of paragraphs) {
    if (paragraph.styleName && HEADING_STYLE.test(paragraph.styleName)) continue;
    if (paragraph.alignment !== 'center') continue;
    const text = textOf(paragraph).trim();
    if (text.length < 2 || text.length > 60 || /[。；;，,：:]$/.test(text)) continue;
    const runs = runsOf(paragraph).filter((run) => textOf(run).trim());
    if (runs.length === 0) continue;
    if (runs.every((run) => (run.fontSize ?? body) >= body * 1.25)) paragraph.styleName = 'Title';
    else if (runs.every((run) => run.isBold)) paragraph.styleName = 'Heading 2';
  }
  return document;
}

/** The font size most characters are set in; 12 pt when runs leave it to the style. */
function bodyFontSize(paragraphs: readonly MammothParagraph[]): number {
  const chars = new Map<number, number>();
  for (const run of paragraphs.flatMap(runsOf)) {
    const size = run.fontSize ?? 12;
    chars.set(size, (chars.get(size) ?? 0) + textOf(run).length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

/** `# ` for the document's title, `## ` for other headings. */
export function docxHeadingPrefix(hasTitle: boolean): (element: DomElement) => string | null {
  return (element) => {
    const tag = tagOf(element);
    if (tag === 'h1') return (element.getAttribute('class') ?? '').includes('title') || !hasTitle ? '# ' : '## ';
    return /^h[2-6]$/.test(tag) ? '## ' : null;
  };
}
