import type { Person } from '../model/index.js';
import { charTest } from './_chars.js';
import { writtenSentence } from './names/written.js';
import { bareQuote, BRACKETED_ANSWER, INTERVIEW_ANSWER, INTERVIEW_QUESTION, openingSpeaker, quotesIn, type QuoteMention } from './people/quotes.js';
import { toSimplified } from './script.js';
import { appointmentIn } from './people/appointments.js';
import { gazetteerOf } from './district.js';
import { followsName, isPersonName, isTitleClause, nameAt, titleWordsIn, titlesBefore } from './people/titles.js';
import type { Analyser } from './types.js';

/** A person named in a sentence, with the titles written before (or, after a comma, after) the name. */
export interface Mention {
  name: string;
  titles: string[];
  start: number;
}

const BOUNDARY = /[，,。；;：:“”、！？!?（(]/u;
const isBoundary = charTest(BOUNDARY);
const JU = '据'.charCodeAt(0);
const BYLINE_ROLES = ['记者', '通讯员', '摄影', '摄像', '编辑', '实习生', '特约记者', '本报记者', '供图', '文/图', '文', '图'];

/**
 * True when the text ends in a byline role, spaces after it allowed: as /(?:记者|…)\s*$/u answers
 * (trimEnd drops what \s matches), without a regex that tries every position of a long prefix.
 */
function endsInBylineRole(text: string): boolean {
  const t = text.trimEnd();
  return BYLINE_ROLES.some((role) => t.endsWith(role));
}
const PRONOUN = /(?:^|[^其])([他她])(?![们人])/u;

// 记者见到了陈志军，…: the words that lead to a name whose title follows it after a comma.
const INTRODUCES_NAME = /(?:了|到|是|叫|找|见|访|问|有)$/u;

/** The name that ends a clause (陈志军 in 记者见到了陈志军), or null. */
function nameEndingClause(clause: string): string | null {
  if (isPersonName(clause)) return clause;
  for (const k of [3, 2, 4]) {
    const name = clause.slice(-k);
    if (clause.length > k && isPersonName(name) && INTRODUCES_NAME.test(clause.slice(0, -k))) return name;
  }
  return null;
}

const LIST_JOINERS = '、和及与';
const POST_NOTE = /^[（(](?:挂职|兼|兼任|正处级|副处级|正科级|副科级|主持工作|代理|候选人|提名人选)[）)]/u;
const INTERVIEW_OF = /^[—–\-－\s]*(?:专访|访谈|访问|访|记)?/u;
const MANNER_AFTER_NAME = /(?<=^[\p{Script=Han}]{2,3})(?:有些|有点|很|十分|非常|颇为|略带)?[\p{Script=Han}]{1,6}地$|(?<=^[\p{Script=Han}]{2,3})笑着$/u;
const SPACE_BEFORE_NAME = /^[ \u3000]{1,4}(?=\p{Script=Han})/u;
// 常务副区长　许　敏, 董事长　许　志　强: a name spaced out to the width of the names around it.
const PADDED_NAME = /([\p{Script=Han}])[ \u3000]([\p{Script=Han}])(?:[ \u3000]([\p{Script=Han}]))?/uy;

/**
 * A name spaced out after a title, read whole (许敏), with where it ends; or null. Three characters
 * only where what follows may follow a name (许　志　强出席), else two (许　敏　出席 is 许敏).
 */
function paddedNameAt(text: string, pos: number): { name: string; end: number } | null {
  PADDED_NAME.lastIndex = pos;
  const m = PADDED_NAME.exec(text);
  if (!m) return null;
  const three = m[3] ? `${m[1]}${m[2]}${m[3]}` : null;
  if (three && isPersonName(three) && followsName(text.slice(pos + m[0].length))) return { name: three, end: pos + m[0].length };
  const two = `${m[1]}${m[2]}`;
  const end = pos + 3;
  return isPersonName(two) && (/^[ \u3000]/u.test(text.slice(end)) || followsName(text.slice(end))) ? { name: two, end } : null;
}

const SPEAKS_FOR = /(?:我|我们|谨|受|特)$/u;
// Title words that are posts only before a name that stands alone: 领导班子, 成员单位 are no names' posts.
const WEAK_TITLES = new Set(['领导', '成员']);
// What may follow a name listed after a title: the list goes on or ends, or the people listed act.
const AFTER_LISTED_NAME = /^(?:[、，,。；;：:！？!?）)]|$|等|出席|参加|陪同|一同|分别|共同|一起|先后|深入|调研|视察|参观|考察|主持|讲话|表示|指出)/u;

