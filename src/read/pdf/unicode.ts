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

/** Text with radical and compatibility code points replaced by the ideographs they stand for. */
export function ideographsOf(text: string): string {
  return text
    .replace(/[\u2E80-\u2EFF]/gu, (ch) => RADICALS[ch] ?? ch)
    .replace(NFKC_TO_IDEOGRAPH, (ch) => ch.normalize('NFKC'));
}
