// Page furniture of Chinese news and government sites: whole lines that are never article text.
const FURNITURE_LINES: RegExp[] = [
  /版权所有|copyright|©|\(c\)\s*\d{4}/i,
  /网站标识码|ICP\s*备|ICP\s*证|公网安备|网安备/i,
  /^(主办单位|承办单位|主办|承办|协办|技术支持|运维单位|网站维护|维护单位|联系电话|联系我们)\s*[:：]/,
  /扫一扫|分享到|打印本页|关闭窗口|【\s*(打印|关闭|收藏|纠错)\s*】|\[\s*(打印|关闭)\s*\]/,
  /^(当前位置|您的位置|您现在的位置|所在位置|位置)\s*[:：]/,
  /^(上一篇|下一篇|上一条|下一条)\s*[:：]/,
  /^【?\s*(?:字号|字体)\s*[:：]?/,
  /^(首页|网站首页|主页)\s*[>›»＞]/,
  /^(相关链接|相关新闻|相关阅读|热点新闻|热门文章|推荐阅读|猜你喜欢|友情链接)\s*[:：]?\s*$/,
  /^(手机版|无障碍|English|返回顶部|网站地图|设为首页|加入收藏)(\s+|$)/i,
];

/** Fragments of an article's header line that belong to the page, not the article. */
const HEADER_FRAGMENTS: RegExp[] = [
  /【\s*(?:字号|字体)\s*[:：]?[^】]*】/g,
  /(?:字号|字体)\s*[:：]?\s*[大中小默认\s|]+/g,
  /[【[]\s*(打印|关闭|收藏|纠错|打印本页|关闭窗口)\s*[】\]]/g,
  /(分享到|扫一扫)[\s\S]*$/,
  /(浏览|阅读|点击|访问)(次数|量)?\s*[:：]\s*\d*\s*次?/g,
];

/** True for a line of page furniture (copyright, site codes, share and print links, breadcrumbs). */
export function isFurniture(line: string): boolean {
  return line.length <= 160 && FURNITURE_LINES.some((pattern) => pattern.test(line));
}

/** The header line without its print, font-size, share and view-count widgets. */
export function withoutWidgets(line: string): string {
  return HEADER_FRAGMENTS.reduce((text, pattern) => text.replace(pattern, ' '), line)
    .replace(/\s{2,}/g, ' ')
    .trim();
}
