import fc from 'fast-check';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { ReadError, readInput } from '../../src/read/index.js';
import { CONSUMED_LABELS, segmentSource, type SegmentResult } from '../../src/segment/index.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const WORDS = [
  '区委', '区政府', '项目建设', '招商引资', '企业', '高质量发展', '营商环境', '乡村振兴', '重点项目', '产业园', '推进', '落实',
  '开展', '服务', '今年以来', '全镇', '累计', '完成', '投资', '亿元', '万平方米', '同比增长', '北辰区', '蓟州区', '小淀镇', '记者',
  '通讯员', '讯', '电', '消息', '摘要', '导语', '热线', '投稿', '广告', '会议', '群众', '社区', '经济', '工作', '建设', '发展',
];
const PUNCT = ['，', '。', '、', '；', '：', '“', '”', '（', '）', '《', '》', '！', '？', ' ', '　', '\t', '-', '.', '%', '/'];
// Rarer letters and symbols too: the text is random, not only newspaper-like.
const ODD = ['A', 'z', 'Q', '3', '０', '９', '·', '—', '…', '①', '㈠', '龘', '鑫', '喆', 'é', 'ß', 'Ω', '€'];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
);
const line = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { minLength: 1, maxLength: 30 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('通讯员 许磊', '记者 张三 李四', '本报讯（记者 张三）', '投稿热线：13512908898', '# 标题', '责任编辑：王五', '广告') },
  { weight: 1, arbitrary: fc.constant('') },
);
const EOLS = ['\n', '\r\n', '\r', '\n\n', '\n\n\n'];
/** Lines joined by mixed line ends, then broken again at random places, as copied text is. */
const text = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 20 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EOLS)), { maxLength: 6 }), fc.array(fc.constantFrom(...EOLS), { minLength: 20, maxLength: 20 }))
  .map(([lines, breaks, ends]) => {
    let t = lines.map((l, i) => l + (i < lines.length - 1 ? ends[i]! : '')).join('');
    for (const [at, eol] of breaks) {
      const chars = [...t];
      const i = chars.length ? at % chars.length : 0;
      t = [...chars.slice(0, i), eol, ...chars.slice(i)].join('');
    }
    return t;
  });

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
const BOMS: Record<string, number[]> = { 'utf-8-bom': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

function encode(t: string, encoding: Encoding): Buffer {
  const scheme = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  return Buffer.concat([Buffer.from(BOMS[encoding] ?? []), iconv.encode(t, scheme)]);
}

/** A text and its bytes: Big5 only for text it can represent (written in traditional characters). */
const sample = fc.tuple(text, fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5')).map(([t, encoding]) => {
  const written = encoding === 'big5' ? toTraditional(t) : t;
  const representable = encoding !== 'big5' || iconv.decode(iconv.encode(written, 'big5'), 'big5') === written;
  return { text: written, encoding, bytes: encode(written, encoding), representable };
});

const SIGNIFICANT = /[\p{Script=Han}\p{Nd}]/gu;

function counts(texts: readonly (string | null)[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of texts) for (const c of t?.match(SIGNIFICANT) ?? []) out.set(c, (out.get(c) ?? 0) + 1);
  return out;
}

/** The outlet unless it copies a 来源 line's names (来源：北方网 → 北方网), which the bylines hold already. */
function ownOutlet(a: SegmentResult['articles'][number]): string | null {
  return a.bylines.some((b) => b.role === '来源' && b.names.join(' ') === a.outlet) ? null : a.outlet;
}

/** The texts of the articles and discarded blocks; a title made up from the first sentence (SEGMENT_NO_HEADLINE) is a copy, not counted. */
function resultTexts(r: SegmentResult): (string | null)[] {
  const derived = new Set(r.diagnostics.filter((d) => d.code === 'SEGMENT_NO_HEADLINE').map((d) => d.line));
  const madeUp = (a: SegmentResult['articles'][number]) => [...derived].some((l) => l !== null && l >= a.source.startLine && l <= a.source.endLine);
  return [
    ...r.articles.flatMap((a) => [madeUp(a) ? null : a.title, a.kicker, a.subtitle, a.lead, ownOutlet(a), a.dateline, ...a.bylines.map((b) => b.text), ...a.paragraphs.map((p) => p.text)]),
    ...r.discarded.map((d) => d.text),
  ];
}

