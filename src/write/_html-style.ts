import { pageGeometry, type ElementName, type ElementStyle, type Theme } from './theme.js';

/**
 * The theme as CSS for the HTML writer: the same faces by role (a font-family list that finds the
 * office's installed 仿宋/楷体/黑体/小标宋 first, then the free stand-ins), sizes in points, the
 * GB/T 9704 line pitch, the red masthead and rules.
 */

const ROLE_FAMILIES: Record<string, string[]> = {
  title: ['FZXiaoBiaoSong-B05S', '方正小标宋简体', 'Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', 'serif'],
  body: ['FangSong', 'FangSong_GB2312', '仿宋', '仿宋_GB2312', 'STFangsong', 'FandolFang', 'serif'],
  kai: ['KaiTi', 'KaiTi_GB2312', '楷体', 'STKaiti', 'FandolKai', 'LXGW WenKai', 'serif'],
  hei: ['SimHei', '黑体', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'],
};

/** The role a font file stem plays, guessed from its name when the theme does not say. */
function roleOfStem(stem: string): keyof typeof ROLE_FAMILIES {
  if (/fang/i.test(stem)) return 'body';
  if (/kai/i.test(stem)) return 'kai';
  if (/hei|sans|gothic/i.test(stem)) return 'hei';
  return 'title';
}

function quoteFamily(f: string): string {
  return /^(serif|sans-serif|monospace)$/.test(f) ? f : `"${f.replace(/["\\<>]/g, '')}"`;
}

/** A CSS font-family list for a theme font reference (a role such as body, or a file stem). */
export function fontFamily(theme: Theme, ref: string): string {
  const roles = theme.fonts as Record<string, string>;
  const stem = roles[ref] ?? ref;
  const role = ref in ROLE_FAMILIES ? ref : roleOfStem(stem);
  // The file's own family comes first (NotoSansSC-Regular → Noto Sans SC), then the role's list.
  const own = stem.replace(/-(Regular|Bold|Medium|Light|Italic)$/i, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/ S C$/, ' SC');
  return [...new Set([own, ...ROLE_FAMILIES[role]!])].map(quoteFamily).join(', ');
}

function safeColor(c: string): string {
  return /^#[0-9a-fA-F]{3,8}$/.test(c) ? c : '#000000';
}

function rule(theme: Theme, name: ElementName, selector: string, pitchPerPt: number): string {
  const e: ElementStyle = theme.elements[name];
  const lineHeight = e.lineHeight ? e.lineHeight / e.size : pitchPerPt;
  return (
    `${selector}{font-family:${fontFamily(theme, e.font)};font-size:${e.size}pt;color:${safeColor(e.color)};` +
    `text-align:${e.align};text-indent:${e.indent}em;margin:${e.spaceBefore}pt 0 ${e.spaceAfter}pt;` +
    `line-height:${lineHeight.toFixed(3)};font-weight:normal;font-style:normal}`
  );
}

/** The page's style sheet. */
export function htmlStyle(theme: Theme): string {
  const g = pageGeometry(theme);
  // Body text keeps the grid's pitch; other sizes keep the same ratio.
  const pitch = g.linePitch / theme.elements.body.size;
  // The 报头 rule takes the rule colour, as in the PDF and Word writers.
  const ruleColor = safeColor(theme.colors.rule);
  const text = safeColor(theme.colors.text);
  const muted = safeColor(theme.colors.muted);
  const outer = `${theme.rules.outer}mm`;
  const inner = `${theme.rules.inner}mm`;
  const r = (name: ElementName, selector: string): string => rule(theme, name, selector, pitch);
  return [
    `html{background:#eeeeee}body{margin:0;padding:24px 0;color:${text}}`,
    `main.page{box-sizing:content-box;width:${g.textWidth.toFixed(1)}pt;margin:0 auto;background:#fff;` +
      `padding:${g.margins.top.toFixed(1)}pt ${g.margins.right.toFixed(1)}pt ${g.margins.bottom.toFixed(1)}pt ${g.margins.left.toFixed(1)}pt;` +
      `box-shadow:0 1px 4px rgba(0,0,0,.2)}`,
    r('body', 'main p, main li p, main dd'),
    r('listItem', 'main li'),
    r('title', 'main h1'),
    r('subtitle', 'main .subtitle'),
    r('h1', 'main h2'),
    r('h2', 'main h3'),
    r('h3', 'main h4'),
    r('h4', 'main h5, main h6'),
    r('note', '.note p'),
    r('quote', 'main blockquote p'),
    r('table', 'main td'),
    r('tableHeader', 'main th'),
    r('caption', 'main figcaption'),
    r('footnote', '.footnotes li, .footnotes p'),
    r('toc', '.toc li'),
    r('endblock', '.endblock p'),
    r('mastheadName', '.masthead .name'),
    r('mastheadIssue', '.masthead .issue'),
    r('mastheadMeta', '.masthead .meta'),
    `.masthead{border-bottom:${outer} solid ${ruleColor};padding-bottom:4pt;margin-bottom:14pt}`,
    `.masthead .meta{display:flex;justify-content:space-between;text-indent:0}`,
    `.note .label{font-family:${fontFamily(theme, 'hei')}}`,
    `.center p{text-align:center;text-indent:0}`,
    `main strong{font-family:${fontFamily(theme, 'bold')};font-weight:normal}`,
    `main em{font-family:${fontFamily(theme, 'italic')};font-style:normal}`,
    `main li{text-indent:0}main ul,main ol{margin:0 0 0 2em;padding:0}`,
    `main blockquote{margin:0 0 0 1em;padding-left:1em;border-left:${inner} solid ${muted}}`,
    `main table{border-collapse:collapse;width:100%;margin:6pt 0 10pt}`,
    `main th,main td{border:${inner} solid ${text};padding:2pt 4pt;text-indent:0}`,
    `main th{background:#f5f5f5}`,
    `figure.chart{margin:8pt 0;text-align:center}figure.chart svg{width:100%;height:auto}.chart-table caption{font-family:inherit;margin-bottom:4pt}`,
    `main pre{white-space:pre-wrap;font-size:10.5pt;background:#f7f7f7;padding:6pt}`,
    `.endblock{border-top:${outer} solid ${text};border-bottom:${outer} solid ${text};margin-top:28pt;padding:4pt 0}`,
    `.endblock p{text-indent:0;margin:0}.endblock .copies{text-align:right}`,
    `.toc ol{list-style:none;margin-left:0}.toc .d3{padding-left:2em}`,
    `.footnotes{border-top:${inner} solid ${muted};margin-top:18pt}`,
    `hr.pagebreak{border:0;border-top:1px dashed #bbb;margin:18pt 0;break-after:page}`,
    `.missing-image{color:${muted}}`,
    `@media print{html{background:none}body{padding:0}main.page{box-shadow:none;padding:0;width:auto}}`,
  ].join('\n');
}
