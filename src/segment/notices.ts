import { hantRegExp } from './_hant.js';
import { displayWidth } from './lines.js';

const PHONE = /(?<![\d.])(?:1[3-9]\d{9}|0\d{2,3}[-－—\s]?\d{7,8}|400[-\s]?\d{3}[-\s]?\d{4}|\d{7,8})(?![\d.])/u;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
const CONTACT_LABEL = hantRegExp(String.raw`(?:热线|电话|手机|邮箱|信箱|传真|微信|QQ|网址|地址|联系人|邮编|邮政编码)\s*[：:]`, 'u');
const ADDRESS_LABEL = hantRegExp(String.raw`^(?:地址|联系人|邮编|网址|微信公众号)\s*[：:]`, 'u');

/** True for a line that is contact details: 投稿热线：13512908898, 邮箱：x@y.cn, 地址：… */
export function isContactLine(text: string): boolean {
  if (displayWidth(text) > 60 || !CONTACT_LABEL.test(text)) return false;
  return PHONE.test(text) || EMAIL.test(text) || ADDRESS_LABEL.test(text);
}

/** True when the text gives a phone number or an e-mail address. */
function hasContactDetails(text: string): boolean {
  return PHONE.test(text) || EMAIL.test(text);
}

const NOTICE_WORDS = ['投稿', '征稿', '来稿', '稿件', '订阅', '征订', '栏目', '热线', '邮箱', '广告', '招聘', '诚聘', '详询', '垂询', '咨询', '扫码', '二维码', '即日起', '欢迎', '报名', '优惠'];
const NOTICE = NOTICE_WORDS.map((w) => [w, hantRegExp(w, 'u')] as const);
const AD = hantRegExp(
  String.raw`广告|优惠|促销|大促|特价|折扣|[一二三四五六七八九\d]折|低至|限时|抢购|让利|钜惠|热销|垂询|欢迎选购|欢迎惠顾|售楼|招租|出租|转让`,
  'u',
);
const COLUMN = hantRegExp('投稿|征稿|来稿|稿件|栏目', 'u');
const SUBSCRIBE = hantRegExp('订阅|征订', 'u');
const HIRING = hantRegExp('招聘|诚聘', 'u');
const HOTLINE = hantRegExp('热线|电话', 'u');
const MAILBOX = hantRegExp('邮箱|信箱', 'u');

/**
 * Why a block without news structure is a notice and not an article (栏目公告：含投稿热线, 广告 …),
 * or null when it reads as news. A contact line on its own decides; otherwise it takes several
 * notice words, a phone number or address, and a short text — news may quote a hotline.
 */
export function noticeReason(text: string, contactLine: boolean): string | null {
  const words = NOTICE.filter(([, re]) => re.test(text)).length;
  if (!contactLine && !(words >= 3 && hasContactDetails(text) && displayWidth(text) < 300)) return null;
  const phone = hasContactDetails(text);
  if (AD.test(text)) return phone ? '广告：含联系电话' : '广告';
  if (COLUMN.test(text)) {
    if (HOTLINE.test(text)) return '栏目公告：含投稿热线';
    return MAILBOX.test(text) ? '栏目公告：含投稿邮箱' : '栏目公告';
  }
  if (SUBSCRIBE.test(text)) return '订阅启事';
  if (HIRING.test(text)) return '招聘启事';
  return '启事：含联系方式';
}

const PERSONAL_NOTICE_TITLE = hantRegExp(String.raw`^.{0,12}(?:声明|启事)$`, 'u');

/**
 * Why a short text under a 声明 or 启事 title (遗失声明, 寻人启事) is no news, or null: it holds
 * no news by itself, whatever words it uses.
 */
export function noticeTitleReason(title: string | null, text: string): string | null {
  return title && PERSONAL_NOTICE_TITLE.test(title.trim()) && displayWidth(text) < 400 ? `启事：${title.trim()}` : null;
}

const NOTICE_TITLE = hantRegExp(String.raw`^.{0,12}(?:广告|启事|公告|声明|通告|告示|征稿|征订)$`, 'u');

/** True for the title of a notice (广告, 征稿启事, 遗失声明 …): what follows is not the article above. */
export function isNoticeTitle(text: string): boolean {
  return NOTICE_TITLE.test(text.trim());
}
