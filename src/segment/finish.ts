import { detectScript } from '../analyse/script.js';
import { splitSentences } from '../analyse/sentences.js';
import type { ArticleText } from '../model/article.js';
import type { StageDiagnostic } from '../model/diagnostic.js';
import type { DiscardedBlock } from '../model/source.js';
import type { Draft } from './articles.js';
import { dateNear, findFullDate, findMonthDay, yearOf } from './dates.js';
import { SELF_OUTLETS } from './labels.js';
import { displayWidth, type SourceLine } from './lines.js';
import { noticeReason, noticeTitleReason } from './notices.js';
import { bodyParts, titleParts, type BodyParts } from './parts.js';
import { postHeadline } from './posts.js';

export interface FinishContext {
  path: string;
  meta: { title?: string; date?: string; fileDate?: string; outlet?: string };
  /** The full date on the page's masthead, when the file has one. */
  pageDate: string | null;
  /** The paper the page's masthead names (许昌日报), when it names one: whom 本报 stands for. */
  pageOutlet: string | null;
  lines: readonly SourceLine[];
}

export type Finished = { article: ArticleText; diagnostics: StageDiagnostic[] } | { discarded: DiscardedBlock };

const REPORTING_ROLES = new Set(['记者', '通讯员', '作者', '摄影', '摄像', '实习生']);

/** The source lines from start to end, blank lines left out: what a discarded block keeps. */
export function linesText(lines: readonly SourceLine[], start: number, end: number): string {
  return lines
    .slice(start - 1, end)
    .map((l) => l.raw.trim())
    .filter(Boolean)
    .join('\n');
}

// Dates the article states come first (its opener, its meta line), then the page's and the container's.
// A text that opens with its full date: 2026年10月18日, 2026.10.18, 二〇二六年十月二十六日.
const LEADING_FULL_DATE = /^\s*(?:[\p{Script=Han}]{2,10}讯\s*)?(?:[\d０-９]{4}\s*年|\d{4}[.\-/]\d{1,2}[.\-/]\d|[〇零一二三四五六七八九]{4}年)/u;
// ——2026年1月9日在…代表大会第五次会议上: the day a report or speech was given, under its title.
const DELIVERED = /^[\s—－-]*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)在/u;

function articleDate(body: BodyParts, ctx: FinishContext, issued: string | null, subtitle: string | null, dated: string | null): string | null {
  const stated = body.opener?.date ?? '';
  const published = yearOf(ctx.meta.date) !== null ? ctx.meta.date : (ctx.pageDate ?? ctx.meta.fileDate);
  const first = body.paragraphs.find((p) => p.kind === 'text')?.text ?? '';
  const leading = /^\s*[\d０-９]{1,2}\s*月/u.test(first) ? findMonthDay(first.slice(0, 12)) : null;
  return (
    findFullDate(stated) ??
    // A headline's own day (…通过验收　2026-11-09) before the day of the 简报 it stands in.
    dated ??
    body.metas.map((m) => m.date).find((d) => d !== null) ??
    issued ??
    dateNear(findMonthDay(stated), published) ??
    ctx.pageDate ??
    findFullDate(ctx.meta.date ?? '') ??
    (LEADING_FULL_DATE.test(first) ? findFullDate(first.slice(0, 24)) : null) ??
    findFullDate(DELIVERED.exec(subtitle ?? '')?.[1] ?? '') ??
    dateNear(leading, published) ??
    findFullDate(ctx.meta.fileDate ?? '')
  );
}

/**
 * Who published the article: as it says (本报讯 says the page's paper, when the page names it), else
 * its issuer or the file's own, else the paper whose page it stands on.
 */
function outletOf(stated: string | null, issued: string | null, page: string | null): string | null {
  if (stated !== null && !(page !== null && SELF_OUTLETS.includes(stated))) return stated;
  return issued ?? page ?? stated;
}

