import { describe, expect, it } from 'vitest';
import { HELPER_DOCS, HELPER_NAMES } from '../../src/render/helpers.js';
import { createMarkdownEnvironment } from '../../src/render/templates.js';
import { chineseNumeral, truncateText } from '../../src/render/format.js';

const env = createMarkdownEnvironment();
const render = (template: string, view: Record<string, unknown> = {}): string => env.compile(template)(view);

describe('formatting helpers', () => {
  it.each([
    ['{{money 766000000}}', '7.66亿元'],
    ['{{money 12000 digits=2}}', '1.20万元'],
    ['{{money 12000 unit="元" digits=0}}', '12000元'],
    ['{{money 5200000000 unit="万元" digits=0}}', '520000万元'],
    ['{{money 3500}}', '3500.00元'],
    ['{{money v}}', '1.29亿元'],
    ['{{money v unit="千元"}}', '1.29亿元'],
    ['{{percent 0.2786}}', '27.86%'],
    ['{{percent 0.5 digits=0}}', '50%'],
    ['{{change 1.5584}}', '同比增长155.84%'],
    ['{{change -0.032}}', '同比下降3.20%'],
    ['{{change 0.1 basis="环比" digits=1}}', '环比增长10.0%'],
    ['{{change 0}}', '同比持平'],
    ['{{date "2023-04-21"}}', '2023年4月21日'],
    ['{{date "2023-04-21T20:30:00Z"}}', '2023年4月22日'],
    ['{{issue 3}}', '第3期'],
    ['{{h1num 2}}', '二、'],
    ['{{h2num 3}}', '（三）'],
    ['{{h3num 4}}', '4.'],
    ['{{h4num 5}}', '（5）'],
    ['{{join list}}', '北辰区、蓟州区'],
    ['{{join list sep="，"}}', '北辰区，蓟州区'],
    ['{{join people key="name"}}', '王建华、李娜'],
    ['{{inc 0}}', '1'],
    ['{{#if (eq status "在建")}}yes{{else}}no{{/if}}', 'yes'],
    ['{{#if (gt count 2)}}many{{else}}few{{/if}}', 'few'],
    ['{{#if (or empty list)}}some{{/if}}', 'some'],
    ['{{h1num (counter "s")}}{{h1num (counter "s")}}{{h1num (counter "s")}}', '一、二、三、'],
  ])('%s → %s', (template, expected) => {
    const view = { v: 129_000_000, list: ['北辰区', '蓟州区'], people: [{ name: '王建华' }, { name: '李娜' }], status: '在建', count: 2, empty: [] };
    // Output is Markdown-escaped: `4.` alone reads as 4\. so it cannot start a list.
    expect(render(template, view).replace(/\\(.)/g, '$1')).toBe(expected);
  });

  it.each([
    [1, '一'], [2, '二'], [3, '三'], [4, '四'], [5, '五'], [6, '六'], [7, '七'], [8, '八'], [9, '九'],
    [10, '十'], [11, '十一'], [12, '十二'], [20, '二十'], [21, '二十一'], [100, '一百'], [105, '一百零五'],
    [110, '一百一十'], [1000, '一千'], [1001, '一千零一'], [10000, '一万'], [10010, '一万零一十'],
  ])('cnNum %i → %s', (n, cn) => {
    expect(render('{{cnNum n}}', { n })).toBe(cn);
    expect(chineseNumeral(n)).toBe(cn);
  });

  it('counters start again for every document', () => {
    const t = env.compile('{{counter "x"}}');
    expect([t({}), t({})]).toEqual(['1', '1']);
  });

  it('chart emits a fenced chart block holding the spec as JSON', () => {
    const spec = { type: 'bar', title: '各区信息数量', unit: '篇', categories: ['北辰区', '蓟州区'], series: [{ name: '信息', values: [2, 1] }] };
    const out = render('{{chart spec}}', { spec });
    const m = /^```chart\n(.*)\n```$/s.exec(out);
    expect(m).not.toBeNull();
    expect(JSON.parse(m![1]!)).toEqual(spec);
    expect(render('{{chart nothing}}')).toBe('');
    expect(() => render('{{chart bad}}', { bad: { type: 'pie' } })).toThrow(/chart/);
  });

  it('non-numbers print as given instead of NaN', () => {
    expect(render('{{money x}}|{{percent y}}|{{cnNum z}}', { x: '待定', y: null })).toBe('待定||');
  });

  it('every documented helper is registered, and the docs give an example for each', () => {
    for (const doc of HELPER_DOCS) {
      expect(HELPER_NAMES.has(doc.name)).toBe(true);
      expect(doc.example).toContain(doc.name);
    }
  });
});

describe('truncate', () => {
  const quote = '今年第一批11个重点项目包保工作启动以来，已经解决9个问题。另一方面，发挥专班作用，围绕资金、用地等共性问题破题攻坚。';
  it.each([
    [quote, 40, '今年第一批11个重点项目包保工作启动以来，已经解决9个问题。'],
    ['我们将紧盯新能源、高端装备等重点产业链，开展精准招商，确保签约项目早落地', 30, '我们将紧盯新能源、高端装备等重点产业链，开展精准招商……'],
    ['短句。', 10, '短句。'],
    ['“项目为王”理念深入人心。“推、服、谋”三篇文章做实做细，让项目单位心无旁骛抓建设。', 16, '“项目为王”理念深入人心。'],
    ['“今年将全力推进项目建设。同时，持续优化营商环境。”', 16, '“今年将全力推进项目建设。”'],
  ])('%s (%i)', (text, n, expected) => {
    expect(truncateText(text, n)).toBe(expected);
    expect(render('{{truncate t n}}', { t: text, n })).toBe(expected);
  });
});