/**
 * Whether a name listed after a title (副区长刘晓东、张红梅和赵志刚) ends where the name found ends: 区规划
 * in 主任杨晓峰、区规划和自然资源局副局长韩冬梅 is the start of an office, the item goes on.
 */
function endsListedName(sentence: string, end: number): boolean {
  const rest = sentence.slice(end);
  if (AFTER_LISTED_NAME.test(rest)) return true;
  // 和赵志刚参加: one more name closes the list.
  if (!LIST_JOINERS.includes(rest[0] ?? '') || rest[0] === '、') return false;
  return [3, 2, 4].some((k) => isPersonName(rest.slice(1, 1 + k)) && AFTER_LISTED_NAME.test(rest.slice(1 + k)));
}

/**
 * The people a sentence names: after a title, before a verb of speech, or known from earlier sentences.
 * `startsWithPlace` tells a place name (和平区) from a conjunction before a title (和…).
 */
function mentionsIn(
  sentence: string,
  known: Iterable<string>,
  skip: Set<string>,
  startsWithPlace: (s: string) => boolean = () => false,
): Mention[] {
  const found = new Map<number, Mention>();
  const add = (m: Mention) => {
    if (skip.has(m.name) || endsInBylineRole(sentence.slice(0, m.start))) return;
    const prev = found.get(m.start);
    if (!prev || m.titles.length > prev.titles.length) found.set(m.start, m);
  };
  for (const [index, title] of titleWordsIn(sentence)) {
    const pos = index + title.length;
    // 副县长（挂职）林建华: a note on the post stands between it and the name; 局长　黄建华: lists
    // (纪要, 任免名单) set a space there.
    const note = POST_NOTE.exec(sentence.slice(pos))?.[0].length ?? SPACE_BEFORE_NAME.exec(sentence.slice(pos))?.[0].length ?? 0;
    const n = paddedNameAt(sentence, pos + note) ?? nameAt(sentence, pos + note, false, title);
    // 县领导陈立群、徐振华参加调研: 领导 and 成员 are posts only before names that stand as such
    // (领导班子成员包联企业 names nobody).
    if (!n || (WEAK_TITLES.has(title) && (n.name.startsWith('班子') || !endsListedName(sentence, n.end)))) continue;
    // 我代表区人民政府向大会报告工作: 代表 after 我 speaks on someone's behalf; it is no delegate's post.
    if (title === '代表' && SPEAKS_FOR.test(sentence.slice(0, index))) continue;
    const titles = titlesBefore(sentence, pos, startsWithPlace);
    add({ name: n.name, titles, start: pos + note });
    // 副区长刘晓东、张红梅和赵志刚: the names listed after one title all hold it.
    for (let end = n.end; LIST_JOINERS.includes(sentence[end] ?? ''); ) {
      const next = nameAt(sentence, end + 1, false, title);
      if (!next || !endsListedName(sentence, next.end)) break;
      add({ name: next.name, titles, start: end + 1 });
      if (sentence[end] !== '、') break;
      end = next.end;
    }
  }
  for (let pos = 0; pos < sentence.length; pos++) {
    // (据 by index: a regex anchored at the end of each prefix scanned the sentence once per position.)
    if (pos > 0 && !isBoundary(sentence.charCodeAt(pos - 1)) && sentence.charCodeAt(pos - 1) !== JU) continue;
    const n = nameAt(sentence, pos, true);
    if (n) add({ name: n.name, titles: [], start: pos });
  }
  // 张三，北辰区委书记，…: the title follows the name after a comma.
  const clauses = [...sentence.matchAll(/[^，。；“”]+/gu)];
  clauses.forEach((c, i) => {
    const next = clauses[i + 1];
    if (!next || sentence[c.index + c[0].length] !== '，' || next.index !== c.index + c[0].length + 1) return;
    const name = c[0].length <= 16 && !c[0].includes('、') ? nameEndingClause(c[0]) : null;
    if (name && isTitleClause(next[0])) add({ name, titles: next[0].split('、'), start: c.index + c[0].length - name.length });
  });
  for (const name of known) {
    for (let i = sentence.indexOf(name); i >= 0; i = sentence.indexOf(name, i + 1)) {
      if (!found.has(i) && nameAt(sentence, i)?.name === name) add({ name, titles: [], start: i });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

// 沈建国：……  or  沈建国（安吉县委书记）：……, opening a paragraph of an interview.
const ANSWER = /^([\p{Script=Han}·]{2,10}?)(?:[（(]([^（）()]{2,30})[）)])?[：:](?=.)/u;

/**
 * The person whose answer a paragraph's first sentence opens, their titles in brackets, and how long
 * the opening is. The name must be someone the article named before, or the article an interview:
 * otherwise 宁河镇：打造营商环境“金名片” would be 宁河镇 speaking.
 */
function answerOpening(sentence: string, people: ReadonlyMap<string, Person>, interview: boolean): { name: string; titles: string[]; length: number } | null {
  // 答（孙立新）：……: the one named; 答：……: the one person the interview named before its questions.
  const answered = interview ? INTERVIEW_ANSWER.exec(sentence) : null;
  if (answered?.[1] && isPersonName(answered[1])) return { name: answered[1], titles: [], length: answered[0].length };
  if (answered && !answered[1] && people.size === 1) return { name: [...people.keys()][0]!, titles: [], length: answered[0].length };
  // 【区发展改革委主任 杨晓峰】：……
  const bracketed = interview ? BRACKETED_ANSWER.exec(sentence) : null;
  if (bracketed && isPersonName(bracketed[2]!)) {
    const titles = bracketed[1] && isTitleClause(bracketed[1]) ? bracketed[1].split('、') : [];
    return { name: bracketed[2]!, titles, length: bracketed[0].length };
  }
  const m = ANSWER.exec(sentence);
  if (!m || !(people.has(m[1]!) || (interview && isPersonName(m[1]!)))) return null;
  const titles = m[2] && isTitleClause(m[2]) ? m[2].split('、') : [];
  return { name: m[1]!, titles, length: m[0].length };
}

/** Who the words before a verb of speech name: a person mentioned there, or 他/她 for the last one named. */
function resolveSpeaker(speaker: string, at: number, mentions: Mention[], last: string | null): string | null {
  const inside = mentions.filter((m) => m.start >= at && m.start < at + speaker.length);
  if (inside.length) return inside[inside.length - 1]!.name;
  if (PRONOUN.test(speaker)) return last;
  // 李娜有些不好意思地 (说): the name, then how they said it.
  const bare = speaker.replace(/(?:还|也|则|又|进一步|同时|最后|接着)$/u, '').replace(MANNER_AFTER_NAME, '');
  return isPersonName(bare) ? bare : null;
}

/**
 * A title once: 星村镇党委书记 after 武夷山市星村镇党委书记 is the same post said shorter, and
 * 常务副区长 after 副区长 the same said in full, which takes its place.
 */
function addTitle(titles: string[], title: string): void {
  if (titles.some((t) => t.endsWith(title))) return;
  const shorter = titles.findIndex((t) => title.endsWith(t));
  if (shorter >= 0) titles[shorter] = title;
  else titles.push(title);
}

/** Adds a mention to the person of that (simplified) name, in the article's own characters (`quote` is already). */
function upsert(people: Map<string, Person>, name: string, written: (piece: string) => string, titles: string[], quote?: string): void {
  const person = people.get(name) ?? { name: written(name), titles: [], quotes: [] };
  for (const t of titles.map(written)) addTitle(person.titles, t);
  if (quote && !person.quotes.includes(quote)) person.quotes.push(quote);
  people.set(name, person);
}

/** The people in the news, with their titles as written and their direct quotations; reporters are left out. */
export const extractPeople: Analyser = (input, ctx) => {
  const gazetteer = gazetteerOf(ctx);
  const startsWithPlace = (s: string) => gazetteer.find(s.slice(0, 12)).some((m) => m.start === 0);
  const skip = new Set(input.article.bylines.flatMap((b) => b.names.map((n) => toSimplified(n.replace(/\s+/gu, '')))));
  const people = new Map<string, Person>();
  let last: string | null = null;
  // A quotation standing alone as a sentence, until the next sentence says whose it is (“……。”刘建军
  // 介绍，……); failing that, it is theirs who opened the sentence before it (何晓东表示，……。“……。”).
  let unclaimed: { text: string; written: string; paragraph: number; before: string | null } | null = null;
  // Who opened the last sentence by speaking (何晓东在致辞中表示，……), and in which paragraph.
  let spoke: { name: string; paragraph: number } | null = null;
  const giveToBefore = () => {
    if (unclaimed?.before && !skip.has(unclaimed.before)) upsert(people, unclaimed.before, (piece) => piece, [], unclaimed.written);
    unclaimed = null;
  };
  // An interview's answer (沈建国：我们坚持……), sentence by sentence until its paragraph ends.
  let answer = null as { name: string; paragraph: number; said: string[] } | null;
  const interview = input.sentences.some((s) => s.index === 0 && INTERVIEW_QUESTION.test(s.text));
  const endAnswer = () => {
    if (answer && answer.said.join('').trim()) upsert(people, answer.name, (piece) => piece, [], answer.said.join('').trim());
    answer = null;
  };
  // 安吉县人民政府县长　沈卫国 under a report's title: who gave it, in the headline block.
  // (——访北辰区区长李明: the dash and 访 introduce the interview.)
  const subtitle = input.article.subtitle ? toSimplified(input.article.subtitle).replace(INTERVIEW_OF, '') : '';
  if (subtitle) for (const m of mentionsIn(subtitle, [], skip, startsWithPlace)) upsert(people, m.name, (piece) => piece, m.titles);
  for (const sentence of input.sentences) {
    const { text } = sentence;
    const original = writtenSentence(input, sentence);
    // A piece of the simplified sentence, in the article's characters.
    const written = (piece: string) => {
      const at = text.indexOf(piece);
      return at >= 0 && original.length === text.length ? original.slice(at, at + piece.length) : piece;
    };
    if (answer?.paragraph !== sentence.paragraph) endAnswer();
    const answering = sentence.index === 0 ? answerOpening(text, people, interview) : null;
    if (answering) {
      upsert(people, answering.name, written, answering.titles);
      answer = { name: answering.name, paragraph: sentence.paragraph, said: [original.slice(answering.length)] };
      last = answering.name;
    } else answer?.said.push(original);
    const appointed = appointmentIn(text);
    if (appointed && !skip.has(appointed.name)) upsert(people, appointed.name, written, appointed.titles);
    const mentions = mentionsIn(text, people.keys(), skip, startsWithPlace);
    const opening = openingSpeaker(text);
    const quotes: (QuoteMention & { written: string })[] = quotesIn(text).map((q) => ({ ...q, written: written(q.text) }));
    if (unclaimed && opening && unclaimed.paragraph === sentence.paragraph) quotes.push({ ...opening, text: unclaimed.text, written: unclaimed.written });
    else giveToBefore();
    const events = [
      ...mentions.map((m) => ({ at: m.start, mention: m })),
      ...quotes.map((q) => ({ at: q.at, quote: q })),
    ].sort((a, b) => a.at - b.at);
    for (const e of events) {
      if ('mention' in e && e.mention) {
        upsert(people, e.mention.name, written, e.mention.titles);
        last = e.mention.name;
      } else if ('quote' in e && e.quote) {
        const name = resolveSpeaker(e.quote.speaker, e.quote.at, mentions, last);
        if (!name || skip.has(name)) continue;
        upsert(people, name, written, [], e.quote.written);
        last = name;
      }
    }
    const alone = bareQuote(text);
    const before = spoke?.paragraph === sentence.paragraph ? spoke.name : null;
    unclaimed = alone ? { text: alone, written: written(alone), paragraph: sentence.paragraph, before } : null;
    const speaker = opening ? resolveSpeaker(opening.speaker, 0, mentions, last) : null;
    spoke = speaker ? { name: speaker, paragraph: sentence.paragraph } : null;
  }
  giveToBefore();
  endAnswer();
  return { facts: { people: [...people.values()] } };
};
