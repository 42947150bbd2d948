import { describe, expect, it } from 'vitest';
import { isNoEnd, isNoStart } from '../../../src/write/pdf/chars.js';
import type { SetLine } from '../../../src/write/pdf/justify.js';
import { createState, spansOf } from '../../../src/write/pdf/state.js';
import { blockStyle, lookOf, settingsOf } from '../../../src/write/pdf/styles.js';
import { typesetLines } from '../../../src/write/pdf/typeset.js';
import { writeContext } from './_render.js';

const state = createState(writeContext());
const body = blockStyle(state, 'body');
const column = state.geo.textWidth;

function set(text: string, width = column, over = {}): SetLine[] {
  return typesetLines(spansOf(state, text, lookOf(body)), settingsOf(body, width, over));
}
const textOf = (line: SetLine) => line.inlines.map((i) => i.text).join('');
const chars = (line: SetLine) => [...textOf(line)];

const PUNCTUATED =
  '今年以来，滨河区坚持“项目为王”理念（见附表），把招商引资作为“头号工程”；一季度签约项目64个，协议投资额318亿元。' +
  '区长表示：“我们将继续盯紧目标——确保‘双过半’！”记者问：“下一步怎么办？”……答曰：《工作方案》已印发【详见附件】。';

describe('Chinese line breaking', () => {
  it.each([10, 11, 12, 13, 14, 17, 19, 23, 26, 28])('no line starts with a closing mark or ends with an opening one at %i characters a line', (n) => {
    const lines = set(PUNCTUATED.repeat(2), n * 16);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const cs = chars(line);
      expect(isNoStart(cs[0]!.codePointAt(0)!), `line starts with ${cs[0]}: ${textOf(line)}`).toBe(false);
      expect(isNoEnd(cs[cs.length - 1]!.codePointAt(0)!), `line ends with ${cs[cs.length - 1]}: ${textOf(line)}`).toBe(false);
    }
    expect(lines.map(textOf).join('')).toBe(PUNCTUATED.repeat(2));
  });

  it.each(['——', '……'])('never splits the doubled mark %s across lines', (mark) => {
    for (let n = 8; n <= 14; n++) {
      const lines = set(`这是一段${mark}用来测试${mark}分行${mark}的文字，`.repeat(3), n * 16);
      for (let i = 0; i + 1 < lines.length; i++) {
        const end = chars(lines[i]!).at(-1)!;
        const start = chars(lines[i + 1]!)[0]!;
        expect(end === mark[0] && start === mark[0], `split ${mark} at ${n} characters`).toBe(false);
      }
    }
  });

  it('keeps Latin words and figures whole', () => {
    const lines = set('国家统计局发布数据显示2023年GDP增长5.2%，CPI同比上涨0.7%，PMI回升至51.9%，COVID-19影响逐步消退。'.repeat(3), 12 * 16);
    const words = ['2023', 'GDP', '5.2%', 'CPI', '0.7%', 'PMI', '51.9%', 'COVID-19'];
    const joined = lines.map(textOf).join('\n');
    for (const w of words) expect(joined.split(w).length, w).toBe(4);
  });

  it('breaks a long file name inside it, where the DOCX does, instead of stretching the line before it', () => {
    const text = '来源：天津北方网（1699_9e1b5b1a97b8b36e.txt 第40—49行）';
    // Every width from the name barely not fitting to its fitting whole after 来源：天津北方网（.
    for (let n = 16; n <= 24; n++) {
      const lines = set(text, n * 16);
      // The space before 第 is set as the gap between Latin and Chinese.
      expect(lines.map(textOf).join('')).toBe(text.replace(' ', ''));
      const first = textOf(lines[0]!);
      // The first line holds more than the words before the name, and ends at one of its break points.
      expect(first.length, `at ${n} characters: ${first}`).toBeGreaterThan('来源：天津北方网（'.length);
      const inName = first.length - text.indexOf('1699');
      if (inName > 0 && inName < '1699_9e1b5b1a97b8b36e.txt'.length) expect(['1699_', '1699_9e1b', '1699_9e1b5b1a', '1699_9e1b5b1a97b8', '1699_9e1b5b1a97b8b36e.']).toContain(first.slice(text.indexOf('1699')));
    }
  });

  it('keeps a footnote number with the word before it', () => {
    const spans = [...spansOf(state, '全年完成固定资产投资260亿元', lookOf(body)), ...spansOf(state, '1', { ...lookOf(body), sup: true }), ...spansOf(state, '。', lookOf(body))];
    for (let n = 14; n <= 18; n++) {
      const lines = typesetLines(spans, settingsOf(body, n * 16));
      for (const line of lines.slice(1)) expect(line.inlines[0]!.span.sup, `at ${n} characters`).toBeFalsy();
    }
  });

  it('breaks a hard line break and does not stretch the line before it', () => {
    const spans = [...spansOf(state, '报：市委办公厅', lookOf(body)), { ...lookOf(body), text: '\n' }, ...spansOf(state, '送：区委各部门', lookOf(body))];
    const lines = typesetLines(spans, settingsOf(body, column));
    expect(lines.map(textOf)).toEqual(['报：市委办公厅', '送：区委各部门']);
    expect(lines[0]!.width).toBeLessThan(column / 2);
  });
});

