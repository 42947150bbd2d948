import type { Byline, Paragraph } from '../model/article.js';
import { surnameOf } from '../analyse/people/surnames.js';
import { findFullDate } from './dates.js';
import { isPersonName } from './bylines.js';
import { isDocumentHead, type Unit } from './classify.js';
import { headlineDay } from './headlines.js';
import type { Draft } from './articles.js';
import { SELF_OUTLETS } from './labels.js';
import type { Opener } from './openers.js';
import type { MetaLine } from './webmeta.js';

/** Headline block roles: kicker (引题) before the headline, subtitle (副题) after it. */
export interface TitleParts {
  title: string | null;
  kicker: string | null;
  subtitle: string | null;
  /** The office a bulletin or 简报 names under its title (寿光市统计局, …发展和改革局编 2026年7月20日). */
  issuer: { name: string; text: string; date: string | null } | null;
  /** The day written after the headline (润城镇：…通过验收　2026-11-09), taken off it. */
  dated?: string | null;
}

// An office of a place on a line of its own, perhaps with 编 and the date: who issued the text, not
// its headline. (Offices by name: a headline may end in 局 too, as 加快布局 does.)
const OFFICE = [
  '统计局', '发展和改革局', '发展改革局', '发改局', '商务局', '财政局', '税务局', '教育局', '民政局', '人力资源和社会保障局', '人社局',
  '自然资源局', '规划和自然资源局', '生态环境局', '住房和城乡建设局', '住建局', '交通运输局', '水务局', '水利局', '农业农村局',
  '文化和旅游局', '文旅局', '卫生健康局', '卫健局', '应急管理局', '市场监督管理局', '市场监管局', '审计局', '医疗保障局', '医保局',
  '科技局', '工业和信息化局', '工信局', '经信局', '数据局', '行政审批局', '政务服务管理局', '城市管理局', '体育局', '退役军人事务局',
  '委员会', '管委会', '发改委', '经信委', '工信委', '卫健委', '农委', '教委', '科委', '办公室', '办公厅', '人民政府', '政府',
  '融媒体中心', '新闻中心', '宣传部', '组织部', '统战部', '编辑部',
];
const MAX_ISSUER_LINE = 60;
const DAY = String.raw`[\d０-９]{4}\s*年\s*[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日`;
const EDITED = String.raw`(?:[\s\u3000]*(?:编印|编|主办|印发|制))?`;
const ISSUER = new RegExp(
  String.raw`^(?<name>[\p{Script=Han}]{1,20}?[省市区县旗镇乡][\p{Script=Han}]{0,12}?(?:${OFFICE.join('|')}))${EDITED}(?:[\s\u3000]+(?<date>${DAY}))?$`,
  'u',
);
// With the day after it, an office needs no place, and any body's name will do: 发改局办公室 2026年11月20日,
// 区域观察编辑部 2026年11月23日, …管委会招商服务局 2026年11月2日, …公共资源交易中心 2026年11月10日.
const BODY = String.raw`(?:局|委|办|中心|厅|处|站|所|院|会|部|社|队|公司|集团)`;
const DATED_ISSUER = new RegExp(String.raw`^(?<name>[\p{Script=Han}]{0,30}?(?:${OFFICE.join('|')}|${BODY}))${EDITED}[\s\u3000]+(?<date>${DAY})$`, 'u');

/** The issuer line of a headline block (see TitleParts.issuer), or null. */
export function issuerOf(text: string): TitleParts['issuer'] {
  // (An issuer line is short; the patterns would try every split of a long paragraph.)
  if (text.length > MAX_ISSUER_LINE) return null;
  const m = ISSUER.exec(text.trim()) ?? DATED_ISSUER.exec(text.trim());
  return m ? { name: m.groups!.name!, text: text.trim(), date: m.groups!.date ? findFullDate(m.groups!.date) : null } : null;
}

const DASHED = /^[—–\-－~～]{1,3}\s*/u;
const ACCOUNT_LINE = /^[\p{Script=Han}A-Za-z·]{2,20}$/u;
const COLUMN_TAG = /^[【[]([^】\]]{2,10})[】\]]\s*(?=\S{4})/u;
// 总投资86.5亿元 签约项目23个: a line of amounts under the headline is its deck (副题), not the headline.
// Two amounts at least: a headline may hold one (…年产10万吨铜箔项目主体结构封顶), and it opens with a
// place when it has more (武清区招聘会提供岗位3200个、培训名额500个).
const AMOUNT = /\d[\d.]*\s*(?:亿|万|千|百)?(?:元|美元|个|家|项|人次|人|吨|亩|平方米|%|％)/gu;
const OPENS_WITH_PLACE = /^[\p{Script=Han}]{1,6}?(?:省|市|区|县|镇|乡|街道)/u;
const amounts = (line: string) => line.match(AMOUNT)?.length ?? 0;
const isDeck = (line: string, above: string) => amounts(line) >= 2 && !OPENS_WITH_PLACE.test(line) && amounts(above) === 0;

