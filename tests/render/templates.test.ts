import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { checkTemplates } from '../../src/render/check.js';
import { parseMarkdown } from '../../src/render/markdown.js';
import { loadTemplateSet, renderTemplate, TemplateError } from '../../src/render/templates.js';
import { buildDistrictView, buildOverviewView } from '../../src/render/view.js';
import { sampleBriefing, sampleSettings } from '../fixtures/render/briefing.js';

const CUSTOM = join(import.meta.dirname, '../fixtures/render/custom');

function headings(tree: Root, depth?: number): string[] {
  return tree.children.filter((n): n is Extract<Nodes, { type: 'heading' }> => n.type === 'heading' && (!depth || n.depth === depth)).map((h) => toString(h));
}

function tableRows(tree: Root): string[][][] {
  return tree.children.flatMap((n) => (n.type === 'table' ? [n.children.map((r) => r.children.map((c) => toString(c)))] : []));
}

function renderDistrict(dirs: string[], index = 0, settings = sampleSettings()) {
  const b = sampleBriefing();
  const out = renderTemplate(loadTemplateSet(dirs), 'district', buildDistrictView(b, b.districts[index]!, settings));
  return { ...out, tree: parseMarkdown(out.markdown) };
}

describe('default district template', () => {
  const { tree, markdown, frontMatter } = renderDistrict([], 0, sampleSettings({ note: '本期重点关注招商引资。' }));

  it('reads as a 简报: masthead, 按语, title, 本期要点 and the numbered sections in order', () => {
    const first = tree.children[0]!;
    expect(first.type === 'leafDirective' && first.name).toBe('masthead');
    expect(first.type === 'leafDirective' && first.attributes).toMatchObject({ name: '区域观察简报', issue: '第3期', date: '2023年4月21日' });
    const note = tree.children.find((n) => n.type === 'containerDirective' && n.name === 'note');
    expect(note && toString(note)).toBe('本期重点关注招商引资。');
    expect(headings(tree, 1)).toEqual(['北辰区工作动态']);
    expect(headings(tree, 2)).toEqual(['本期要点', '一、重点数据', '二、重点项目', '三、领导表态', '四、信息摘编', '五、关键词与主题']);
    expect(headings(tree, 3)).toEqual(['（一）北辰区一季度招商引资实现“开门红”', '（二）小淀镇“春风行动”招聘会助企解决用工难题']);
  });

  it('puts the key figures in a table that points at their digest entries', () => {
    const rows = tableRows(tree)[0]!;
    expect(rows[0]).toEqual(['指标', '数值', '来源']);
    expect(rows).toContainEqual(['实际利用内资到位额', '8.35亿元，同比增长23.6%', '（一）北辰区一季度招商引资实现…']);
    expect(rows).toContainEqual(['提供岗位', '1200余个', '（二）小淀镇“春风行动”招聘会…']);
  });

  it('sets each official’s name, titles and quote in one paragraph, so no page can part them', () => {
    const para = tree.children.find((n) => n.type === 'paragraph' && toString(n).startsWith('王建华'))!;
    expect(toString(para)).toMatch(/^王建华（北辰区商务局局长）：“下一步，我们将紧盯新能源.*放心投资。”$/);
    expect(para.type === 'paragraph' && para.children[0]!.type).toBe('strong');
    expect(tree.children.some((n) => n.type === 'blockquote')).toBe(false);
  });

  it('gives each digest entry its source line under the title: outlet, date, then the file', () => {
    const i = tree.children.findIndex((n) => n.type === 'heading' && toString(n) === '（一）北辰区一季度招商引资实现“开门红”');
    const meta = tree.children[i + 1]!;
    expect(meta.type === 'paragraph' && meta.children[0]!.type).toBe('emphasis');
    expect(toString(meta)).toBe('来源：北辰融媒　2023年4月18日（beichen/0418.txt）');
  });

  it('ends with the 报尾: recipients and copies', () => {
    const last = tree.children[tree.children.length - 1]!;
    expect(last.type === 'containerDirective' && last.name).toBe('endblock');
    expect(last.type === 'containerDirective' && last.attributes).toEqual({ copies: '30' });
    expect((last as Extract<Nodes, { type: 'containerDirective' }>).children.map((p) => toString(p))).toEqual([
      '报：市委办公厅、市政府办公厅',
      '送：各区委宣传部',
    ]);
  });

  it('returns the front matter unrendered and never prints it', () => {
    expect(frontMatter).toEqual({});
    expect(markdown).not.toContain('---\n#');
    expect(markdown.startsWith('::masthead')).toBe(true);
  });
});

