import { isDocumentHead, type Unit } from './classify.js';
import { isTitleLine, runEnd, startsArticle } from './headlines.js';
import { findFullDate } from './dates.js';
import { CONTENTS } from './digest.js';
import { commas, startsListItem } from './lines.js';
import { furnitureEndsArticle, furnitureReason } from './page.js';
import { issuerOf } from './parts.js';

/** The units of one article-to-be, in order, with the roles grouping gave them. */
export interface Draft {
  units: Unit[];
  /** Kicker, headline and subtitle lines; empty when the article has no headline of its own. */
  titleRun: Unit[];
  /** Heading lines inside the article's flow. */
  sections: Set<Unit>;
  /** Bylines or （完） after body text: the next headline starts a new article. */
  closed: boolean;
  bodyCount: number;
}

export type Block = { type: 'draft'; draft: Draft } | { type: 'discard'; units: Unit[]; reason: string };

const OMISSION = /^(?:[…⋯]{1,4}|\.{3,6})$/u;

const PENDING_REASONS: [(u: Unit) => boolean, string][] = [
  [(u) => u.kind === 'editor' || u.kind === 'rule', '版面信息'],
  [(u) => u.kind === 'caption' || u.kind === 'rule', '图片说明：不属于任何文章'],
  [(u) => u.kind === 'byline' || u.kind === 'meta' || u.kind === 'rule', '署名或来源：不属于任何文章'],
];

/**
 * The headings of a list page (a news site's 乡镇动态 with several articles): headings at one level each
 * followed by a dated meta line, two of them at least. Each starts an article, under the page's own heading too.
 */
function listedHeadlines(units: readonly Unit[]): Set<Unit> {
  const dated = units.filter((u, i) => u.kind === 'heading' && units[i + 1]?.kind === 'meta' && units[i + 1]!.meta?.date);
  return dated.length >= 2 && dated.every((u) => u.level === dated[0]!.level) ? new Set(dated) : new Set();
}

const AFTER_THE_TEXT = new Set<Unit['kind']>(['rule', 'furniture', 'editor', 'byline', 'meta', 'end']);

/**
 * The office signing the text at its foot (发改局办公室 2026年11月20日; or 某县人民政府办公室 over a
 * date line) as meta units that date the article, when no text comes after them; else null. After a
 * rule the article is closed, and the line would be an orphan headline.
 */
function signingUnits(units: readonly Unit[], i: number): Unit[] | null {
  const u = units[i]!;
  if (u.kind !== 'text' || u.opener) return null;
  const issuer = issuerOf(u.text);
  if (!issuer) return null;
  const { date } = issuer;
  const next = units[i + 1];
  const dateLine = date === null && next?.kind === 'meta' && next.meta?.date ? next : null;
  if (date === null && !dateLine) return null;
  const rest = units.slice(i + (dateLine ? 2 : 1));
  if (!rest.every((n) => AFTER_THE_TEXT.has(n.kind))) return null;
  const signed: Unit = { ...u, kind: 'meta', body: '', meta: { date: date ?? dateLine!.meta!.date, stamp: u.text, bylines: [], account: null } };
  return dateLine ? [signed, dateLine] : [signed];
}

const TAGGED = /^[【[][^】\]]{2,10}[】\]]/u;

/**
 * Whether a title run comes under a masthead: the draft so far is a title over meta lines naming an
 * issue, and the run is a headline: not a tagged piece, the list of contents, a numbered section
 * (一、…) or a heading that ranks below the title.
 */
function underMasthead(d: Draft, run: readonly Unit[]): boolean {
  const first = run[0]!.text;
  if (d.closed || d.bodyCount > 0 || d.sections.size > 0 || TAGGED.test(first) || CONTENTS.test(first) || startsListItem(first)) return false;
  const level = (units: readonly Unit[]) => Math.min(...units.map((u) => (u.kind === 'heading' ? u.level : 99)));
  if (level(run) > level(d.titleRun)) return false;
  const after = d.units.slice(d.units.indexOf(d.titleRun.at(-1)!) + 1);
  return after.length > 0 && after.every((u) => u.kind === 'meta') && after.some((u) => u.meta?.issue || isDocumentHead(u.text));
}