// 🔥, 👇, 🎉 and the joiners and selectors that build them: a post's decoration, which no print font
// has (it would print as 〓) and no briefing keeps.
const EMOJI = /[\u{1F000}-\u{1FAFF}\u{FE0F}\u{20E3}\u{200D}]/gu;

/** Text without emoji (see EMOJI). */
export function withoutEmoji(text: string): string {
  return text.replace(EMOJI, '');
}

/** A heading line with its spaces (full-width ones too) as single spaces, and without emoji. */
function headingText(text: string): string {
  return withoutEmoji(text).replace(/[\s\u3000]+/gu, ' ').trim();
}

// 关于…的通报: an official document's title, which may run over lines until its kind of document.
const DOCUMENT_TITLE = /^关于/u;
const DOCUMENT_KIND = /(?:通报|通知|意见|报告|决定|办法|方案|批复|函|请示|公告|通告|纪要|规定|细则|规划|计划|总结|答复|复函)$/u;

/** An official document's head: issuer (if any) over a 关于… title on one to three lines; else null. */
function documentTitle(run: readonly Unit[]): TitleParts | null {
  const start = run.findIndex((u) => DOCUMENT_TITLE.test(u.text.trim()));
  if (start < 0 || start > 1) return null;
  const end = run.findIndex((u, i) => i >= start && i <= start + 2 && DOCUMENT_KIND.test(u.text.trim()));
  if (end < 0) return null;
  const above = start === 1 ? run[0]!.text.trim() : null;
  const issuer = above !== null ? issuerOf(above) : null;
  const rest = run.slice(end + 1).map((u) => u.text.trim());
  return {
    title: headingText(run.slice(start, end + 1).map((u) => u.text.trim()).join('')),
    kicker: above !== null && !issuer ? headingText(above) : null,
    subtitle: rest.length ? headingText(rest.join(' ')) : null,
    issuer,
  };
}

// （摘　要）, （草案）, （节选）: a line under a title saying which version of it this is.
const VERSION_NOTE = /^[（(][\s\u3000]*(?:摘[\s\u3000]*要|节[\s\u3000]*选|草[\s\u3000]*案|征求意见稿|试[\s\u3000]*行|全[\s\u3000]*文)[\s\u3000]*[）)]$/u;

/** The headline block with a version note joined to the line above it: 统计公报（摘要）, not a title （摘 要）. */
function withVersionNotes(run: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of run) {
    const above = out.at(-1);
    if (above && VERSION_NOTE.test(u.text.trim())) out[out.length - 1] = { ...above, text: above.text.trimEnd() + u.text.replace(/[\s\u3000]/gu, '') };
    else out.push(u);
  }
  return out;
}

/**
 * The roles of a headline block. With Markdown headings the highest-ranking heading is the
 * headline; plain lines read kicker, headline, subtitle — a line starting with —— is a subtitle,
 * and so is a second line of amounts under a first line without any.
 */
export function titleParts(whole: readonly Unit[]): TitleParts {
  const document = documentTitle(whole);
  if (document) return document;
  // An issuer line under the headline (or under a kicker) says who wrote it; the block is the rest.
  // Above the headline only with its day (区域观察编辑部 2026年11月23日 / 宁河区工作动态).
  const issuers = whole.map((u) => (u.kind === 'text' ? issuerOf(u.text) : null));
  const at = issuers.findIndex((found, i) => found && (i > 0 || (found.date && whole.length > 1)));
  const issuer = at >= 0 ? issuers[at]! : null;
  const run = withVersionNotes(at >= 0 ? whole.filter((_, i) => i !== at) : whole);
  if (!run.length) return { title: null, kicker: null, subtitle: null, issuer };
  const levels = run.map((u) => (u.kind === 'heading' ? u.level : 99));
  const top = Math.min(...levels);
  let head: number;
  if (top < 99) head = levels.indexOf(top);
  else if (run.length === 1 || DASHED.test(run[1]!.text)) head = 0;
  else if (run.length === 2 && isDeck(run[1]!.text, run[0]!.text)) head = 0;
  else head = 1;
  const joined = (units: readonly Unit[]) => headingText(units.map((u) => u.text.replace(DASHED, '')).join(' ')) || null;
  const day = headlineDay(run[head]!.text);
  const title = headingText(day ? day.headline : run[head]!.text);
  const kicker = joined(run.slice(0, head));
  // 【学习贯彻】蓟州区召开…: the site's column, not the headline's words; it reads as the kicker.
  const column = kicker === null ? COLUMN_TAG.exec(title) : null;
  return {
    title: column ? title.slice(column[0].length).trim() : title,
    kicker: column ? column[1]! : kicker,
    subtitle: joined(run.slice(head + 1)),
    issuer,
    dated: day ? findFullDate(day.day) : null,
  };
}

