import { isDictionaryWord } from '../_jieba.js';
import { isRole, ROLE_WORDS, tidyTitle } from './roles.js';
import { mayStartSurname, surnameOf } from './surnames.js';

// Posts that stand right before a name (区农业农村委主任贾占, 董事长兼总经理王五); roles (村民, 茶农) are in roles.ts.
const TITLE_WORDS = [
  '党支部书记', '党委书记', '党工委书记', '党组书记', '副书记', '书记', '副主席', '主席', '副区长', '区长', '副县长',
  '县长', '副市长', '市长', '副省长', '省长', '副镇长', '镇长', '副乡长', '乡长', '副主任', '主任', '副局长', '局长',
  '副部长', '部长', '副处长', '处长', '副科长', '科长', '副厅长', '厅长', '副院长', '院长', '副校长', '校长', '园长',
  '馆长', '所长', '站长', '队长', '行长', '社长', '会长', '秘书长', '理事长', '董事长', '总经理', '经理', '总裁',
  '总监', '总工程师', '工程师', '委员', '常委', '调研员', '巡视员', '督学', '负责人', '厂长', '教授', '研究员',
  '院士', '专家', '医师', '医生', '护士长', '教师', '老师', '班主任', '网格员', '志愿者', '创始人', '合伙人', '组长',
  '主管', '民警', '警官', '法官', '检察官', '律师', '店长', '主任委员', '理事', '董事', '监事', '总经济师', '总会计师',
  '党委委员', '第一书记', '领导', '大使', '领事', '代表', '新闻发言人', '发言人', '馆员', '干事', '关长', '副关长', '党组成员', '成员',
  '庭长', '副庭长', '审判员', '检察长', '副检察长', '检察员', '科员',
];
const byLength = [...new Set([...TITLE_WORDS, ...ROLE_WORDS])].sort((a, b) => b.length - a.length).join('|');

/** Any title word (organisations.ts builds on its source; titleWordsIn walks a text's title words). */
export const TITLE = new RegExp(`(?:${byLength})`, 'u');

// The title words by their first character's code (a number: no one-character string per position), longest first.
const titlesByFirst = new Map<number, string[]>();
for (const word of byLength.split('|')) titlesByFirst.set(word.charCodeAt(0), [...(titlesByFirst.get(word.charCodeAt(0)) ?? []), word]);
const titleFirsts = new Uint8Array(0x10000);
for (const c of titlesByFirst.keys()) titleFirsts[c] = 1;

/**
 * What `text.matchAll(TITLE)` finds, as [index, word], without the regex: at each position the
 * longest title word (the alternation lists them longest first), and the search goes on after it.
 */
export function titleWordsIn(text: string): [index: number, word: string][] {
  const out: [number, string][] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const word = titleFirsts[c] === 1 ? titlesByFirst.get(c)!.find((w) => text.startsWith(w, i)) : undefined;
    if (word) {
      out.push([i, word]);
      i += word.length;
    } else i++;
  }
  return out;
}
const TITLE_AT_END = new RegExp(`(?:${byLength})$`, 'u');

/** Verbs of speech and of presence that follow a person's name. */
const SPEECH_VERB = '表示|说道|说|指出|介绍|强调|认为|透露|坦言|告诉记者|告诉|谈到|提到|回应|解释|补充|感慨|坦承|称';
// 笑着说, 自豪地表示: a manner word may stand between the name and the verb.
const MANNER = '(?:笑着|激动地|自豪地|感慨地|高兴地|坦率地|动情地|深有感触地|欣喜地|兴奋地)?';
const FOLLOWERS = new RegExp(
  `^(?:${MANNER}(?:${SPEECH_VERB})|在|到|等|同志|女士|先生|一行|一边|边|正在|正忙|算|指着|拿着|带着|看着|望着|笑|家|的|今年|去年|每|从|把|带队|率队|率领|主持|通报|宣读|汇报|传达|出席|参加|陪同|会见|调研|视察|检查|督导|走访|来到|前往|深入|就|对|向|和|与|及|也|还|则|为|作|讲话|致辞|宣布|代表|应邀|现场|亲自|先后|一同|共同|分别|已|曾|正|接受|提出|要求|希望|[，。、；：:,（(”」！？\\s]|$)`,
  'u',
);
/** Whether `rest` may follow a name: a verb the named person does, a mark, the end of the text. */
export function followsName(rest: string): boolean {
  return FOLLOWERS.test(rest);
}

const STRONG_FOLLOWERS = new RegExp(`^(?:(?:还|也|则|又|进一步|同时)?${MANNER}(?:${SPEECH_VERB})|在[^，。“”]{1,20}时(?:${SPEECH_VERB}))`, 'u');

