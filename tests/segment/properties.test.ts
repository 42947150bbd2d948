import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSUMED_LABELS, segmentSource, type SegmentResult } from '../../src/segment/index.js';

const WORDS = [
  '区委', '区政府', '项目建设', '招商引资', '企业', '高质量发展', '营商环境', '乡村振兴', '重点项目', '产业园',
  '推进', '落实', '开展', '服务', '今年以来', '全镇', '累计', '完成', '投资', '亿元', '万平方米', '同比增长',
  '北辰区', '蓟州区', '小淀镇', '记者', '通讯员', '讯', '电', '消息', '摘要', '导语', '热线', '投稿', '广告',
];
const INNER = ['，', '、', '“', '”', '：', '（', '）', ' ', '《', '》'];
const ENDS = ['。', '！', '？', '……', '；', '', '”。'];

const number = fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constantFrom('1.29', '27.86%', '4月21日', '2023年'));
const sentence = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...WORDS), number, fc.constantFrom(...INNER)), { minLength: 1, maxLength: 12 }), fc.constantFrom(...ENDS))
  .map(([parts, end]) => parts.join('') + end);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(''));

const line = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '# ', '## ', '### '), phrase).map(([mark, p]) => mark + p) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('通讯员 许磊', '记者 张三 李四', '（记者 赵六 通讯员 钱七）', '文/张三', '作者：王五', '张三 摄', '责任编辑：王五', '审核：李华'),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('本报讯（记者 张三）', '中新网天津4月8日电（记者 王五）', '天津北方网讯：', '新华社北京2023年3月5日电 ', '央广网天津消息 ', '本报讯'), paragraph)
      .map(([o, p]) => o + p),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('内容提要：', '导语：', '【摘要】'), paragraph).map(([l, p]) => l + p) },
  { weight: 1, arbitrary: sentence.map((s) => `图为${s} 张三 摄`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('投稿热线：13512908898', '第3版', '（完）', '2023年4月21日 星期五', '----', '广告', '本版编辑：刘洋', '——副题', '2023-04-21 10:30 来源：北方网'),
  },
  { weight: 2, arbitrary: fc.constant('') },
);

// Line breaks anywhere, with up to two blank lines after some of them, as PDF copies have.
const document = fc
  .tuple(fc.array(line, { maxLength: 25 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 })), { maxLength: 8 }))
  .map(([lines, breaks]) => {
    let text = lines.join('\n');
    for (const [at, blanks] of breaks) {
      const i = text.length ? at % text.length : 0;
      text = text.slice(0, i) + '\n'.repeat(1 + blanks) + text.slice(i);
    }
    return text;
  });

const SIGNIFICANT = /[\p{Script=Han}\p{Nd}]/gu;

function countChars(texts: readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const c of t?.match(SIGNIFICANT) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** The outlet unless it copies a 来源 line's names (来源：北方网 → 北方网), which the bylines hold already. */
function ownOutlet(a: SegmentResult['articles'][number]): string | null {
  return a.bylines.some((b) => b.role === '来源' && b.names.join(' ') === a.outlet) ? null : a.outlet;
}

function resultTexts(r: SegmentResult): (string | null)[] {
  return [
    ...r.articles.flatMap((a) => [
      a.title, a.kicker, a.subtitle, a.lead, ownOutlet(a), a.dateline,
      ...a.bylines.map((b) => b.text),
      ...a.paragraphs.map((p) => p.text),
    ]),
    ...r.discarded.map((d) => d.text),
  ];
}

/** Letters the input may lose: those of label words it contains, as often as it contains them. */
function allowance(input: string): Map<string, number> {
  const flat = input.replace(/\s/gu, '');
  const labels: string[] = [];
  for (const label of CONSUMED_LABELS) labels.push(...Array(flat.split(label).length - 1).fill(label));
  return countChars(labels);
}

function ranges(r: SegmentResult): [number, number][] {
  return [
    ...r.articles.map((a) => [a.source.startLine, a.source.endLine] as [number, number]),
    ...r.discarded.map((d) => [d.startLine, d.endLine] as [number, number]),
  ].sort((a, b) => a[0] - b[0]);
}

describe('segmentSource on random pages', () => {
  it('never throws, and its line ranges are disjoint, cover every non-blank line and hold their paragraphs', () => {
    fc.assert(
      fc.property(document, (text) => {
        const r = segmentSource(text, { path: 'random.txt' });
        const rs = ranges(r);
        rs.forEach(([start, end], i) => {
          expect(start).toBeLessThanOrEqual(end);
          if (i > 0) expect(start).toBeGreaterThan(rs[i - 1]![1]);
        });
        for (const a of r.articles) {
          for (const p of a.paragraphs) expect(p.line).toBeGreaterThanOrEqual(a.source.startLine);
          for (const p of a.paragraphs) expect(p.line).toBeLessThanOrEqual(a.source.endLine);
        }
        text.split(/\r\n|\r|\n/u).forEach((line, i) => {
          if (line.trim()) expect(rs.some(([s, e]) => s <= i + 1 && i + 1 <= e), `line ${i + 1} uncovered: ${line}`).toBe(true);
        });
      }),
      { numRuns: Number(process.env.SEGMENT_RUNS ?? 300) },
    );
  });

  it('keeps every Chinese letter and digit of the input, except the label words it consumes', () => {
    fc.assert(
      fc.property(document, (text) => {
        const r = segmentSource(text, { path: 'random.txt' });
        const have = countChars(resultTexts(r));
        const may = allowance(text);
        for (const [c, n] of countChars([text])) {
          const lost = n - (have.get(c) ?? 0);
          if (lost > 0) expect(lost, `lost ${lost}× ${c}`).toBeLessThanOrEqual(may.get(c) ?? 0);
        }
      }),
      { numRuns: Number(process.env.SEGMENT_RUNS ?? 300) },
    );
  });

  it('gives every article a headline and non-empty paragraphs', () => {
    fc.assert(
      fc.property(document, (text) => {
        for (const a of segmentSource(text, { path: 'random.txt' }).articles) {
          expect(a.title.trim()).not.toBe('');
          for (const p of a.paragraphs) expect(p.text.trim()).not.toBe('');
        }
      }),
      { numRuns: 200 },
    );
  });
});