describe('justification on the GB/T 9704 grid', () => {
  const paragraph = '全区上下认真落实全国两会精神和市委市政府决策部署坚持稳字当头稳中求进经济运行呈现开局稳态势好后劲足的特点'.repeat(4);

  it('sets 28 characters a line in body text, the first line two characters in', () => {
    const lines = set(paragraph);
    expect(chars(lines[0]!)).toHaveLength(26);
    for (const line of lines.slice(1, -1)) expect(chars(line)).toHaveLength(28);
  });

  it('ends every line but the last at the right edge of the column', () => {
    const lines = set(PUNCTUATED.repeat(3));
    for (const line of lines.slice(0, -1)) expect(line.indent + line.width).toBeCloseTo(column, 1);
    expect(lines.at(-1)!.indent + lines.at(-1)!.width).toBeLessThanOrEqual(column);
  });

  it('stretches by character spacing, never by spaces', () => {
    const lines = set(PUNCTUATED.repeat(3));
    for (const line of lines) expect(textOf(line)).not.toMatch(/ /);
  });
});

describe('Chinese next to Latin letters and digits', () => {
  /** The quarter-em gaps of a line, as the characters they stand between. */
  const gapsOf = (line: SetLine) =>
    line.inlines.flatMap((i) => i.gaps.map((g) => ({ between: [...i.text].slice(g.after, g.after + 2).join(''), em: g.width / body.size })));

  it('puts a quarter-em gap between them, on top of the spacing every pair of characters has', () => {
    const [line] = set('增长GDP5', column, { align: 'left' });
    expect(gapsOf(line!)).toEqual([{ between: '长G', em: 0.25 }]);
    expect(line!.inlines.map((i) => i.spacing)).toEqual([body.spacing]);
  });

  it('turns an existing space there into the gap instead of doubling it', () => {
    const [spaced] = set('全年 GDP 增长', column, { align: 'left' });
    const [tight] = set('全年GDP增长', column, { align: 'left' });
    expect(textOf(spaced!)).toBe('全年GDP增长');
    expect(spaced!.width).toBeCloseTo(tight!.width, 5);
  });

  it.each([
    ['Chinese punctuation', '（GDP）增长'],
    ['a plus sign', '大力实施旅游+，+旅游战略'],
    ['a percent sign', '增长5.2%的好成绩'],
    ['a degree sign', '气温达到38℃以上'],
    ['a slash and an ampersand', '研发/R&D投入'],
  ])('adds no gap beside %s', (_, text) => {
    const [line] = set(text, column, { align: 'left' });
    const gaps = gapsOf(line!).map((g) => g.between);
    expect(gaps.filter((g) => /[+%℃/&（）]/.test(g))).toEqual([]);
  });

  it('keeps a bold Latin word a quarter em from the Chinese around it', () => {
    const bold = { ...lookOf(body), face: state.face('bold') };
    const spans = [...spansOf(state, '全年', lookOf(body)), ...spansOf(state, 'GDP', bold), ...spansOf(state, '增长', lookOf(body))];
    const [line] = typesetLines(spans, settingsOf(body, column, { align: 'left' }));
    expect(line!.inlines.map((i) => i.text)).toEqual(['全年', 'GDP', '增长']);
    expect(line!.inlines[0]!.gaps).toEqual([{ after: 1, width: 0.25 * body.size }]);
    expect(line!.inlines[1]!.gaps).toEqual([{ after: 2, width: 0.25 * body.size }]);
  });
});
