import type { Draft } from './articles.js';
import type { Unit } from './classify.js';
import { hantRegExp } from './_hant.js';
import { commas, displayWidth, startsListItem } from './lines.js';
import { isNoticeTitle } from './notices.js';

const TERMINAL = /[。！？!?；;]/u;
/** A headline's own day after it: 润城镇：…通过验收　2026-11-09. The group is the day. */
const DATED_HEADLINE = /[\s\u3000]+((?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/u;
// …but not a masthead's line (区域观察编辑部 · 第1期 · 2026年11月23日), which dates a whole issue.
const NOT_A_HEADLINE = /第\s*[\d一二三四五六七八九十百]+\s*期|[·|｜]/u;

/** The day a headline line carries after it, with the headline before it; or null. */
export function headlineDay(text: string): { headline: string; day: string } | null {
  const m = DATED_HEADLINE.exec(text);
  if (!m) return null;
  const headline = text.slice(0, m.index);
  return headline.replace(/[\s\u3000]/gu, '').length >= 6 && !NOT_A_HEADLINE.test(headline) ? { headline, day: m[1]! } : null;
}
// One cry inside the line, none at its end, no full stop: 好消息！… 总投资42亿元！夷陵…
const EXCLAIMING_HEADLINE = /^[^。！？!?；;]{2,}[！？!?][^。！？!?；;]{4,}$/u;

/** A line that can be a headline (where an article may start) or a section heading (inside one). */
export function isTitleLine(u: Unit, inFlow: boolean): boolean {
  if (u.kind === 'heading') return true;
  if (u.kind !== 'text' || u.opener || u.bylines.length > 0 || u.ended) return false;
  const t = u.text;
  if (MEETING_FIELD.test(t)) return false;
  // Where an article may start, a short headline may end in ！ or ？ (天津，加油！), and a post's
  // headline may cry out before it says what happened (重磅！总投资42亿元项目投产).
  const exclaims = !inFlow && (/^[^。！？!?；;]+[！？!?]$/u.test(t) ? displayWidth(t) <= 24 : displayWidth(t) <= 40 && EXCLAIMING_HEADLINE.test(t));
  const maxWidth = inFlow ? 40 : 64;
  return displayWidth(t) <= maxWidth && (exclaims || !TERMINAL.test(t)) && !/[，,、：:]$/u.test(t) && commas(t) <= 1;
}

// 主　　持：…, 参会人员：…, 记　　录：…: who held and attended a meeting, as its 纪要 lists them under the title.
const MEETING_FIELD = /^(?:主[\s\u3000]*持人?|参会人员|参加人员|出席人员|列席人员|出[\s\u3000]*席|列[\s\u3000]*席|参[\s\u3000]*加|记[\s\u3000]*录人?)\s*[：:]/u;
const DASHED = /^[—–\-－~～]{1,3}/u;
// How a news report opens — 近日，… / 4月8日，… / 记者从…获悉 — and a section's paragraph rarely does.
const NEWS_OPENING = hantRegExp(
  String.raw`^(?:近日|日前|近期|连日来|前不久|昨天|昨日|今天|今日|本周|上周|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日[上中下晚]?午?[，,]|记者(?:近日|日前)?从)`,
  'u',
);

/**
 * Where a block of title lines starting at i ends: kicker lines, then the headline, then a
 * subtitle. After a Markdown heading, a plain line goes on only as the subtitle: dashed, or
 * the block's last line before the text starts.
 */
export function runEnd(units: readonly Unit[], i: number, inFlow: boolean): number {
  let j = i;
  let plain = 0;
  let heading = false;
  while (j < units.length && isTitleLine(units[j]!, inFlow)) {
    const u = units[j]!;
    const prev = units[j - 1];
    // 一、总体情况 is a section of the article, never part of its headline block.
    if (j > i && startsListItem(u.text)) break;
    if (u.kind === 'heading') {
      if (heading && prev?.kind !== 'heading') break;
      heading = true;
    } else if (heading) {
      const next = units[j + 1];
      const last = !next || !isTitleLine(next, inFlow);
      if (prev?.kind !== 'heading' || !(DASHED.test(u.text) || last)) break;
    } else if (plain++ === 3) break;
    j++;
  }
  return Math.max(j, i + 1);
}

function titleLevel(d: Draft): number {
  const levels = d.titleRun.filter((u) => u.kind === 'heading').map((u) => u.level);
  return levels.length ? Math.min(...levels) : 0;
}

/**
 * Whether headings met inside an open article start the next one: when an opener or lead follows,
 * when a byline and text follow (headline, byline, body), when it is a notice's title (广告), when a
 * dashed subtitle shows a headline block, or when a heading ranks with the article's own headline.
 */
export function startsArticle(run: Unit[], after: readonly Unit[], d: Draft): boolean {
  const [next, second] = after;
  // 町店镇：2000亩旱地小米喜获丰收　2026-11-10: a headline that carries its own day, as lists of briefs give them.
  if (run.some((u) => u.kind === 'text' && headlineDay(u.text))) return true;
  if (next && (next.kind === 'lead' || (next.kind === 'text' && next.opener))) return true;
  if (next?.kind === 'byline' && second?.kind === 'text') return true;
  if (isNoticeTitle(run[0]!.text)) return true;
  if (run.slice(1).some((u) => u.kind === 'text' && DASHED.test(u.text))) return true;
  const level = titleLevel(d);
  const deeper = [...d.sections].some((u) => u.kind === 'heading' && u.level > level);
  const newsLike = next?.kind === 'text' && NEWS_OPENING.test(next.body) && !startsListItem(run[0]!.text);
  if (newsLike && d.bodyCount > 0 && run.every((u) => u.kind !== 'heading' || u.level <= level)) return true;
  return run.some((u) => u.kind === 'heading' && (u.level < level || (u.level === level && (level === 1 || deeper))));
}