/** A post's bracketed headline, taken off its first paragraph (#番禺交通# 【…】为配合…): the headline and topic, or null. */
function postOpening(body: BodyParts): { title: string; topic: string | null } | null {
  const at = body.paragraphs.findIndex((p) => p.kind === 'text');
  const post = at >= 0 && body.lead === null ? postHeadline(body.paragraphs[at]!.text) : null;
  if (!post || !post.rest.trim()) return null;
  body.paragraphs[at] = { ...body.paragraphs[at]!, text: post.rest };
  return { title: post.title, topic: post.topic };
}

/** A headline made from the article's first sentence, for text that came without one. */
function derivedTitle(body: BodyParts): string {
  const first = body.lead ?? body.paragraphs.find((p) => p.kind !== 'heading')?.text ?? '';
  const sentence = splitSentences(first).find((s) => /[\p{L}\p{N}]/u.test(s)) ?? '';
  const chars = [...sentence.replace(/^[^\p{L}\p{N}“‘《「（(]+|[。！？!?；;，,、：:\s]+$/gu, '')];
  if (!chars.length) return '（无标题）';
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : chars.join('');
}

// Text of this width besides contact lines is more than a notice: a list of projects for investors
// gives a contact for each project.
const BODY_BESIDE_CONTACTS = 300;

/** Whether contact lines decide that the draft is a notice: they do unless there is much more text beside them. */
function contactsDecide(d: Draft): boolean {
  if (!d.units.some((u) => u.kind === 'contact')) return false;
  const body = d.units.filter((u) => u.kind === 'text').reduce((w, u) => w + displayWidth(u.body), 0);
  return body < BODY_BESIDE_CONTACTS;
}

/** The draft as an article, or as a discarded block when it holds no news (notice, ad, slogan). */
export function finishDraft(d: Draft, first: boolean, ctx: FinishContext): Finished {
  const startLine = d.units[0]!.start;
  const endLine = d.units.at(-1)!.end;
  const text = () => linesText(ctx.lines, startLine, endLine);
  const parts = titleParts(d.titleRun);
  const body = bodyParts(d);
  if (body.lead === null && body.paragraphs.every((p) => p.kind === 'heading')) {
    return { discarded: { text: text(), reason: '无正文：标语或孤立标题', startLine, endLine } };
  }
  // (A headline that carries its day, as a list of briefs gives each, heads news, not a notice.)
  const news = body.opener || body.lead || parts.dated || body.bylines.some((b) => REPORTING_ROLES.has(b.role));
  const reason = news ? null : (noticeReason(text(), contactsDecide(d)) ?? noticeTitleReason(parts.title, text()));
  if (reason) return { discarded: { text: text(), reason, startLine, endLine } };

  const diagnostics: StageDiagnostic[] = [];
  const given = first ? ctx.meta.title?.trim() : undefined;
  const post = parts.title === null ? postOpening(body) : null;
  let title = parts.title ?? post?.title ?? (given || null);
  if (title === null) {
    title = derivedTitle(body);
    diagnostics.push({
      level: 'warning',
      code: 'SEGMENT_NO_HEADLINE',
      message: `text without a headline; titled by its first sentence: “${title}”`,
      line: startLine,
    });
  }
  const article: ArticleText = {
    source: { path: ctx.path, startLine, endLine },
    copies: [],
    title,
    kicker: parts.kicker ?? post?.topic ?? null,
    subtitle: parts.subtitle,
    lead: body.lead,
    outlet: outletOf(body.outlet, parts.issuer?.name ?? ctx.meta.outlet ?? null, ctx.pageOutlet),
    dateline: body.dateline,
    date: articleDate(body, ctx, parts.issuer?.date ?? null, parts.subtitle, parts.dated ?? null),
    bylines: parts.issuer ? [{ role: '来源', names: [parts.issuer.name], text: parts.issuer.text }, ...body.bylines] : body.bylines,
    paragraphs: body.paragraphs,
    script: 'zh-Hans',
  };
  const all = [title, parts.kicker, parts.subtitle, body.lead, ...body.paragraphs.map((p) => p.text)];
  article.script = detectScript(all.filter(Boolean).join('\n'));
  return { article, diagnostics };
}
