/** A sentence of an article, with where it sits, so facts can quote their sentence. */
export interface Sentence {
  text: string;
  /** Index of the paragraph in ArticleText.paragraphs, or -1 for the lead. */
  paragraph: number;
  /** Position of the sentence within its paragraph (0-based). */
  index: number;
}

// A sentence ends at 。！？ (or …… / ；) and takes any closing quotes or brackets that follow.
const SENTENCE = /[^。！？!?；;…]*(?:[。！？!?；;]+|…+|$)[”’」』）)】》]*/gu;

/** Splits a paragraph into whole sentences; quotation marks stay with the sentence they close. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const m of paragraph.matchAll(SENTENCE)) {
    const s = m[0].trim();
    if (s) out.push(s);
  }
  return attachSpeakers(mergeOpenQuotes(out));
}

// “……。”刘凤林说。 — the speaker tag after a closing quote belongs to the quote's sentence.
const SPEAKER_TAG = /^[^，。！？“”]{1,20}(?:说|表示|指出|介绍|强调|认为|坦言|透露|告诉记者)[。！]?$/u;

function attachSpeakers(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /[”」]$/u.test(prev) && SPEAKER_TAG.test(p)) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out;
}

/** A quote that spans several sentences (“……。……。”) is one unit for attribution. */
function mergeOpenQuotes(parts: string[]): string[] {
  const out: string[] = [];
  let buf = '';
  let depth = 0;
  for (const p of parts) {
    buf += p;
    for (const ch of p) {
      if (ch === '“' || ch === '「') depth++;
      else if ((ch === '”' || ch === '」') && depth > 0) depth--;
    }
    if (depth === 0) {
      out.push(buf);
      buf = '';
    }
  }
  if (buf) out.push(buf);
  return out;
}
