/**
 * Character classes for Chinese line breaking (CLREQ, GB/T 15834 usage): which marks may not
 * start or end a line, which pairs may not be split, and where Chinese meets Latin letters or
 * digits (a quarter-em gap goes there).
 */

/** May not begin a line: closing brackets and quotes, pause and stop marks, small kana, iteration marks. */
const NO_START = new Set(
  [
    ...'，。、；：？！…‥”’）》】」』〕〗〙〛〉｝］〞︶︺︾﹀﹄﹚﹜﹞·・',
    ...'％‰℃°′″¢',
    ...'々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ',
    ...',.;:?!)]}%',
  ].map((c) => c.codePointAt(0)!),
);

/** May not end a line: opening brackets and quotes, currency signs that lead a number. */
const NO_END = new Set([...'“‘（《【「『〔〖〘〚〈｛［〝·・', ...'([{', ...'$£¥￥＄￡'].map((c) => c.codePointAt(0)!));

/** Doubled marks that are one sign and may not be split across lines: —— and …… (GB/T 15834). */
const DOUBLED = new Set([...'—…‥⸺'].map((c) => c.codePointAt(0)!));

/** Letters and digits of any alphabet (Latin, Greek, Cyrillic …): these stand a quarter em from Chinese. */
const ALPHANUMERIC = /^[\p{L}\p{N}]$/u;

export type CharClass = 'ideo' | 'cjkPunct' | 'latin' | 'space' | 'newline';

const classCache = new Map<number, CharClass>();
const IDEO = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;

/** The class of a code point for line breaking and spacing. */
export function charClass(cp: number): CharClass {
  let cls = classCache.get(cp);
  if (cls !== undefined) return cls;
  const ch = String.fromCodePoint(cp);
  if (cp === 0x0a) cls = 'newline';
  else if (cp === 0x20 || cp === 0x09 || cp === 0xa0) cls = 'space';
  else if (IDEO.test(ch) || cp === 0x3007 || cp === 0x3000 || cp === 0x3013) cls = 'ideo';
  else if (isCjkPunctuation(cp)) cls = 'cjkPunct';
  else cls = 'latin';
  classCache.set(cp, cls);
  return cls;
}

/** Full-width marks drawn in the em box: CJK symbols, full-width forms, and the quotes, dashes and dots Chinese uses. */
function isCjkPunctuation(cp: number): boolean {
  return (
    (cp >= 0x3001 && cp <= 0x303f) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xfe10 && cp <= 0xfe6f) ||
    (cp >= 0x2018 && cp <= 0x201f) ||
    cp === 0x2014 ||
    cp === 0x2015 ||
    cp === 0x2026 ||
    cp === 0x2025 ||
    cp === 0x2e3a ||
    cp === 0x00b7 ||
    cp === 0x30fb ||
    cp === 0x2236
  );
}

/** Whether a line may break between two adjacent characters (neither a space nor a newline). */
export function canBreakBetween(a: number, b: number): boolean {
  if (NO_START.has(b) || NO_END.has(a)) return false;
  if (a === b && DOUBLED.has(a)) return false;
  const ca = charClass(a);
  const cb = charClass(b);
  // Latin words, numbers and their punctuation stay whole (GDP, 5.2%, COVID-19).
  return !(ca === 'latin' && cb === 'latin');
}

/**
 * Whether Chinese meets a Latin letter or digit here, where a quarter-em gap belongs (CLREQ
 * §3.4). Symbols and punctuation — + − × / % ° ℃ & # ( ) , . — get none: 旅游+，+旅游 and
 * 增长5.2%的 are set tight.
 */
export function needsLatinGap(a: number, b: number): boolean {
  const ca = charClass(a);
  const cb = charClass(b);
  if (ca === 'ideo' && cb === 'latin') return isAlphanumeric(b);
  if (ca === 'latin' && cb === 'ideo') return isAlphanumeric(a);
  return false;
}

const alphanumeric = new Map<number, boolean>();

function isAlphanumeric(cp: number): boolean {
  let v = alphanumeric.get(cp);
  if (v === undefined) alphanumeric.set(cp, (v = ALPHANUMERIC.test(String.fromCodePoint(cp))));
  return v;
}

/** Marks that may be squeezed into the end of a full line rather than pushed to the next (行尾挤压). */
export function isSqueezable(cp: number): boolean {
  return NO_START.has(cp) && charClass(cp) === 'cjkPunct';
}

export function isNoStart(cp: number): boolean {
  return NO_START.has(cp);
}

export function isNoEnd(cp: number): boolean {
  return NO_END.has(cp);
}
