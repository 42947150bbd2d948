import { describe, expect, it } from 'vitest';
import { locateMissingGlyphs } from '../../src/build/glyphs.js';
import type { Article } from '../../src/model/article.js';
import { diagnostic, type Diagnostic } from '../../src/model/diagnostic.js';

function article(id: string, title: string, text: string, path = `${id}.txt`): Article {
  return {
    id,
    title,
    kicker: null,
    lead: null,
    paragraphs: [{ kind: 'text', text, line: 3 }],
    summary: [],
    source: { path, startLine: 1, endLine: 5 },
  } as unknown as Article;
}

const missing = (ch: string, where = 'the PDF') =>
  diagnostic('warning', 'RENDER_MISSING_GLYPH', `no font has "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase()}); ${where} shows 〓 in its place`, { source: '北辰区 (district)' });

const ARTICLES = [
  article('a1', '小淀镇召开𓀀文化节', '小淀镇举办活动。'),
  article('a2', '北仓镇项目开工', '村民王𠀾说，项目开工了。', 'pages/004.txt'),
  article('a3', '西堤头镇纪事', '没有生僻字。'),
];

describe('a character no font has, traced to its articles', () => {
  it.each<[string, Diagnostic, RegExp]>([
    ['in a title', missing('𓀀'), /found in 《小淀镇召开𓀀文化节》 \(a1\.txt:1\)$/u],
    ['in a paragraph, with the file and line of the article', missing('𠀾'), /found in 《北仓镇项目开工》 \(pages\/004\.txt:1\)$/u],
  ])('%s', (_, d, expected) => {
    const [out] = locateMissingGlyphs([d], () => ARTICLES);
    expect(out!.message).toMatch(expected);
    expect(out!.message).toContain('no font has');
    expect(out!.source).toBe('北辰区 (district)');
  });

  it('names every article of the report that holds it, and counts beyond five', () => {
    const many = Array.from({ length: 7 }, (_, i) => article(`m${i}`, `标题${i}`, '𓀀'));
    const [out] = locateMissingGlyphs([missing('𓀀')], () => many);
    expect(out!.message).toContain('《标题0》');
    expect(out!.message).toContain('《标题4》');
    expect(out!.message).not.toContain('《标题5》');
    expect(out!.message).toMatch(/and 2 more$/u);
  });

  it('names the articles of each character a chart lists together', () => {
    const chart = diagnostic('warning', 'RENDER_MISSING_GLYPH', 'chart "数据": no font has "𓀀" (U+13000), "𠀾" (U+2003E); the chart shows 〓 in its place');
    const [out] = locateMissingGlyphs([chart], () => ARTICLES);
    expect(out!.message).toContain('《小淀镇召开𓀀文化节》');
    expect(out!.message).toContain('《北仓镇项目开工》');
  });

  it('leaves other diagnostics alone, and does not look at articles when nothing is missing', () => {
    const other = diagnostic('warning', 'RENDER_IMAGE_REFUSED', 'image outside the allowed folders');
    let asked = false;
    expect(locateMissingGlyphs([other], () => ((asked = true), ARTICLES))).toEqual([other]);
    expect(asked).toBe(false);
  });

  it('keeps the message as it was when no article of the report holds the character (a template wrote it)', () => {
    const d = missing('𪚥');
    expect(locateMissingGlyphs([d], () => ARTICLES)).toEqual([d]);
  });
});
