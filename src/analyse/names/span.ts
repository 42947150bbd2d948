/**
 * Where a name that ends in a known suffix (…有限公司, …产业园, …项目) begins: the run of characters
 * before the suffix, cut after the verb or preposition that introduces it (对接国网天津东丽电力公司 →
 * 国网天津东丽电力公司; 成功引入大连山海…项目 → 大连山海…项目).
 */

// Punctuation and quotation marks end a name; （集团）-style brackets inside one are read through.
const STOP = /[，,。；;：:、！？!?“”‘’「」《》【】（）()\s—…·*#]/u;
const INNER_BRACKETS = /[（(][\p{Script=Han}]{2,4}[）)]$/u;
// 莫干山“竹境”文旅综合体: a brand in quotation marks inside a name, with name characters before it.
const INNER_QUOTES = /[\p{Script=Han}]{2}[“「][\p{Script=Han}]{2,6}[”」]$/u;

// Verbs, adverbs and time words that introduce a name; the name starts after the last of them.
// Verbs that names themselves contain (改造, 建设, 合作, 促进: 设施改造项目, 投资促进局) are not here.
const CUT_WORDS = [
  '对接', '引入', '引进', '力促', '推进', '推动', '加快', '做好', '抓好', '依托', '围绕', '聚焦', '签约', '落地', '落户',
  '谋划', '实施', '启动', '加速', '全力', '积极', '成功', '正式', '顺利', '目前', '今年', '去年', '已经', '正在', '其中',
  '包括', '位于', '作为', '成为', '参观', '考察', '调研', '走访', '来到', '前往', '深入', '走进', '视察', '检查', '督导',
  '观摩', '察看', '查看', '我代表', '报送', '上报', '协调', '帮助', '支持', '携手', '牵头', '会同', '组织', '召开', '举办', '举行', '参加', '出席',
  '主持', '深化', '解决', '加强', '抓住', '盯住', '瞄准', '面向', '带领', '组织开展', '对于', '关于', '通过', '经过', '主动', '立即', '打造', '着力', '大力', '持续', '稳步', '不断', '进一步',
  '力争', '确保', '助力', '吸引', '争取', '洽谈', '入驻', '入选', '获评', '荣获', '获得', '申报', '发布', '印发',
  '联系', '邀请', '会见', '拜访', '陪同', '接待', '拥有', '近日', '日前', '近年来', '以来', '同时', '此外', '另外', '期间',
  '上午', '下午', '据悉', '获悉', '了解到', '加大', '服务好', '推出', '迎来', '开展', '实现', '完成', '来自', '培育',
  '建立', '成立', '组建', '共建', '合建', '设立', '挂牌', '揭牌', '新建', '兴建', '筹建', '开建', '续建', '发挥',
  '配套', '发往', '销往', '供货', '联合', '从事', '承接',
];
// CUT_WORDS by their first character's code, each with its place in the list.
const CUT_WORDS_BY_FIRST = new Map<number, [word: string, order: number][]>();
CUT_WORDS.forEach((word, order) => {
  const list = CUT_WORDS_BY_FIRST.get(word.charCodeAt(0)) ?? [];
  list.push([word, order]);
  CUT_WORDS_BY_FIRST.set(word.charCodeAt(0), list);
});

/**
 * Every occurrence of a cut word in the run, in CUT_WORDS order and then left to right (the order in
 * which the first of two equal cuts wins), found in one pass instead of a search per word.
 */
function cutWordsIn(run: string): [word: string, at: number, order: number][] {
  const found: [word: string, at: number, order: number][] = [];
  for (let i = 0; i < run.length; i++) {
    const words = CUT_WORDS_BY_FIRST.get(run.charCodeAt(i));
    if (words) for (const [word, order] of words) if (run.startsWith(word, i)) found.push([word, i, order]);
  }
  return found.sort((a, b) => a[2] - b[2] || a[1] - b[1]);
}

// A function character cuts wherever it stands, unless it is part of a word: 在线, 对外, 有色, 国有, 和谐.
const CUT_CHARS = '的在对向由以为将把被让从给是有并等了据到已';
const KEEP_AFTER = /^(?:在线|对外|对口|向阳|为民|以色列|有色|有限|有机|将军|由于|让利|并购|从化|给予)/u;
const KEEP_BEFORE = /(?:目的|美的|华为|国有|公有|民有|私有|所有|行为|认为|作为|成为|因为|数据|证据|转向|方向|导向|定向|双向|取向)$/u;
// Conjunctions cut only between two names (…项目与天锻压力机有限公司); inside one they stay (驰乾驰和餐饮).
const CONJUNCTIONS = '与和及同跟或';
// 华明高新区还与河北工业大学: an adverb before a conjunction shows it joins clauses, not names; so does a
// place or level acting as the subject (南开区与天津大学, 区里与西安美术学院).
const ADVERB_BEFORE = /(?:还|也|将|已|并|又|都|均|正|再|曾|同时|[省市区县镇乡村]里?|街道|双方)$/u;
const KEEP_LEADING = /^(?:和谐|和平|以色列|同济|同仁|同方|同程|同花顺|与时|在线|对外|向阳|为民|有色|由于|及时|从化)/u;
const BUILT_AT = /^[\p{Script=Han}]{2,12}?[省市区县镇乡村园][内里]?(?:投资)?(?:建设|建設|兴建|新建|打造)/u;
const LIST_NUMBER = /^\d{1,2}[．.)）](?!\d)/u;
const LEADING = new RegExp(`^[${CUT_CHARS}${CONJUNCTIONS}]`, 'u');

