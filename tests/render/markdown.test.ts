import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/render/markdown.js';

function first<T extends Nodes['type']>(tree: Root, type: T): Extract<Nodes, { type: T }> | undefined {
  let found: Nodes | undefined;
  const walk = (n: Nodes): void => {
    if (found) return;
    if (n.type === type) found = n;
    else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(tree);
  return found as Extract<Nodes, { type: T }> | undefined;
}

describe('parseMarkdown', () => {
  it('reads GFM tables with their alignment', () => {
    const tree = parseMarkdown('| 项目名称 | 投资额 |\n| :--- | ---: |\n| 天锻智能压机产业园 | 15亿元 |\n');
    const table = first(tree, 'table')!;
    expect(table.align).toEqual(['left', 'right']);
    expect(table.children.map((r) => r.children.map((c) => toString(c)))).toEqual([
      ['项目名称', '投资额'],
      ['天锻智能压机产业园', '15亿元'],
    ]);
  });

  it('reads footnotes', () => {
    const tree = parseMarkdown('全年固定资产投资增长10%[^1]。\n\n[^1]: 数据来源：蓟州区发展改革委。\n');
    expect(first(tree, 'footnoteReference')?.identifier).toBe('1');
    expect(toString(first(tree, 'footnoteDefinition')!)).toBe('数据来源：蓟州区发展改革委。');
  });

  it('reads strikethrough', () => {
    expect(toString(first(parseMarkdown('原定~~5月~~4月开工。'), 'delete')!)).toBe('5月');
  });

  it.each([
    ['::masthead{name="区域观察简报" issue="第3期" unit="北辰区委宣传部" date="2023年4月21日"}', 'leafDirective', 'masthead', { name: '区域观察简报', issue: '第3期', unit: '北辰区委宣传部', date: '2023年4月21日' }],
    ['::pagebreak', 'leafDirective', 'pagebreak', {}],
    ['::toc{title="目录"}', 'leafDirective', 'toc', { title: '目录' }],
    [':::note{label="按语"}\n本期聚焦招商引资。\n:::', 'containerDirective', 'note', { label: '按语' }],
    [':::endblock{copies="30"}\n报：市委办公厅\n:::', 'containerDirective', 'endblock', { copies: '30' }],
  ] as const)('reads the directive %s', (md, type, name, attributes) => {
    const node = parseMarkdown(md + '\n').children[0]!;
    expect(node.type).toBe(type);
    expect(node.type === type && 'name' in node && node.name).toBe(name);
    expect('attributes' in node && node.attributes).toEqual(attributes);
  });

  it('keeps the paragraphs of a container directive as its children', () => {
    const node = parseMarkdown(':::endblock{copies="30"}\n报：市委办公厅\n\n送：各区委宣传部\n:::\n').children[0]!;
    expect(node.type === 'containerDirective' && node.children.map((c) => toString(c))).toEqual(['报：市委办公厅', '送：各区委宣传部']);
  });

  it.each([
    ['牢固树立**“项目为王”**理念', '“项目为王”'],
    ['**关键词：**招商引资、新能源', '关键词：'],
    ['围绕**“推、服、谋”**三篇文章', '“推、服、谋”'],
    ['这是**加粗**文字', '加粗'],
  ])('makes %s bold where CommonMark would not', (md, bold) => {
    expect(toString(first(parseMarkdown(md), 'strong')!)).toBe(bold);
  });

  it('reads a chart block as code with lang chart', () => {
    const code = first(parseMarkdown('```chart\n{"type":"bar"}\n```\n'), 'code')!;
    expect(code.lang).toBe('chart');
    expect(JSON.parse(code.value)).toEqual({ type: 'bar' });
  });
});
