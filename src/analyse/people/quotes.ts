/** A direct quotation in a sentence and the words naming its speaker (刘凤林, 他, 区发展改革委主任刘凤林). */
export interface QuoteMention {
  text: string;
  speaker: string;
  /** Offset of the speaker words in the sentence, so mentions before it can be found. */
  at: number;
}

// 提出“项目为王”, 号称“…”: these verbs introduce slogans and names, not speech.
const VERBS = '表示|说道|说|指出|介绍|强调|认为|透露|坦言|告诉记者|谈到|回应|解释|补充|感慨|坦承';
const WHILE = '(?:在[^，。“”]{1,20}时)?';
// Who speaks, in one clause; or doing something first, in two: 村民王秀兰一边翻晒党参，一边笑着(说).
const SPEAKER = '[^，,。！？!?“”「」：:]{1,30}?';
const SPEAKER_DOING = `${SPEAKER}(?:[，,][^，,。！？!?“”「」：:]{1,15}?)?`;
// Mainland “…” and the 「…」 of traditional-script articles.
const AFTER_QUOTE = new RegExp(`[“「]([^“”「」]+)[”」][，,]?\\s*(${SPEAKER_DOING})${WHILE}(?:${VERBS}|称)(?:道)?(?=[。！，,]|$)`, 'gu');
// A name may be followed by how it is written in its own language: 迈克尔·勃兰特（Michael Brandt）表示.
const ASIDE = '(?:[（(][^（）()]{1,30}[）)])?';
const BEFORE_QUOTE = new RegExp(
  `(?:^|[，,。；;！？!?])([^，,。；;：:！？!?“”「」]{1,30}?)${ASIDE}${WHILE}(?:${VERBS})(?:说|道)?[：:，,]?\\s*[“「]([^“”「」]+)[”」]`,
  'gu',
);

// Without a verb of speech, a colon, a dash or 看来 hands over to the quotation: 他掰着手指头算账：“……”,
// 对他的评价很直接——“……”, 在林海生看来，“……”. Whose words they are is for the clause before to say.
const LEAD_IN = new RegExp(
  `(?:^|[，,。；;！？!?])(?:在)?([^，,。；;：:！？!?“”「」—]{1,30}?)(?:看来[，,]|[：:]|——)\\s*[“「]([^“”「」]+)[”」]`,
  'gu',
);

/** Speech, not a slogan: long enough, or a whole sentence. */
function isSpeech(text: string): boolean {
  return text.length >= 8 || /[，。！？；]/u.test(text);
}

/** The direct quotations in a sentence: “……”刘凤林说。 and 他表示：“……”. */
export function quotesIn(sentence: string): QuoteMention[] {
  const out: QuoteMention[] = [];
  for (const m of sentence.matchAll(AFTER_QUOTE)) {
    const text = m[1]!.trim();
    if (isSpeech(text)) out.push({ text, speaker: m[2]!.trim(), at: m.index + m[0].indexOf(m[2]!, m[1]!.length + 2) });
  }
  for (const pattern of [BEFORE_QUOTE, LEAD_IN]) {
    for (const m of sentence.matchAll(pattern)) {
      const text = m[2]!.trim();
      if (isSpeech(text) && !out.some((q) => q.text === text)) {
        out.push({ text, speaker: m[1]!.trim(), at: m.index + m[0].indexOf(m[1]!) });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * 记者：…… or 问：……, opening a paragraph: the article is an interview, and this is a question. A
 * press conference's questions are asked by their outlet: 【中央广播电视总台记者】：…… 天津日报记者：……
 */
export const INTERVIEW_QUESTION = /^(?:本报记者|记者|问|提问|主持人|【[^】]{1,20}(?:记者|提问)】|[\p{Script=Han}]{1,12}记者)[：:]/u;
/** 答：…… or 答（孙立新）：……, opening a paragraph of an interview: the answer of the person interviewed, or of the one named. */
export const INTERVIEW_ANSWER = /^答(?:[（(]([\p{Script=Han}·]{2,8})[）)])?[：:]\s*(?=.)/u;
/** 【区发展改革委主任 杨晓峰】：……, a press conference's answer: the title, then the name, in brackets. */
export const BRACKETED_ANSWER = /^【(?:([^【】]{2,30}?)[\s\u3000]+)?([\p{Script=Han}·]{2,6})】[：:]\s*(?=.)/u;

/** An answer's text without who gives it (答：, 答（孙立新）：, 【…主任 杨晓峰】：): what the summary quotes. */
export function withoutAnswerOpening(text: string): string {
  return text.replace(INTERVIEW_ANSWER, '').replace(BRACKETED_ANSWER, '');
}

const WHOLE_QUOTE = /^[“「]([^“”「」]+)[”」]$/u;
const SPEAKER_FIRST = new RegExp(`^(${SPEAKER})${WHILE}(?:${VERBS})[，,：:]`, 'u');
// “……！” / 63岁的村民王秀兰一边翻晒党参，一边笑着对记者说。: a sentence that only says who spoke.
const ENDS_SPEAKING = new RegExp(`(?:${VERBS})(?:道)?[。！!]?$`, 'u');
const SPEAKER_ONLY = new RegExp(`^(${SPEAKER_DOING})${WHILE}(?:${VERBS})(?:道)?[。！!]?$`, 'u');

/** A sentence that is one quotation and nothing else (“……。”), whose speaker the next sentence may name. */
export function bareQuote(sentence: string): string | null {
  const text = WHOLE_QUOTE.exec(sentence)?.[1]?.trim();
  return text && isSpeech(text) ? text : null;
}

/**
 * The speaker a sentence opens with (区发展改革委主任刘建军介绍，今年以来…): after a bare quotation,
 * the quotation is theirs, as in “……。”刘建军介绍，… written as one sentence.
 */
export function openingSpeaker(sentence: string): { speaker: string; at: number } | null {
  const m = SPEAKER_FIRST.exec(sentence) ?? (sentence.length <= 50 && ENDS_SPEAKING.test(sentence) ? SPEAKER_ONLY.exec(sentence) : null);
  return m ? { speaker: m[1]!.trim(), at: 0 } : null;
}