export interface NameSpan {
  name: string;
  start: number;
  /** The word cut off before the name (引入, 对接 …), '' when punctuation ended it. */
  introducedBy: string;
}

export interface SpanOptions {
  maxLength: number;
  /** Whether a text ends in another name, so that a conjunction right after it separates two names. */
  endsName: (left: string) => boolean;
  /**
   * What a cut that leaves nothing before the suffix means: part of the name for organisations
   * (区委组织部, 国家重点实验室), a generic mention for projects (推动项目, 实施项目).
   */
  bareSuffix: 'keep' | 'reject';
}

/**
 * The name ending at `end` whose suffix starts at `suffixStart`, or null when too little or too much is
 * left before the suffix.
 */
export function nameEndingAt(text: string, suffixStart: number, end: number, options: SpanOptions): NameSpan | null {
  const { maxLength, endsName, bareSuffix } = options;
  let start = suffixStart;
  while (start > 0 && end - start < maxLength + 8) {
    const ch = text[start - 1]!;
    if (STOP.test(ch)) {
      const bracket = /[）)]/u.test(ch) ? INNER_BRACKETS.exec(text.slice(0, start)) : null;
      const quoted = /[”」]/u.test(ch) && start < suffixStart ? INNER_QUOTES.exec(text.slice(0, start)) : null;
      const inner = bracket?.[0].length ?? (quoted ? quoted[0].length - 2 : 0);
      if (!inner) break;
      start -= inner;
      continue;
    }
    start--;
  }
  const run = text.slice(start, suffixStart);
  let cut = 0;
  let introducedBy = '';
  // A cut that leaves a single character (推进中医院, 企业在项目) shows the suffix names nothing here.
  let orphan = -1;
  const consider = (at: number, word: string, isWord: boolean) => {
    const left = run.length - at;
    if (left === 1 || (left === 0 && (!isWord || bareSuffix === 'reject'))) orphan = Math.max(orphan, at);
    if (at > cut && left >= 2) {
      cut = at;
      introducedBy = word;
    }
  };
  for (const [word, i] of cutWordsIn(run)) consider(i + word.length, word, true);
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]!;
    if (CUT_CHARS.includes(ch)) {
      if (!KEEP_AFTER.test(run.slice(i)) && !KEEP_BEFORE.test(run.slice(0, i + 1))) consider(i + 1, ch, false);
    } else if (
      CONJUNCTIONS.includes(ch) &&
      i > 0 &&
      !KEEP_LEADING.test(run.slice(i)) &&
      (endsName(run.slice(0, i)) || i === run.length - 1 || ADVERB_BEFORE.test(run.slice(0, i)))
    ) {
      consider(i + 1, ch, false);
    }
  }
  // 在莫干山镇建设高端度假酒店: after 在, a place and 建设 say where something is built; the name follows.
  if (introducedBy === '在') {
    const builds = BUILT_AT.exec(run.slice(cut));
    if (builds && run.length - cut - builds[0].length >= 2) {
      cut += builds[0].length;
      introducedBy = '建设';
    }
  }
  if (orphan >= cut && orphan >= 0) return null;
  let nameStart = start + cut;
  // A function character left at the front (与河北工业大学, 以江铜华北…) is not part of the name.
  while (nameStart < suffixStart && LEADING.test(text[nameStart]!) && !KEEP_LEADING.test(text.slice(nameStart))) {
    introducedBy ||= text[nameStart]!;
    nameStart++;
  }
  // 1．美锐智能家电…项目: a list item's number is not part of the name.
  if (cut === 0) nameStart += LIST_NUMBER.exec(text.slice(nameStart, suffixStart))?.[0].length ?? 0;
  const name = text.slice(nameStart, end);
  if (name.length > maxLength || nameStart >= suffixStart) return null;
  return { name, start: nameStart, introducedBy };
}