// Characters no given name contains, and words that start with a surname character but are not names.
const NOT_IN_NAME = /[的了是在与及等这那其所们个将对把被从向就也还都又再已之以而并或于上下内外年日时党]/u;
const NOT_NAMES =
  /^(?:强调|表示|指出|介绍|认为|透露|要求|希望|高度|方面|任务|常态|明确|全面|应当|文化|成立|安排|关注|包括|单位|路上|游客|连续|党员|卫生|宗旨|师生|和谐|商务|荣获|原则|区域|国家|平台|计划|相关|初步|来自|都市|普及|修订|战略|公司|利用|居民|信息|展示|智能|幸福|富有|向前|万元|项目|企业|工作|发展|建设|经济|全区|全市|全县|全镇|全力|全体|全年|同时|同志|同比|时间|时期|段落|经营|严格|鲁班|高质量|高标准|高水平|强化|加强|管理|服务|推进|华北|海外|车间|安全|党建|周边|文明|金融|石油|钟点|严重|成功|成效|成为|平均|区里|文件|文章|方案|常委会|常委|党委|党组|经理|关于|程序|应急|方面|双方|相关)$/u;
// Built once: isPersonName is asked about every candidate name.
const SPEECH_VERB_IN = new RegExp(`(?:${SPEECH_VERB})`, 'u');
// 县长信箱, 书记热线: a post's mailbox or line, where the post is no title and what follows no name.
const NOT_NAME_START = /^(?:信箱|热线|专线|邮箱|信访)/u;
const HONORIFIC = /^(?:先生|女士|老师|师傅|大爷|大妈|阿姨|大姐|大哥|老汉|奶奶|爷爷)$/u;

/** True when `name` reads as a person's name: a known surname and a one- or two-character given name. */
export function isPersonName(name: string): boolean {
  if (/^[\p{Script=Han}]{1,6}·[\p{Script=Han}]{1,8}$/u.test(name)) return true;
  const surname = surnameOf(name);
  if (!surname) return false;
  const given = name.slice(surname.length);
  if (!/^[\p{Script=Han}]{1,2}$/u.test(given)) return false;
  if (HONORIFIC.test(given)) return true;
  if (NOT_IN_NAME.test(given) || NOT_NAMES.test(name) || NOT_NAME_START.test(name)) return false;
  return !SPEECH_VERB_IN.test(given);
}

// After a title, a three-character name may be followed by any verb (茶农方建华算起了账); not by these.
const NOT_AFTER_NAME = /^[的了是在与和及等这那其所们个将对把被从向就也还都又再已之以而并或于上下内外年日时说家今去明每]/u;
// Below this inverse document frequency a word is everyday language (满意, 游客), not the start of a name (赵国, 王海);
// a three-character word below the second (高峰期, 文化宫, 居民楼) is a word, not a name (names in the dictionary are rarer).
const COMMON_WORD_IDF = 8.6;
const WORD_IDF = 11.5;
// Words as everyday as 专业 (6.2) and 安全 (5.5), below given names that are words too (建国 7.6, 建华 8.3).
const EVERYDAY_WORD_IDF = 7;

/** True when the text is a word of the dictionary more common than `below`: 居民满意度 holds no person 满意度. */
function isCommonWord(word: string, below = COMMON_WORD_IDF): boolean {
  return isDictionaryWord(word, below);
}

/** A usual three-character name right after a title, whatever verb follows it (茶农方建华算起了账), or null. */
function nameAfterTitle(text: string, pos: number): { name: string; end: number } | null {
  const name = text.slice(pos, pos + 3);
  const given = surnameOf(name)?.length === 1 ? name.slice(1) : '';
  if (given.length !== 2 || !isPersonName(name) || NOT_IN_NAME.test(given) || NOT_AFTER_NAME.test(text.slice(pos + 3))) return null;
  return isCommonWord(name.slice(0, 2)) ? null : { name, end: pos + 3 };
}

/** 游客高峰期, 工人文化宫, 居民楼: what follows a title is a word, or the title runs on into one. */
function runsIntoWord(text: string, pos: number, name: string): boolean {
  // (员工宿舍: a two-character name after a role must not be an everyday word either.)
  if (name.length === 2 && isCommonWord(name)) return true;
  return (name.length === 3 && isCommonWord(name, WORD_IDF)) || isCommonWord(text.slice(Math.max(0, pos - 2), pos + 1), WORD_IDF);
}

/**
 * The name that starts at `pos`, if one does: the shortest that a boundary follows (刘凤林表示 → 刘凤林,
 * 王强强调 → 王强). `strong` asks for a speech verb after it, for names with no title before them;
 * after a `title` a usual three-character name is taken whatever verb follows. A role word (游客, 居民)
 * is often just a noun before another (游客高峰期, 居民楼), so after one the name must not be a word.
 */
