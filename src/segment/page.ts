import { hantRegExp } from './_hant.js';
import { findFullDate } from './dates.js';
import { displayWidth } from './lines.js';
import { isPostCounters } from './posts.js';

// Page furniture of a printed newspaper: page numbers and names, page editors, masthead dates, serial numbers.
const FURNITURE = [
  String.raw`^第\s*[\d０-９一二三四五六七八九十百]+\s*版`,
  String.raw`^[A-Za-zＡ-Ｚ]{0,2}\s*[\d０-９]{1,3}\s*版(?:[\s：:]|$)`,
  String.raw`^本版(?:编辑|责编|责任编辑|美编|校对|组版|设计|统筹|主编|制图|图片|策划|审读|监制)`,
  String.raw`^(?:美编|美术编辑|版式|版式设计|组版|排版|版面设计|制图|照排|图片编辑)\s*[：:]`,
  String.raw`^[-—–－\s]*[\d０-９]{1,3}(?:\s*[/／]\s*[\d０-９]{1,3})?[-—–－\s]*$`,
  String.raw`国内统一连续出版物号|邮发代号|CN\s*\d{2}\s*-\s*\d{4}`,
  // The distribution lines at the foot of a 简报 or official document: 报：区委办 送：区统计局.
  String.raw`^(?:报|送|发|报送|抄送|抄报|分送|发送)\s*[：:]\s*\S`,
].map((source) => hantRegExp(source, 'u'));
// What a web page leaves around its article, and a WeChat post around its own. The widgets (share,
// print, font size, view counts, follow prompts) may stand between a headline and its text, or end
// a meta line (… 来源：北方网　浏览次数：1236　【字体：大 中 小】); links to other articles close the
// article above them.
const WIDGETS = [
  '纠错', '打印本页', '打印', '关闭窗口', '关闭', '分享到', '分享', '扫一扫', '收藏本页', '收藏', '字号', '字体', '点击数', '点击量',
  '浏览次数', '浏览量', '阅读量', '阅读次数', '访问量', '点击蓝字', '点击上方', '关注我们', '长按识别', '长按二维码', '扫码关注', '点赞', '在看',
];
const OTHER_ARTICLES = ['上一篇', '下一篇', '相关新闻', '相关阅读', '相关链接', '推荐阅读', '往期推荐', '往期回顾', '往期精彩', '精彩推荐', '返回顶部'];
const LEADING_MARKS = String.raw`[【\[▼▲↓\p{Extended_Pictographic}\s]*`;
const WEB_FURNITURE = hantRegExp(String.raw`^${LEADING_MARKS}(?:${[...WIDGETS, ...OTHER_ARTICLES].join('|')})(?:[】\]▼▲↓👇]|[：:\s]|$)`, 'u');
// A follow prompt written out: 点击上方蓝字关注我们, 戳蓝字 关注夷陵发布.
const FOLLOW_PROMPT = hantRegExp(String.raw`^${LEADING_MARKS}(?:点击|戳|轻触)(?:上方|下方|顶部)?[^。！？，,]{0,8}?关注`, 'u');
const WEB_LIST_OF_OTHERS = hantRegExp(String.raw`^${LEADING_MARKS}(?:${OTHER_ARTICLES.join('|')})`, 'u');
// A meta line's widgets come after a space or in brackets, so an outlet such as 收藏家杂志 after 来源： stays.
const WIDGET_TAIL = hantRegExp(String.raw`(?:\s+[【\[]?|[【\[])\s*(?:${WIDGETS.join('|')})(?:[】\]：:\s]|$)[\s\S]*$`, 'u');
const PAGE_NUMBER = hantRegExp(String.raw`(?:^|[\s（(])(?:第\s*[\d０-９一二三四五六七八九十]+\s*版|[A-Za-zＡ-Ｚ]{1,2}\s*[\d０-９]{1,3}\s*版?)(?:[\s）)]|$)`, 'u');
const LABELLED = /^[\p{Script=Han}\s\u3000]{2,8}[：:]/u;
const WEEKDAY = hantRegExp(String.raw`星期[一二三四五六日天]|礼拜[一二三四五六日天]|(?<![\p{Script=Han}])周[一二三四五六日](?![\p{Script=Han}])`, 'u');

/** A meta line without the page widgets that end it. */
export function withoutWidgetTail(text: string): string {
  return text.replace(WIDGET_TAIL, '').trimEnd();
}

/** True when a furniture line (of `reason`) ends the article before it: print page furniture, or a web list of other articles. */
export function furnitureEndsArticle(text: string, reason: string): boolean {
  return reason !== '网页附加信息' || WEB_LIST_OF_OTHERS.test(text) || isPostCounters(text);
}

/** Why a line is page furniture (版面信息 for print, 网页附加信息 for the web), or null for any other line. */
export function furnitureReason(text: string): string | null {
  if (displayWidth(text) > 80 || /[。！？]/u.test(text)) return null;
  if (FURNITURE.some((re) => re.test(text))) return '版面信息';
  if (WEB_FURNITURE.test(text) || FOLLOW_PROMPT.test(text) || isPostCounters(text)) return '网页附加信息';
  // A masthead line: 2026年9月8日 星期二 赣州日报, 潍坊日报 2026年8月25日 第2版 要闻; or where a reprint
  // appeared: 《人民日报》（2026年11月03日 第13版）.
  // (时间：2026年11月12日（星期四）上午9:00 is a meeting's time, labelled; a masthead labels nothing.)
  return (WEEKDAY.test(text) || PAGE_NUMBER.test(text)) && findFullDate(text) !== null && !LABELLED.test(text) ? '版面信息' : null;
}