/** Letters the segmenter may consume as labels (内容提要：, 本报讯 …), as often as the input has them. */
function allowance(input: string): Map<string, number> {
  const flat = input.replace(/\s/gu, '');
  const labels: string[] = [];
  for (const label of CONSUMED_LABELS) labels.push(...Array<string>(flat.split(label).length - 1).fill(label));
  return counts(labels);
}

// Only these codes may stop reading a random text file: blank text, or an encoding too short to tell.
const READ_REFUSALS = new Set(['READ_EMPTY', 'READ_ENCODING']);
const RUNS = Number(process.env.ROBUST_RUNS ?? 250);

describe('reading then segmenting random text in random encodings', () => {
  it('never throws; decodes to the very text written, or refuses with READ_EMPTY / READ_ENCODING', async () => {
    let tried = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(sample, async (s) => {
        fc.pre(s.representable);
        tried++;
        let read;
        try {
          read = await readInput('random.txt', s.bytes);
        } catch (e) {
          refused++;
          expect(e).toBeInstanceOf(ReadError);
          expect(READ_REFUSALS.has((e as ReadError).code), (e as Error).message).toBe(true);
          // A byte-order mark decides the encoding, and UTF-8 with Chinese in it is never taken for
          // anything else; UTF-8 without a Chinese character may read as GBK just as well.
          if ((e as ReadError).code === 'READ_ENCODING') {
            expect(['gb18030', 'big5', 'utf-8']).toContain(s.encoding);
            if (s.encoding === 'utf-8') expect(s.text).not.toMatch(/\p{Script=Han}/u);
          }
          return;
        }
        // Never mojibake: every letter and digit comes back as written.
        expect(counts([read.text])).toEqual(counts([s.text]));
        segmentSource(read.text, { path: 'random.txt', meta: read.meta });
      }),
      { numRuns: RUNS },
    );
    // Most random texts are read: the property is about decoding, not about refusing.
    expect(refused / tried).toBeLessThan(0.25);
  });

  it('puts every Chinese character and digit in exactly one article or discarded block', async () => {
    await fc.assert(
      fc.asyncProperty(sample, async (s) => {
        fc.pre(s.representable);
        const read = await readInput('random.txt', s.bytes).catch(() => null);
        fc.pre(read !== null);
        const r = segmentSource(read.text, { path: 'random.txt', meta: read.meta });
        const have = counts(resultTexts(r));
        const may = allowance(read.text);
        for (const [c, n] of counts([s.text])) {
          const kept = have.get(c) ?? 0;
          expect(kept, `${c} appears more often than written`).toBeLessThanOrEqual(n);
          expect(n - kept, `lost ${n - kept}× ${c}`).toBeLessThanOrEqual(may.get(c) ?? 0);
        }
        for (const c of have.keys()) expect(counts([s.text]).has(c), `${c} was never written`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('decides the encoding of GB18030 and Big5 news text of a few lines', async () => {
    const news = fc.array(fc.constantFrom(...WORDS), { minLength: 40, maxLength: 80 }).map((w) => w.join('，') + '。');
    await fc.assert(
      fc.asyncProperty(news, fc.constantFrom<Encoding>('gb18030', 'big5'), async (t, encoding) => {
        const written = encoding === 'big5' ? toTraditional(t) : t;
        fc.pre(iconv.decode(iconv.encode(written, encoding), encoding) === written);
        const read = await readInput('news.txt', encode(written, encoding));
        expect(read.encoding).toBe(encoding);
        expect(read.text).toBe(written);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });
});

describe('cases the properties found', () => {
  it.each([
    ['Ω then A in GB18030, which Big5 reads as 次A', 'ΩA'],
    ['通讯员A in GB18030, whose bytes are also valid UTF-8 (ͨѶԱA)', '通讯员A'],
    ['讯 alone in GB18030 (UTF-8 Ѷ)', '讯\t'],
  ])('%s: too short to tell, refused rather than misread', async (_name, text) => {
    await expect(readInput('short.txt', iconv.encode(text, 'gb18030'))).rejects.toMatchObject({ code: 'READ_ENCODING' });
  });

  it('still reads a short GBK headline and UTF-8 with a few accents', async () => {
    expect((await readInput('a.txt', iconv.encode('北辰区召开会议', 'gbk'))).text).toBe('北辰区召开会议');
    expect((await readInput('b.txt', Buffer.from('Café 25°C'))).text).toBe('Café 25°C');
  });
});
