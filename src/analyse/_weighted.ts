import { placesOfSource } from './_source-district.js';
import { toSimplified } from './script.js';
import { isConverted, originalForm } from './prepare.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { AnalysisInput } from './types.js';

export type Part = '标题' | '导语' | '正文' | '来源';

/** A place mention in an article, with how much it says about where the article belongs. */
export interface WeightedMention {
  /** As written in the article (traditional characters stay traditional). */
  written: string;
  entries: PlaceEntry[];
  part: Part;
  weight: number;
  /** A 省/市 written right before a place inside it (天津市|东丽区): it qualifies, it is not the subject. */
  qualifier: boolean;
  /** From the outlet or dateline (天津北方网, 天津4月8日电): tells shared names apart, votes for nothing. */
  supportOnly: boolean;
}

interface Segment {
  original: string;
  simplified: string;
  part: Part;
  weight: number;
  supportOnly?: boolean;
}

// Subjects weigh more; partners, destinations and places in a list weigh less.
const SUBJECT = 1.5;
const PARTNER = 0.35;
const LONG_LIST = 0.5;
const SHORT_LIST = 0.8;
const PARTNER_BEFORE = /(?:来自|赴|前往|到|去|与|同|和|跟|携手|联合|对接|学习|考察|走进|来到|抵达|对口|帮扶|支援|援建|至|向|从|借鉴|比如|例如|包括)$/u;
const PARTNER_AFTER = /^等(?:地|省|市|区|县|城市|地区|兄弟)?/u;
const LIST_JOINER = /^(?:、|和|及|以及)$/u;
// 河东区与河西区联合举办: two places that act together are both subjects, not a host and its partner.
const PAIR_JOINER = /^(?:与|同|跟)$/u;
const ACT_TOGETHER = /^(?:两地|两区|两县|两市|双方)?(?:联合|共同|携手|联手|合办|共办)/u;
// 天津北方网讯：, 中新网天津4月8日电 — where the outlet sits, not what the article is about.
const DATELINE = /^[^。，,：:]{0,24}(?:讯|电)(?:[：:（(]|\s)/u;

function segmentsOf(input: AnalysisInput): Segment[] {
  const { article } = input;
  const simplify = isConverted(input) ? toSimplified : (s: string) => s;
  const out: Segment[] = [{ original: article.title, simplified: input.title, part: '标题', weight: 3 }];
  for (const extra of [article.kicker, article.subtitle]) {
    if (extra) out.push({ original: extra, simplified: simplify(extra), part: '标题', weight: 1.5 });
  }
  if (article.lead && input.lead) out.push({ original: article.lead, simplified: input.lead, part: '导语', weight: 2 });
  for (const where of [article.outlet, article.dateline]) {
    if (where) out.push({ original: where, simplified: simplify(where), part: '来源', weight: 0, supportOnly: true });
  }
  let firstText = true;
  article.paragraphs.forEach((p, i) => {
    const weight = p.kind === 'caption' ? 0.5 : p.kind === 'heading' ? 1.5 : firstText ? 1.5 : 1;
    if (p.kind === 'text') firstText = false;
    out.push({ original: p.text, simplified: input.paragraphs[i] ?? p.text, part: '正文', weight });
  });
  return out;
}

/** Every place mention of the article, weighted by where it stands and what role it plays. */
export function weighMentions(input: AnalysisInput, gazetteer: Gazetteer): WeightedMention[] {
  const segments = segmentsOf(input);
  // One search over the whole article, so that 北辰 in one paragraph echoes 北辰区 in another.
  const joined = segments.map((s) => s.simplified).join('\n');
  const found = gazetteer.find(joined);
  const out: WeightedMention[] = [];
  let offset = 0;
  let k = 0;
  for (const seg of segments) {
    const end = offset + seg.simplified.length;
    const here = [];
    while (k < found.length && found[k]!.start < end) here.push(found[k++]!);
    const local = here.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
    const dateline = DATELINE.exec(seg.simplified)?.[0].length ?? 0;
    for (const list of listsOf(local, seg.simplified)) {
      const first = list[0]![0]!;
      const last = list[list.length - 1]!;
      const before = clauseBefore(seg.simplified, first.start);
      const after = seg.simplified.slice(last[last.length - 1]!.end);
      const partner = PARTNER_BEFORE.test(before) || PARTNER_AFTER.test(after);
      const listFactor = list.length >= 3 ? LONG_LIST : list.length === 2 ? SHORT_LIST : 1;
      const subject = !partner && list.length === 1 && isClauseStart(before);
      for (const chain of list) {
        chain.forEach((m, j) => {
          const inDateline = m.end <= dateline;
          const weight = inDateline ? 0 : seg.weight * listFactor * (partner ? PARTNER : 1) * (subject && seg.part !== '标题' ? SUBJECT : 1);
          out.push({
            written: originalForm(seg.original, seg.simplified, m.start, m.end),
            entries: m.entries,
            part: seg.part,
            weight,
            qualifier: j < chain.length - 1,
            supportOnly: seg.supportOnly === true,
          });
        });
      }
    }
    offset = end + 1;
  }
  // 番禺发布: the outlet's county by the short name it bears, which running text would not show;
  // like the outlet's other places it only tells shared names apart (南村镇 → 番禺区's).
  const outlet = input.article.outlet;
  if (outlet && !out.some((m) => m.part === '来源')) {
    for (const m of placesOfSource(outlet, gazetteer)) out.push({ written: m.text, entries: m.entries, part: '来源', weight: 0, qualifier: false, supportOnly: true });
  }
  return out;
}

type Local = { start: number; end: number; entries: PlaceEntry[] };

/** Adjacent mentions form a chain (天津|北辰); chains joined by 、/和 form a list. */
function listsOf(mentions: Local[], text: string): Local[][][] {
  const chains: Local[][] = [];
  for (const m of mentions) {
    const chain = chains[chains.length - 1];
    const tail = chain?.[chain.length - 1];
    if (chain && tail && tail.end === m.start) chain.push(m);
    else chains.push([m]);
  }
  const lists: Local[][][] = [];
  for (const chain of chains) {
    const list = lists[lists.length - 1];
    const prev = list?.[list.length - 1];
    const gap = prev ? text.slice(prev[prev.length - 1]!.end, chain[0]!.start) : '';
    const together = PAIR_JOINER.test(gap) && ACT_TOGETHER.test(text.slice(chain[chain.length - 1]!.end));
    if (list && prev && (LIST_JOINER.test(gap) || together)) list.push(chain);
    else lists.push([chain]);
  }
  return lists;
}

/** The text of the clause before a position (back to the last 。，；：or line start). */
function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !/[。！？；;，,：:\n]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, at);
}

function isClauseStart(before: string): boolean {
  return before.replace(/[“”"'‘’《》「」\s]/gu, '') === '';
}