/** Everything the body of a draft says, in the model's terms. */
export interface BodyParts {
  lead: string | null;
  outlet: string | null;
  dateline: string | null;
  opener: Opener | null;
  metas: MetaLine[];
  bylines: Byline[];
  paragraphs: Paragraph[];
}

/** A name alone, as an author signs: 2–4 characters with a surname before them. */
function isSignature(text: string): boolean {
  const surname = surnameOf(text);
  return surname !== null && isPersonName(text) && text.length - surname.length <= 2;
}

/** Lead, opener, bylines and paragraphs of a draft's units (its headline block aside). */
export function bodyParts(d: Draft): BodyParts {
  const out: BodyParts = { lead: null, outlet: null, dateline: null, opener: null, metas: [], bylines: [], paragraphs: [] };
  const inTitle = new Set(d.titleRun);
  // An account's name alone on its line (番禺发布 over a post's stamp): who published what follows.
  let account: string | null = null;
  const paragraph = (kind: Paragraph['kind'], text: string, line: number) => {
    const clean = withoutEmoji(text);
    if (clean.trim()) out.paragraphs.push({ kind, text: clean, line });
  };
  const addDateline = (text: string) => {
    out.dateline = out.dateline ? `${out.dateline} ${text}` : text;
  };
  for (const u of d.units) {
    if (inTitle.has(u)) continue;
    if (d.sections.has(u)) {
      paragraph('heading', headingText(u.text), u.start);
      continue;
    }
    switch (u.kind) {
      case 'lead':
        if (out.lead === null && !out.paragraphs.some((p) => p.kind === 'text')) out.lead = withoutEmoji(u.body);
        else paragraph('text', u.text, u.start);
        break;
      case 'text': {
        let text = u.body;
        if (u.opener && !out.opener) {
          out.opener = u.opener;
          out.outlet = u.opener.outlet;
          if (u.opener.dateline) addDateline(u.opener.dateline);
          out.bylines.push(...u.opener.bylines);
        } else if (u.opener) {
          // A second opener in one article stays in its paragraph, as written.
          text = `${u.openerText}${text}`;
        }
        out.bylines.push(...u.bylines);
        paragraph('text', text, u.start);
        break;
      }
      case 'caption':
        paragraph('caption', u.body, u.start);
        out.bylines.push(...u.bylines);
        break;
      case 'contact':
        paragraph('text', u.body, u.start);
        break;
      case 'meta':
        if (u.meta) {
          out.metas.push(u.meta);
          addDateline(u.meta.stamp);
          out.bylines.push(...u.meta.bylines);
        } else if (ACCOUNT_LINE.test(u.text) && !isDocumentHead(u.text)) account ??= u.text.trim();
        break;
      case 'byline':
      case 'editor':
        out.bylines.push(...u.bylines);
        break;
      default:
        break;
    }
  }
  if (out.lead === '') out.lead = null;
  // 吴梦婷 on a line of its own under the last paragraph: the author signing, as features and posts end.
  const last = out.paragraphs.at(-1);
  if (last?.kind === 'heading' && out.paragraphs.some((p) => p.kind === 'text') && isSignature(last.text)) {
    out.paragraphs.pop();
    out.bylines.push({ role: '作者', names: [last.text], text: last.text });
  }
  const source = out.bylines.find((b) => b.role === '来源');
  // 本网讯 under 来源：德清新闻网: the outlet calls itself 本网; the source line names it.
  if (source && (!out.outlet || SELF_OUTLETS.includes(out.outlet))) out.outlet = source.names.join(' ');
  // 本报讯 under 吴江日报 2026-11-13: the meta line names the paper that calls itself 本报.
  const named = out.metas.find((m) => m.account)?.account ?? account;
  if (named && (!out.outlet || SELF_OUTLETS.includes(out.outlet))) out.outlet = named;
  return out;
}
