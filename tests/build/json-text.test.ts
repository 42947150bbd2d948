import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/build/json-text.js';

// Whatever briefing.json or the parse cache may hold, in pieces it must be JSON.stringify's text exactly:
// a changed byte makes every build rewrite the file, and a reader may compare it with another build's.
const VALUES: [string, unknown][] = [
  [
    'a briefing in small',
    {
      generatedAt: '2024-05-01T00:00:00.000Z',
      issue: 3,
      articles: [
        {
          id: 'a1',
          title: '北辰区签约项目12个',
          text: '第一段\n第二段 "引号" \\ 反斜杠\u2028',
          figures: [{ value: 1.5e9, unit: '元' }],
          district: null,
          tags: [],
        },
        {
          id: 'a2',
          title: '',
          facts: {},
          nested: { deeper: { deepest: [1, [2, [3, {}]]] } },
        },
      ],
      districts: [],
      empty: {},
    },
  ],
  [
    'what JSON leaves out or changes',
    {
      gone: undefined,
      fn: () => 1,
      when: new Date(Date.UTC(2024, 0, 2)),
      list: [undefined, () => 2, Symbol('s'), NaN, -0, Infinity, null, new Date(0)],
      deep: { a: { b: { gone: undefined, c: [undefined] } } },
      custom: { toJSON: () => ({ replaced: true }) },
      vanishes: { toJSON: () => undefined },
      keyed: [{ toJSON: (key: string) => `at ${key}` }, { toJSON: () => undefined }],
      nested: { date: new Date(0), gone: { toJSON: () => undefined } },
    },
  ],
  ['an array at the top', [{ a: [] }, [], [[], [{}]], 'text', 1, true, null]],
  ['a string alone', '天津市\n滨海新区'],
  ['a number alone', 42],
  ['an object that is all left out', { a: undefined, b: () => 0 }],
];

describe('jsonText', () => {
  for (const [name, value] of VALUES) {
    for (const indent of [0, 2, 4]) {
      it(`gives JSON.stringify's text for ${name}, indent ${indent}`, () => {
        expect([...jsonText(value, indent)].join('')).toBe(JSON.stringify(value, null, indent));
      });
    }
  }

  it('gives no text for a value JSON leaves out whole, as JSON.stringify gives none', () => {
    for (const value of [undefined, () => 1, { toJSON: () => undefined }]) {
      expect(JSON.stringify(value)).toBeUndefined();
      expect([...jsonText(value, 2)]).toEqual([]);
    }
  });

  it('splits a long list into pieces of about one member each', () => {
    const articles = Array.from({ length: 1000 }, (_, i) => ({
      id: `a${i}`,
      text: '正文'.repeat(50),
      facts: { figures: [i] },
    }));
    const pieces = [...jsonText({ articles }, 2)];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(300);
  });
});
