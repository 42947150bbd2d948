/** Small HTML pieces of the index page: escaping, relative links, download lists. */

/** A report as published: its file name stem and the files written for it (names in the output folder). */
export interface PublishedReport {
  slug: string;
  files: string[];
  /** File sizes in bytes, by file name, where known (shown beside each link). */
  sizes?: Record<string, number>;
}

/** Text and attribute values made inert: names and summaries come from articles. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A relative link to a file beside the page: 北辰区.pdf → %E5%8C%97%E8%BE%B0%E5%8C%BA.pdf, safe in any host and any URL parser. */
export function fileHref(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

/** The in-page anchor of a district card; slugs are file-safe, so they are id-safe once spaces go. */
export function cardId(slug: string): string {
  return `d-${slug.replace(/\s+/g, '-')}`;
}

/** 174 KB, 1.2 MB: what a reader on a slow line wants to know before clicking. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface FormatLink {
  ext: string;
  /** What the reader sees on the link. */
  text: string;
  mime: string;
  /** Word files are saved, not opened: browsers cannot show them. */
  download: boolean;
}

// In the order a reader reaches for them: the printable PDF first, the editable Word file next.
const FORMATS: FormatLink[] = [
  { ext: 'pdf', text: 'PDF', mime: 'application/pdf', download: false },
  { ext: 'docx', text: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', download: true },
  { ext: 'html', text: '网页版', mime: 'text/html', download: false },
];

/** The report's files as a list of links; `label` names the report for screen readers (北辰区简报 PDF). */
export function fileLinks(report: PublishedReport | undefined, label: string): string {
  const items: string[] = [];
  for (const f of FORMATS) {
    const name = report?.files.find((n) => n.toLowerCase().endsWith(`.${f.ext}`));
    if (!name) continue;
    const size = report?.sizes?.[name];
    const attrs = [`href="${esc(fileHref(name))}"`, `type="${f.mime}"`, f.download ? `download="${esc(name)}"` : ''].filter(Boolean).join(' ');
    const sizeText = size === undefined ? '' : ` <small>${formatSize(size)}</small>`;
    items.push(`<li><a ${attrs}><span class="vh">${esc(label)} </span>${f.text}${sizeText}</a></li>`);
  }
  if (items.length === 0) return `<p class="missing">本期未生成文件</p>`;
  return `<ul class="links">${items.join('')}</ul>`;
}
