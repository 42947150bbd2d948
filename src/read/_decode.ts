import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import type { StageDiagnostic } from '../model/diagnostic.js';
import { assertTextBytes, sniffBom } from './_bytes.js';
import { normaliseText, perLine } from './_clean.js';
import { damage, ReadError, warning } from './_contract.js';
import { countCommonHan } from './_hanzi.js';
import { cleanBytes, linesOfOffsets, scanBytes, type Scheme } from './_scan.js';

export interface Decoded {
  /** Normalised: '\n' line ends, no BOM, no control characters. */
  text: string;
  encoding: string;
  diagnostics: StageDiagnostic[];
}

/**
 * Decodes the bytes of a text file: BOM first, then a charset the container declares (HTML),
 * then strict UTF-8, then the better of GB18030 and Big5. Throws READ_ENCODING when no
 * candidate is convincing rather than return mojibake.
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return finish(bom.bom === 'utf-8-bom' ? decodeScheme(bytes.subarray(bom.length), 'utf-8') : decodeUtf16(bytes.subarray(bom.length), bom.bom), bom.bom);
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return finish(decodeUtf16(bytes, utf16), utf16);
  assertTextBytes(bytes);
  if (!declared) return detect(bytes);
  const fromDeclared = decodeDeclared(bytes, declared);
  if (fromDeclared) return fromDeclared;
  const detected = detect(bytes);
  detected.diagnostics.unshift(misdeclared(declared, detected.encoding));
  return detected;
}

function misdeclared(declared: string, actual: string): StageDiagnostic {
  return warning('READ_ENCODING', `the page says it is ${declared} but its bytes are ${actual.toUpperCase()}; it was read as ${actual.toUpperCase()}`);
}

interface Attempt {
  text: string;
  diagnostics: StageDiagnostic[];
  invalid: number;
  multibyte: number;
}

function finish(attempt: Attempt, encoding: string): Decoded {
  const normal = normaliseText(attempt.text);
  return { text: normal.text, encoding, diagnostics: [...attempt.diagnostics, ...normal.diagnostics] };
}

/** Decodes with one multi-byte scheme, dropping invalid bytes and an incomplete last character. */
function decodeScheme(bytes: Uint8Array, scheme: Scheme): Attempt {
  const scan = scanBytes(bytes, scheme);
  const clean = cleanBytes(bytes, scan);
  const text = scheme === 'utf-8' ? new TextDecoder('utf-8').decode(clean) : iconv.decode(Buffer.from(clean), scheme);
  const name = scheme.toUpperCase();
  const lines = linesOfOffsets(bytes, scan.invalid);
  const diagnostics = perLine('READ_INVALID_BYTES', lines, (line) => `line ${line} has bytes that are not valid ${name}; they were dropped, so a character may be missing there`, 10, damage);
  if (scan.truncatedAt !== null) {
    const [line] = linesOfOffsets(bytes, [scan.truncatedAt]);
    diagnostics.push(damage('READ_TRUNCATED', `the file ends in the middle of a character (line ${line}); the incomplete character was dropped, check that the file was copied whole`, line ?? null));
  }
  return { text, diagnostics, invalid: scan.invalid.length, multibyte: scan.multibyte };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Attempt {
  const diagnostics: StageDiagnostic[] = [];
  let body = bytes;
  if (bytes.length % 2 === 1) {
    body = bytes.subarray(0, bytes.length - 1);
    diagnostics.push(damage('READ_TRUNCATED', 'the file ends in the middle of a character; the incomplete character was dropped, check that the file was copied whole'));
  }
  const raw = new TextDecoder(encoding).decode(body);
  // Unpaired surrogates decode to U+FFFD: report their lines and drop them.
  const bad: number[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.includes('\uFFFD')) bad.push(i + 1);
  });
  diagnostics.unshift(...perLine('READ_INVALID_BYTES', bad, (line) => `line ${line} has bytes that are not valid UTF-16; they were dropped`, 10, damage));
  return { text: bad.length ? raw.replace(/\uFFFD/g, '') : raw, diagnostics, invalid: bad.length, multibyte: 0 };
}

/** UTF-16 saved without a BOM shows as NUL bytes on one side of every ASCII character. */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.2 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.2 && oddNul === 0) return 'utf-16be';
  return null;
}

const LABELS: Record<string, Scheme> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gb18030', gbk: 'gb18030', gb18030: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', 'euc-cn': 'gb18030', 'csgb2312': 'gb18030', 'iso-ir-58': 'gb18030', chinese: 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5', cp950: 'big5', 'cn-big5': 'big5', csbig5: 'big5',
};

/** Uses the charset a page declares, unless its bytes plainly say otherwise. */
function decodeDeclared(bytes: Uint8Array, declared: string): Decoded | null {
  const label = declared.trim().toLowerCase();
  const scheme = LABELS[label];
  if (!scheme) return decodeOtherDeclared(bytes, label, declared);
  const utf8 = scanBytes(bytes, 'utf-8');
  if (scheme !== 'utf-8' && utf8.invalid.length === 0 && utf8.truncatedAt === null && utf8.multibyte > 0) {
    const decoded = finish(decodeScheme(bytes, 'utf-8'), 'utf-8');
    decoded.diagnostics.unshift(misdeclared(declared, 'utf-8'));
    return decoded;
  }
  const attempt = decodeScheme(bytes, scheme);
  // A wrong declaration shows as many invalid sequences; then detection decides.
  if (attempt.invalid > Math.max(3, attempt.multibyte * 0.02)) return null;
  return finish(attempt, scheme);
}

