import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/render/markdown.js';
import { createMarkdownEnvironment } from '../../src/render/templates.js';

const env = createMarkdownEnvironment();

/** Every node of a type, in document order. */
function all<T extends Nodes['type']>(tree: Root, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === type) out.push(n);
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(tree);
  return out as Extract<Nodes, { type: T }>[];
}

const NASTY = [
  '**加粗**的标题',
  '新区|旧区 对比',
  '# 不是标题',
  '[点此](y)了解',
  '![图](x.png)',
  '[^1] 不是脚注',
  '<script>alert(1)</script>',
  '_下划线_与`代码`',
  '- 不是列表',
  '1. 不是编号',
  '10:30 召开会议',
  'A & B "引号"',
  '第一行\n\n第二行',
  '~~删除~~ \\反斜杠',
];

describe('{{x}} escapes values for Markdown', () => {
  it.each(NASTY)('a paragraph reads %j literally', (title) => {
    const md = env.compile('{{title}}\n')({ title });
    const tree = parseMarkdown(md);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.type).toBe('paragraph');
    const para = tree.children[0]!;
    expect(all(tree, 'strong').length + all(tree, 'emphasis').length + all(tree, 'link').length + all(tree, 'html').length).toBe(0);
    expect(toString(para)).toBe(title.replace(/\n+/g, ' '));
  });

  it.each(NASTY)('a table cell keeps %j in its own cell', (title) => {
    const md = env.compile('| 标题 | 来源 |\n| --- | --- |\n| {{title}} | 北辰融媒 |\n')({ title });
    const tree = parseMarkdown(md);
    const [table] = all(tree, 'table');
    expect(table).toBeDefined();
    const row = table!.children[1]!;
    expect(row.children).toHaveLength(2);
    expect(toString(row.children[0]!)).toBe(title.replace(/\n+/g, ' '));
    expect(toString(row.children[1]!)).toBe('北辰融媒');
  });

  it.each(NASTY)('a heading keeps %j as its text', (title) => {
    const tree = parseMarkdown(env.compile('### （一）{{title}}\n')({ title }));
    const [h] = all(tree, 'heading');
    expect(toString(h!)).toBe('（一）' + title.replace(/\n+/g, ' '));
  });

  it.each(NASTY)('a directive attribute keeps %j', (name) => {
    const tree = parseMarkdown(env.compile('::masthead{name="{{name}}" issue="第3期"}\n')({ name }));
    const [d] = all(tree, 'leafDirective');
    expect(d?.attributes).toEqual({ name: name.replace(/\n+/g, ' '), issue: '第3期' });
  });

  it('a bare URL in a value may become a link, but its text is kept exactly', () => {
    const url = '详见 http://www.tj.gov.cn/zwgk/(2023) 通知';
    const tree = parseMarkdown(env.compile('{{url}}\n')({ url }));
    expect(toString(tree)).toBe(url);
  });

  it('{{{x}}} opts out: the value is Markdown', () => {
    const tree = parseMarkdown(env.compile('{{{x}}}\n')({ x: '牢固树立**“项目为王”**理念' }));
    const [strong] = all(tree, 'strong');
    expect(toString(strong!)).toBe('“项目为王”');
  });

  it('escaping is for this environment only: a plain Handlebars still escapes HTML', async () => {
    const { default: Handlebars } = await import('handlebars');
    expect(Handlebars.compile('{{x}}')({ x: '<b>' })).toBe('&lt;b&gt;');
    expect(env.compile('{{x}}')({ x: '<b>' })).toBe('\\<b\\>');
  });
});