describe('sections with nothing to show are omitted', () => {
  it('leaves out empty tables and renumbers what remains', () => {
    const b = sampleBriefing();
    const d = b.districts[0]!;
    d.figures = [];
    d.projects = [];
    const view = buildDistrictView(b, d, sampleSettings({ note: null, copies: null, recipients: { 报: [], 送: [], 发: [] } }));
    const { markdown } = renderTemplate(loadTemplateSet([]), 'district', view);
    const tree = parseMarkdown(markdown);
    expect(headings(tree, 2)).toEqual(['本期要点', '一、领导表态', '二、信息摘编', '三、关键词与主题']);
    expect(tree.children.some((n) => n.type === 'table')).toBe(false);
    const containers = tree.children.flatMap((n) => (n.type === 'containerDirective' ? [n.name] : []));
    expect(containers).toEqual(['center', 'endblock']);
    expect(markdown).not.toMatch(/\n{3,}/);
  });

  it('leaves out 本期要点 and the 来源 column for a district of one article', () => {
    const { tree } = renderDistrict([], 1);
    expect(headings(tree, 2)[0]).toBe('一、重点数据');
    expect(tableRows(tree)[0]![0]).toEqual(['指标', '数值']);
  });

  it('names the projects in a sentence when no stage or amount is known', () => {
    const b = sampleBriefing();
    const d = b.districts[1]!;
    d.projects = d.projects.map((p) => ({ ...p, status: null, investment: null }));
    const tree = parseMarkdown(renderTemplate(loadTemplateSet([]), 'district', buildDistrictView(b, d, sampleSettings())).markdown);
    expect(tableRows(tree).some((t) => t[0]![0] === '项目名称')).toBe(false);
    expect(tree.children.map((n) => toString(n))).toContain('本期信息涉及的项目有：平谷线东延工程、盘山文旅综合体。');
  });
});

describe('the 报尾', () => {
  const endblock = (tree: Root) => tree.children.find((n) => n.type === 'containerDirective' && n.name === 'endblock') as Extract<Nodes, { type: 'containerDirective' }>;

  it('without recipients still ends the briefing, with the 编印单位 and the date', () => {
    const { tree } = renderDistrict([], 0, sampleSettings({ recipients: { 报: [], 送: [], 发: [] }, copies: null }));
    const end = endblock(tree);
    expect(tree.children[tree.children.length - 1]).toBe(end);
    expect(end.attributes).toEqual({});
    expect(end.children.map((p) => toString(p))).toEqual(['天津市区域经济研究室　　2023年4月21日印发']);
  });
});

describe('long briefings', () => {
  it('get a 目录 after the title when they have more articles than the threshold', () => {
    const { tree } = renderDistrict([], 0, sampleSettings({ tocThreshold: 1 }));
    const title = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
    const toc = tree.children.findIndex((n) => n.type === 'leafDirective' && n.name === 'toc');
    expect(toc).toBeGreaterThan(title);
    expect(toc).toBeLessThan(tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2));
    expect(renderDistrict([]).tree.children.some((n) => n.type === 'leafDirective' && n.name === 'toc')).toBe(false);
  });

  it('digest the first maxDigest articles and say how many more there are and where', () => {
    const { tree } = renderDistrict([], 0, sampleSettings({ maxDigest: 1 }));
    expect(headings(tree, 3)).toEqual(['（一）北辰区一季度招商引资实现“开门红”']);
    expect(tree.children.map((n) => toString(n))).toContain('另有1篇信息未列入本期摘编，其标题、摘要和出处见本期 briefing.json。');
  });
});