/**
 * A charset other than UTF-8, GBK or Big5 (often a Western one a Chinese site claims by
 * mistake): bytes that are clearly Chinese win; otherwise the declaration is believed.
 */
function decodeOtherDeclared(bytes: Uint8Array, label: string, declared: string): Decoded | null {
  if (!iconv.encodingExists(label) || /^(utf-?16|utf-?32|ucs)/.test(label)) return null;
  if (bytes.every((b) => b < 0x80)) return finish(decodeScheme(bytes, 'utf-8'), label);
  try {
    const detected = detect(bytes);
    detected.diagnostics.unshift(misdeclared(declared, detected.encoding));
    return detected;
  } catch {
    return finish({ text: iconv.decode(Buffer.from(bytes), label), diagnostics: [], invalid: 0, multibyte: 0 }, label);
  }
}

function detect(bytes: Uint8Array): Decoded {
  const utf8 = decodeScheme(bytes, 'utf-8');
  // A few bad bytes in otherwise well-formed UTF-8 (a damaged copy) is still UTF-8.
  // (GBK read as UTF-8 gives about four invalid sequences for every valid one.)
  const wellFormed = utf8.invalid === 0 || (utf8.multibyte >= 8 && utf8.invalid * 4 <= utf8.multibyte);
  if (wellFormed && !gbPassingAsUtf8(bytes, utf8)) return finish(utf8, 'utf-8');
  // A sample decides; the whole file is then decoded once with the winner.
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const candidates = (['gb18030', 'big5'] as const).map((scheme) => scoreCandidate(sample, scheme));
  // chardet's guess adds AGREES to one score; when the scores lie further apart than that plus the
  // margin below, it cannot change the outcome, and it is the costliest step of reading such a file.
  if (Math.abs(candidates[0]!.score - candidates[1]!.score) <= AGREES + MARGIN + 0.001) {
    const chardetGuess = (analyse(sample)[0]?.name ?? '').toLowerCase();
    for (const c of candidates) if (chardetGuess === c.scheme) c.score += AGREES;
  }
  candidates.sort((a, b) => b.score - a.score);
  const [best, other] = candidates as [Candidate, Candidate];
  // A handful of characters proves nothing: two GB18030 bytes for Ω read as Big5 make 次.
  const convincing = best.invalidRate <= 0.02 && best.han >= MIN_HAN_TO_DECIDE && best.share >= (best.han >= 20 ? 0.2 : 0.3);
  // Over a few characters the share of common ones is a coin's throw: 薊州區薊州區 in Big5 reads as
  // 联跋联跋 in GB18030, both plausible. A short text needs a wider lead to be decided.
  const margin = best.han >= SURE_HAN ? MARGIN : MARGIN + SHORT_TEXT_MARGIN;
  if (!convincing || best.score - other.score < margin) {
    throw new ReadError('READ_ENCODING', 'the file is neither UTF-8 nor GB18030 (GBK) nor Big5, or too short to tell which; save it as UTF-8 and try again');
  }
  // (subarray always makes a new view, so compare lengths: a file no longer than the sample is decoded once.)
  return finish(sample.length === bytes.length ? best.attempt : decodeScheme(bytes, best.scheme), best.scheme);
}

/**
 * A few GBK characters can also be valid UTF-8 (通讯员 → ͨѶԱ): UTF-8 without a single Chinese
 * character whose bytes are GB18030 Chinese too (mostly common characters, or the UTF-8 reading is
 * all Greek, Cyrillic and the like) is left to the GB18030/Big5 decision, which refuses short texts.
 */
function gbPassingAsUtf8(bytes: Uint8Array, utf8: Attempt): boolean {
  const head = utf8.text.slice(0, 4096);
  if (utf8.multibyte === 0 || HAN.test(head)) return false;
  const gb = decodeScheme(bytes.subarray(0, 4096), 'gb18030');
  const { han, common } = countCommonHan(gb.text);
  return gb.invalid === 0 && han >= 1 && (common * 2 >= han || /^[\u0000-\u007f\u0300-\u07ff]*$/u.test(head));
}

const SAMPLE_BYTES = 256 * 1024;
// Any Han character at all: the UTF-8 reading is Chinese (counting them all was a measurable cost).
const HAN = /\p{Script=Han}/u;
const AGREES = 0.05;
const MARGIN = 0.08;
const MIN_HAN_TO_DECIDE = 4;
const SURE_HAN = 16;
const SHORT_TEXT_MARGIN = 0.16;

interface Candidate {
  scheme: Scheme;
  attempt: Attempt;
  han: number;
  share: number;
  invalidRate: number;
  score: number;
}

/** How plausible the text is in this encoding: frequent characters up, invalid bytes down (chardet's vote comes on top). */
function scoreCandidate(bytes: Uint8Array, scheme: 'gb18030' | 'big5'): Candidate {
  const attempt = decodeScheme(bytes, scheme);
  const { han, common } = countCommonHan(attempt.text);
  const share = han === 0 ? 0 : common / han;
  const invalidRate = attempt.invalid / Math.max(1, attempt.invalid + attempt.multibyte);
  return { scheme, attempt, han, share, invalidRate, score: share - 3 * invalidRate };
}
