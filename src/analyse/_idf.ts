/**
 * jieba's `word idf` file as a lookup table. An article asks for a few hundred of its 260,000 words,
 * and every parsing thread loads the table: a Map of them all cost some 450 ms per thread, so the
 * file stays one string and only an open-addressing index of line offsets is built over it.
 */
export class IdfTable {
  /** How many different words (a word listed twice counts once; the later line stands). */
  size = 0;
  // Per slot: where the word starts in `text` and its length (0: empty slot), and its value.
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  /** The sum of the values of every line, in file order (the mean's numerator). */
  readonly sum: number;

  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let slots = 1024;
    while (slots < lines * 2) slots *= 2;
    this.starts = new Int32Array(slots);
    this.lengths = new Int32Array(slots);
    this.values = new Float64Array(slots);
    this.mask = slots - 1;
    let sum = 0;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      // As `line.lastIndexOf(' ')`: a line with no space, or only one at its start, is skipped.
      const space = end > start ? text.lastIndexOf(' ', end - 1) : -1;
      if (space > start) {
        const value = numberAt(text, space + 1, end);
        this.put(start, space - start, value);
        sum += value;
      }
      start = end + 1;
    }
    this.sum = sum;
  }

  get(word: string): number | undefined {
    if (word.length === 0) return undefined;
    for (let slot = hashOf(word, 0, word.length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const length = this.lengths[slot]!;
      if (length === 0) return undefined;
      if (length === word.length && this.text.startsWith(word, this.starts[slot]!)) return this.values[slot]!;
    }
  }

  private put(start: number, length: number, value: number): void {
    for (let slot = hashOf(this.text, start, length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const known = this.lengths[slot]!;
      if (known === 0) {
        this.starts[slot] = start;
        this.lengths[slot] = length;
        this.values[slot] = value;
        this.size++;
        return;
      }
      if (known === length && this.sameWord(this.starts[slot]!, start, length)) {
        this.values[slot] = value;
        return;
      }
    }
  }

  private sameWord(a: number, b: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.text.charCodeAt(a + i) !== this.text.charCodeAt(b + i)) return false;
    return true;
  }
}

const POWERS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `Number(text.slice(start, end))`, without the slice for the usual `13.900677652`: up to 15 digits
 * make an exact integer and 10^k an exact double, so one division rounds as Number() does.
 */
function numberAt(text: string, start: number, end: number): number {
  let digits = 0;
  let mantissa = 0;
  let point = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      if (++digits > 15) return Number(text.slice(start, end));
    } else if (c === 46 && point < 0) point = i;
    else return Number(text.slice(start, end));
  }
  if (digits === 0) return Number(text.slice(start, end));
  return point < 0 ? mantissa : mantissa / POWERS[end - point - 1]!;
}

// FNV-1a over UTF-16 code units.
function hashOf(s: string, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