describe('a custom template folder', () => {
  const { tree, frontMatter } = renderDistrict([CUSTOM]);

  it('overrides the masthead partial and the district title', () => {
    const masthead = tree.children[0]!;
    expect(masthead.type === 'leafDirective' && masthead.attributes?.name).toBe('区域观察简报（内部资料）');
    expect(tree.children.some((n) => n.type === 'containerDirective' && n.name === 'center' && toString(n) === '注意保存')).toBe(true);
    expect(headings(tree, 1)).toEqual(['北辰区招商工作专报']);
  });

  it('falls back to the default partials for everything it did not copy', () => {
    expect(headings(tree, 2)).toEqual(['一、重点数据', '二、信息摘编']);
    expect(tree.children.some((n) => n.type === 'table')).toBe(true);
    expect(tree.children.some((n) => n.type === 'containerDirective' && n.name === 'endblock')).toBe(true);
  });

  it('returns its front matter for the writers', () => {
    expect(frontMatter).toEqual({ theme: { colors: { rule: '#B22222' }, elements: { mastheadName: { color: '#B22222' }, title: { size: 24 } } } });
  });

  it('the overview, not copied, comes from the defaults with the custom masthead', () => {
    const b = sampleBriefing();
    const { markdown } = renderTemplate(loadTemplateSet([CUSTOM]), 'overview', buildOverviewView(b, sampleSettings()));
    const t = parseMarkdown(markdown);
    expect(headings(t, 1)).toEqual(['各区工作动态综述']);
    expect(markdown).toContain('（内部资料）');
  });

  it('the first of several folders wins, file by file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-tpl-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'masthead.md.hbs'), '::masthead{name="专报" issue="{{masthead.issue}}"}\n');
    const { tree: t } = renderDistrict([dir, CUSTOM]);
    const masthead = t.children[0]!;
    expect(masthead.type === 'leafDirective' && masthead.attributes?.name).toBe('专报');
    expect(headings(t, 1)).toEqual(['北辰区招商工作专报']);
  });
});

describe('the README’s customised masthead', () => {
  const README = join(import.meta.dirname, '../fixtures/render/readme-masthead');

  it('passes templates check and draws the office’s name, the 内部资料 line and a second red rule', () => {
    expect(checkTemplates([README])).toEqual([]);
    const { tree } = renderDistrict([README]);
    const mastheads = tree.children.filter((n) => n.type === 'leafDirective' && n.name === 'masthead');
    expect(mastheads.map((m) => (m.type === 'leafDirective' ? m.attributes : null))).toEqual([
      { name: '北辰区招商工作专报', issue: '第3期' },
      { unit: '北辰区投资促进局编', date: '2023年4月21日' },
    ]);
    expect(tree.children.some((n) => n.type === 'containerDirective' && n.name === 'center' && toString(n) === '（内部资料　注意保存）')).toBe(true);
    expect(headings(tree, 1)).toEqual(['北辰区工作动态']);
  });
});

describe('loading and compiling', () => {
  it('compiles each template once per set', () => {
    const set = loadTemplateSet([]);
    const b = sampleBriefing();
    renderTemplate(set, 'district', buildDistrictView(b, b.districts[0]!, sampleSettings()));
    const first = set.compiled.get('district');
    renderTemplate(set, 'district', buildDistrictView(b, b.districts[1]!, sampleSettings()));
    expect(set.compiled.get('district')).toBe(first);
  });

  it('a template folder that does not exist is a TemplateError', () => {
    expect(() => loadTemplateSet(['/nonexistent/jianbao-templates'])).toThrow(TemplateError);
  });

  it('a broken front matter is a TemplateError with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-tpl-'));
    writeFileSync(join(dir, 'district.md.hbs'), '---\ntheme:\n  colors: [red\n---\n# {{district}}\n');
    const b = sampleBriefing();
    try {
      renderTemplate(loadTemplateSet([dir]), 'district', buildDistrictView(b, b.districts[0]!, sampleSettings()));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      expect((e as TemplateError).code).toBe('TEMPLATE_FRONT_MATTER');
      expect((e as TemplateError).line).toBeGreaterThanOrEqual(3);
    }
  });

  it('a helper that fails while rendering names the template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-tpl-'));
    writeFileSync(join(dir, 'district.md.hbs'), '# {{district}}\n\n{{chart masthead}}\n');
    const b = sampleBriefing();
    expect(() => renderTemplate(loadTemplateSet([dir]), 'district', buildDistrictView(b, b.districts[0]!, sampleSettings()))).toThrow(
      /district\.md\.hbs: chart/,
    );
  });
});