export function nameAt(text: string, pos: number, strong = false, title = ''): { name: string; end: number } | null {
  const found = nameFollowedAt(text, pos, strong) ?? (title ? nameAfterTitle(text, pos) : null);
  // 教师和专业技术人才, 负责人和安全管理人员: 和 before an everyday word joins it on; it is no surname.
  if (found?.name.startsWith('和') && isCommonWord(text.slice(pos + 1, pos + 3), EVERYDAY_WORD_IDF)) return null;
  // 代表齐聚一堂: three characters that the next one makes a word of the dictionary (an idiom) start that word, no name.
  if (found?.name.length === 3 && isDictionaryWord(text.slice(pos, pos + 4))) return null;
  return found && isRole(title) && runsIntoWord(text, pos, found.name) ? null : found;
}

function nameFollowedAt(text: string, pos: number, strong: boolean): { name: string; end: number } | null {
  // A name starts with a surname or is a dotted one (its · within six Han characters, astral ones two units each).
  if (!mayStartSurname(text, pos) && !text.slice(pos, pos + 13).includes('·')) return null;
  const rest = text.slice(pos);
  // 热合曼·阿不都拉: the part after the dot is as long as a boundary allows.
  const dotted = /^[\p{Script=Han}]{1,6}·/u.exec(rest)?.[0];
  const lengths = dotted ? [1, 2, 3, 4, 5, 6, 7, 8].map((k) => dotted.length + k) : [2, 3, 4];
  const follow = strong ? STRONG_FOLLOWERS : FOLLOWERS;
  for (const length of lengths) {
    const name = rest.slice(0, length);
    if (name.length < length || !isPersonName(name)) continue;
    // (Four characters with a one-character surname is a name and the word after it; a dotted name is read whole.)
    if (length === 4 && !dotted && surnameOf(name)?.length === 1) continue;
    if (follow.test(rest.slice(length))) return { name, end: pos + length };
  }
  return null;
}

// Words before a title that are not part of it: 据, 会上, 陪同, 今年以来, 本报记者专访了 ….
const LEADING_JUNK =
  /^(?:.*?(?:以来|上午|下午|晚上|近日|日前|目前|会上|期间|当天|据悉|据了解|据介绍|获悉|了解到|专访了?|采访了?|拜访了?))?(?:据|由|经|对|向|与|和|同|跟|在|让|请|邀请|陪同|听取了?|会见了?|看望了?|慰问了?|随同|包括|其中|记者从|而|但|并|同时|此外|另外|以及|及)*/u;
const CLAUSE_START = /[，,。；;：:！？!?“”‘’（）()【】\s]/u;
const INNER_BRACKETS = /\p{Script=Han}[（(]\p{Script=Han}{2,4}[）)]$/u;

/** Where the words that lead into a title end: 据, 会上, 陪同 …, but not the 和 of 和平区 (`startsWithPlace`). */
function leadingJunkLength(title: string, startsWithPlace: (s: string) => boolean): number {
  const cut = LEADING_JUNK.exec(title)?.[0].length ?? 0;
  return cut > 0 && /[和同与及跟]/u.test(title[cut - 1]!) && startsWithPlace(title.slice(cut - 1)) ? cut - 1 : cut;
}

/** The title chain written right before `pos` (蓟州区政协副主席、区农业农村委主任), split at 、. */
export function titlesBefore(text: string, pos: number, startsWithPlace: (s: string) => boolean = () => false): string[] {
  let i = pos - 1;
  while (i >= 0 && !CLAUSE_START.test(text[i]!)) {
    // 中船海洋科技（天津）有限公司总经理: a place in brackets inside a company's name is read through.
    const inner = /[）)]/u.test(text[i - 1] ?? '') ? INNER_BRACKETS.exec(text.slice(0, i)) : null;
    i -= inner ? inner[0].length + 1 : 1;
  }
  const pieces = text.slice(i + 1, pos).split('、');
  const titles: string[] = [];
  for (let k = pieces.length - 1; k >= 0; k--) {
    const piece = pieces[k]!;
    if (!TITLE_AT_END.test(piece)) break;
    titles.unshift(piece);
  }
  if (titles.length) titles[0] = titles[0]!.slice(leadingJunkLength(titles[0]!, startsWithPlace));
  return titles.map(tidyTitle).filter((t) => t.length >= 2 && t.length <= 30 && TITLE_AT_END.test(t));
}

/** True when a clause is a title chain, as in 张三，北辰区委书记，…. */
export function isTitleClause(clause: string): boolean {
  return clause.length <= 30 && clause.split('、').every((piece) => TITLE_AT_END.test(piece));
}