/** A masthead's line as a meta unit: an office named there (中共昆山市委办公室) is the source, its day the date. */
function mastheadUnit(u: Unit): Unit {
  const issuer = issuerOf(u.text);
  const bylines = issuer ? [{ role: '来源', names: [issuer.name], text: issuer.text }] : [];
  return { ...u, kind: 'meta', body: '', meta: { date: issuer?.date ?? null, stamp: u.text.trim(), bylines, account: null } };
}

/**
 * An issuer line under a headline's meta line (标题 / 2026年第46期 / 某区发展和改革委员会 编) as a
 * meta unit naming the source, as it would be right under the headline (see titleParts); else null.
 */
function issuerUnit(u: Unit): Unit | null {
  return u.kind === 'text' && !u.opener && issuerOf(u.text) ? mastheadUnit(u) : null;
}

/** Units grouped into article drafts and discarded blocks, in order; every unit lands in exactly one. */
export function groupUnits(units: readonly Unit[]): Block[] {
  const blocks: Block[] = [];
  let cur: Draft | null = null;
  let pending: Unit[] = [];
  const discard = (found: Unit[], reason: string) => {
    const last = blocks.at(-1);
    // Only with the block just before: an article may have gone on past it (a web widget in its text).
    const draft = blocks.findLast((b) => b.type === 'draft');
    const wentOn = draft?.type === 'draft' && last?.type === 'discard' && (draft.draft.units.at(-1)?.start ?? 0) > last.units.at(-1)!.start;
    if (last?.type === 'discard' && last.reason === reason && !wentOn) last.units.push(...found);
    else blocks.push({ type: 'discard', units: found, reason });
  };
  const flushPending = () => {
    if (!pending.length) return;
    const reason = PENDING_REASONS.find(([fits]) => pending.every(fits))?.[1] ?? '零散信息：不属于任何文章';
    discard(pending, reason);
    pending = [];
  };

  const start = (run: Unit[]): Draft => {
    // Editor lines above the first headline belong to the page, not to that article.
    if (pending.some((u) => u.kind === 'editor') && pending.every((u) => u.kind === 'editor' || u.kind === 'rule')) flushPending();
    const d: Draft = { units: [...pending, ...run], titleRun: run, sections: new Set(), closed: false, bodyCount: 0 };
    pending = [];
    blocks.push({ type: 'draft', draft: d });
    return d;
  };
  // Units waiting for an article go in before the unit that joins one, so line ranges stay contiguous.
  const attach = (d: Draft, u: Unit) => {
    d.units.push(...pending, u);
    pending = [];
  };

  const listed = listedHeadlines(units);
  for (let i = 0; i < units.length; ) {
    const u = units[i]!;
    const signing = cur && cur.bodyCount > 0 ? signingUnits(units, i) : null;
    if (cur && signing) {
      for (const s of signing) attach(cur, s);
      i += signing.length;
      continue;
    }
    const issued = cur && !cur.closed && cur.bodyCount === 0 && units[i - 1]?.kind === 'meta' ? issuerUnit(u) : null;
    if (cur && issued) {
      attach(cur, issued);
      i++;
      continue;
    }
    const inFlow = cur !== null && !cur.closed;
    if (isTitleLine(u, inFlow)) {
      let j = runEnd(units, i, inFlow);
      // The page's heading over a list's first headline (# 乡镇动态 / ## 铜井镇：…) is not part of it.
      const listedAt = units.slice(i + 1, j).findIndex((h) => listed.has(h));
      if (listedAt >= 0) j = i + 1 + listedAt;
      let run = units.slice(i, j);
      if (cur && underMasthead(cur, run)) {
        // 区域观察简报 / 第1期 / 编辑部 2026年11月23日 / 宁河区工作动态: the lines above the issue are the
        // masthead, which dates and names the issue; the headline is the run under it.
        for (const m of cur.titleRun) cur.units[cur.units.indexOf(m)] = mastheadUnit(m);
        cur.titleRun = run;
        cur.units.push(...pending, ...run);
        pending = [];
      } else if (cur && !cur.closed && !listed.has(run.at(-1)!) && !startsArticle(run, units.slice(j, j + 2), cur)) {
        for (const h of run) cur.sections.add(h);
        cur.units.push(...pending, ...run);
        pending = [];
      } else {
        if (cur && !cur.closed) {
          // Prose cut off before the next headline (它的后半句在别处) stays with the article it belongs to.
          const prose = run.findIndex((u) => u.kind === 'heading' || commas(u.text) === 0);
          const cut = prose < 0 ? run.length - 1 : prose;
          for (const u of run.slice(0, cut)) attach(cur, u);
          cur.bodyCount += cut;
          run = run.slice(cut);
        }
        cur = start(run);
      }
      i = j;
      continue;
    }
    i++;
    switch (u.kind) {
      case 'text':
      case 'contact':
      case 'lead': {
        const d: Draft = cur && !cur.closed && !(u.opener && cur.bodyCount > 0) ? cur : start([]);
        cur = d;
        attach(d, u);
        if (u.kind !== 'lead' && u.body) d.bodyCount++;
        if (u.ended && d.bodyCount > 0) d.closed = true;
        break;
      }
      case 'byline':
      case 'editor':
      case 'end':
      case 'caption':
        if (!cur) pending.push(u);
        else {
          attach(cur, u);
          if (u.kind !== 'caption' && cur.bodyCount > 0) cur.closed = true;
        }
        break;
      case 'meta':
        if (u.meta?.post && cur && !cur.closed) {
          // A microblog post's stamp starts the next post, with the account's name standing over it;
          // lines with no text under them before the first post are the account's page (its profile).
          while (cur.units.at(-1)?.kind === 'meta' && !cur.units.at(-1)!.meta) pending.unshift(cur.units.pop()!);
          if (cur.bodyCount === 0 && cur.units.length > 0) {
            blocks.splice(blocks.findIndex((b) => b.type === 'draft' && b.draft === cur), 1);
            discard(cur.units, '网页附加信息');
          }
          cur = null;
          pending.push(u);
        } else if (cur && !cur.closed) attach(cur, u);
        else pending.push(u);
        break;
      case 'furniture': {
        const reason = furnitureReason(u.text) ?? '版面信息';
        // A page's date line between a headline and its text (标题 / 2026年6月18日 星期四 經濟 A12 / 正文)
        // ends nothing: it dates the article, as a web page's meta line does.
        const date = reason === '版面信息' && cur !== null && !cur.closed && cur.bodyCount === 0 ? findFullDate(u.text) : null;
        const next = date ? units.slice(i).find((n) => n.kind !== 'furniture') : undefined;
        if (date && cur && next?.kind === 'text' && !isTitleLine(next, true)) {
          attach(cur, { ...u, kind: 'meta', body: '', meta: { date, stamp: u.text, bylines: [], account: null } });
          break;
        }
        if (furnitureEndsArticle(u.text, reason)) {
          flushPending();
          cur = null;
        }
        discard([u], reason);
        break;
      }
      default: {
        // A rule line goes with whatever surrounds it, and ends an article that has its text; …… marks
        // text left out of an excerpt, which goes on after it.
        const last = blocks.at(-1);
        if (cur) {
          attach(cur, u);
          if (cur.bodyCount > 0 && !OMISSION.test(u.text)) cur.closed = true;
        }
        else if (pending.length || !last) pending.push(u);
        else if (last.type === 'discard') last.units.push(u);
        else last.draft.units.push(u);
      }
    }
  }
  flushPending();
  return blocks;
}
