import type { Keyword } from '../model/article.js';
import { codePointCount } from './_chars.js';
import { inverseDocumentFrequency, tagWords } from './_jieba.js';
import { isConverted, originalForm } from './prepare.js';
import type { AnalysisContext, AnalysisInput, Analyser } from './types.js';

/** Words every government article uses: they say nothing about this one. */
export const BOILERPLATE = new Set(
  (
    '推进 加快 全力 积极 深入 持续 进一步 工作 方面 开展 发展 建设 坚持 实现 提升 打造 不断 今年 目前 推动 加强 强化 ' +
    '落实 做好 抓好 围绕 着力 努力 大力 充分 发挥 作用 进行 有关 相关 以及 通过 同时 此外 一批 一系列 有效 重要 主要 ' +
    '全面 各类 各项 记者 通讯员 表示 介绍 据悉 日前 近日 近年来 下一步 以来 期间 我们 他们 领域 方式 水平 能力 体系 ' +
    '问题 需求 情况 活动 措施 举措 企业 项目 地区 地方 部门 单位 时间 成效 基础 优势 目标 任务 要求 精神 意识 理念 ' +
    '格局 路径 负责人 主任 书记 领导 干部 市委 市政府 区委 区政府 县委 县政府 镇党委 镇政府 党委 政府 思路 办法 机制 ' +
    '形成 取得 加大 促进 保障 服务 提供 解决 助力 聚焦 立足 紧紧 牢牢 切实 扎实 全方位 多角度 一体化 体制 新闻 ' +
    '工作人员 有限公司 有力 强劲 良好 一流 重点 核心 关键 特色 全年 全省 全市 全区 全县 全镇 年内 当前 未来 进展 ' +
    '行动 办理 经济 环境 施工 深度 专项 产业 落地 经济社会 发展动能 动能 成色 势头 步伐 态势 力度 力量 合力 氛围 ' +
    '责任编辑 编辑 摄影 咨询电话 联系电话 投稿热线 热线 现场 仪式 投资 调研 交流 新建 精准 压实 工期 链条 关键环节 同比 环比 增速 比重 总额 总量 ' +
    '连日来 近期 眼下 当天 此前 随后 如今 期间 一季度 上半年 全年 年初 内容 名称 区长 副区长 县长 副县长 市长 副市长 镇长 副镇长'
  ).split(' '),
);

// Parts of speech worth reporting: nouns, names of places and organisations, verbal nouns, set phrases,
// and words jieba does not know (x) when they are three characters or more (工信局).
const KEEP_TAGS = new Set(['n', 'ns', 'nt', 'nz', 'nl', 'ng', 'vn', 'l', 'eng', 'x']);
// Numbers, counted things (一批, 三年), fragments jieba cuts off a word (化发展), anything not letters.
const NOT_A_WORD = /[\d０-９%％.．]|^[一二三四五六七八九十百千万亿两几多每各本该此其化性式型们的之得]|[^\p{Script=Han}A-Za-z]/u;
const MAX = 12;
const MIN = 8;

/** The texts keywords are counted in, with their weights: title and lead weigh more. */
export function keywordParts(input: AnalysisInput): [text: string, weight: number][] {
  const parts: [text: string, weight: number][] = [[input.title, 3]];
  if (input.lead) parts.push([input.lead, 2]);
  input.article.paragraphs.forEach((p, i) => parts.push([input.paragraphs[i] ?? '', p.kind === 'caption' ? 0.5 : 1]));
  return parts.filter(([text]) => text !== '');
}

// The summary asks for the same keywords again: tagging is the costly part, so once per article.
const computed = new WeakMap<AnalysisInput, { stopwords: ReadonlySet<string>; keywords: Keyword[] }>();

