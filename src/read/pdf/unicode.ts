// Fonts often map an ideograph's glyph back to a radical code point that looks the same
// (Chrome's and Skia's PDFs do: 北⾠区 for 北辰区); readers see the ideograph, so we give it.
const RADICALS: Record<string, string> = {
  '\u2EA0': '民', '\u2EA9': '王', '\u2EC4': '西', '\u2EC5': '见', '\u2EC6': '角', '\u2EC9': '贝', '\u2ECB': '车',
  '\u2ED1': '長', '\u2ED3': '长', '\u2ED4': '门', '\u2ED8': '青', '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风',
  '\u2EDC': '飞', '\u2EDD': '食', '\u2EE1': '首', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼',
  '\u2EE6': '鸟', '\u2EE7': '卤', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEC': '齐', '\u2EEE': '齿',
  '\u2EF0': '龙',
};

// Kangxi radicals, the two supplement radicals with a decomposition, and compatibility ideographs.
const NFKC_TO_IDEOGRAPH = /[\u2F00-\u2FD5\u2E9F\u2EF3\uF900-\uFAFF]/gu;

// ⼾ is drawn as 户 by simplified fonts and as 戶 by traditional ones, and Chrome maps either glyph to
// it: which one it stands for is the document's script's (see withDoorRadical).
const DOOR_RADICAL = '\u2F3E';

/** Text with radical and compatibility code points replaced by the ideographs they stand for (⼾ aside). */
export function ideographsOf(text: string): string {
  return text
    .replace(/[\u2E80-\u2EFF]/gu, (ch) => RADICALS[ch] ?? ch)
    .replace(NFKC_TO_IDEOGRAPH, (ch) => (ch === DOOR_RADICAL ? ch : ch.normalize('NFKC')));
}

/** The document's text with ⼾ as the ideograph of its script: 户 in simplified text, 戶 in traditional. */
export function withDoorRadical(text: string, traditional: () => boolean): string {
  return text.includes(DOOR_RADICAL) ? text.replaceAll(DOOR_RADICAL, traditional() ? '戶' : '户') : text;
}