/** The article's keywords by TF-IDF, title and lead weighing more, boilerplate left out; top weight 1. */
export function keywordsOf(input: AnalysisInput, stopwords: ReadonlySet<string> = new Set()): Keyword[] {
  const hit = computed.get(input);
  if (hit && sameWords(hit.stopwords, stopwords)) return hit.keywords.map((k) => ({ ...k }));
  const keywords = scoreKeywords(input, stopwords);
  computed.set(input, { stopwords, keywords });
  return keywords.map((k) => ({ ...k }));
}

function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a === b || (a.size === b.size && [...a].every((w) => b.has(w)));
}

function scoreKeywords(input: AnalysisInput, stopwords: ReadonlySet<string>): Keyword[] {
  const { table, average } = inverseDocumentFrequency();
  const tf = new Map<string, number>();
  for (const [text, weight] of keywordParts(input)) {
    let surname = false;
    for (const { word, tag } of tagWords(text)) {
      // 沈/nr 建国/ns: a given name after the surname jieba cut off, not a word of the news.
      const given = surname;
      surname = tag === 'nr' && word.length === 1;
      if (given || !isCandidate(word, tag, stopwords)) continue;
      tf.set(word, (tf.get(word) ?? 0) + weight);
    }
  }
  const scored = [...tf].map(([word, f]) => ({ word, weight: f * (table.get(word) ?? average) })).sort(byWeight).slice(0, 40);
  // 小淀 beside 小淀镇, 招商 beside 招商引资: the longer word says it.
  const kept = scored.filter((k) => !scored.some((o) => o !== k && o.weight >= k.weight && o.word.includes(k.word)));
  const top = kept[0]?.weight ?? 1;
  const out = kept.map((k) => ({ word: articleForm(input, k.word), weight: Math.round((k.weight / top) * 1000) / 1000 })).sort(byWeight);
  const strong = out.filter((k) => k.weight >= 0.1);
  return (strong.length >= MIN ? strong : out).slice(0, MAX);
}

/** A keyword as the article writes it (traditional characters stay traditional). */
function articleForm(input: AnalysisInput, word: string): string {
  if (!isConverted(input)) return word;
  const { article } = input;
  const original = [article.title, article.lead ?? '', ...article.paragraphs.map((p) => p.text)].join('\n');
  const simplified = [input.title, input.lead ?? '', ...input.paragraphs].join('\n');
  const at = simplified.indexOf(word);
  return at < 0 ? word : originalForm(original, simplified, at, at + word.length);
}

function isCandidate(word: string, tag: string, stopwords: ReadonlySet<string>): boolean {
  // Cheapest test first: most words are cut by their tag.
  if (!KEEP_TAGS.has(tag)) return false;
  const length = codePointCount(word);
  if (length < 2 || NOT_A_WORD.test(word)) return false;
  if (tag === 'x' && (length < 3 || looksLikeName(word))) return false;
  // English only as an acronym (AI, ESG); other Latin words are pieces of names.
  if (tag === 'eng' && !/^[A-Z]{2,6}$/u.test(word)) return false;
  return !BOILERPLATE.has(word) && !stopwords.has(word);
}

// Words jieba does not know that start with a common surname and are three characters long are mostly
// people's names (a reporter's byline, an official); people are another analyser's concern.
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤']);

function looksLikeName(word: string): boolean {
  return codePointCount(word) === 3 && SURNAMES.has(word.charAt(0));
}

function byWeight(a: Keyword, b: Keyword): number {
  return b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);
}

// One set per configured list, so the keyword and summary analysers hand keywordsOf the very same set
// and its cache check is an identity test, not a comparison of every word for every article.
const stopwordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The configured stopwords as a set, made once per configuration. */
export function stopwordsOf(ctx: AnalysisContext): ReadonlySet<string> {
  let set = stopwordSets.get(ctx.config.stopwords);
  if (!set) {
    set = new Set(ctx.config.stopwords);
    stopwordSets.set(ctx.config.stopwords, set);
  }
  return set;
}

/** 8–12 keywords, weights descending, ties in a fixed order. */
export const extractKeywords: Analyser = (input, ctx) => ({ facts: { keywords: keywordsOf(input, stopwordsOf(ctx)) } });
