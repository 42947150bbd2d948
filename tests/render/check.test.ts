import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTemplates } from '../../src/render/check.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/render');

/** A throwaway template folder: file name → content. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-check-'));
  mkdirSync(join(dir, 'partials'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const short = (p: { file: string; line: number; column: number; code: string }) => [p.file.split('/render/')[1] ?? p.file, p.line, p.column, p.code];

describe('checkTemplates', () => {
  it('finds nothing wrong with the default templates', () => {
    expect(checkTemplates([])).toEqual([]);
  });

  it('finds nothing wrong with a folder that overrides some files correctly', () => {
    expect(checkTemplates([join(FIXTURES, 'custom')])).toEqual([]);
  });

  it('reports exactly the problems of a broken folder, each where it is', () => {
    const problems = checkTemplates([join(FIXTURES, 'broken')]);
    expect(problems.map(short)).toEqual([
      // Line numbers count the front matter: the body starts on line 5.
      ['broken/district.md.hbs', 12, 17, 'TEMPLATE_UNKNOWN_FIELD'],
      ['broken/district.md.hbs', 15, 3, 'TEMPLATE_UNKNOWN_HELPER'],
      ['broken/district.md.hbs', 17, 5, 'TEMPLATE_MISSING_PARTIAL'],
      ['broken/district.md.hbs', 19, 1, 'TEMPLATE_UNKNOWN_DIRECTIVE'],
      ['broken/partials/people.md.hbs', 2, 9, 'TEMPLATE_SYNTAX'],
    ]);
    const byCode = Object.fromEntries(problems.map((p) => [p.code, p.message]));
    expect(byCode.TEMPLATE_UNKNOWN_FIELD).toMatch(/"valu".*fields here: label, value/);
    expect(byCode.TEMPLATE_UNKNOWN_HELPER).toContain('"shout"');
    expect(byCode.TEMPLATE_MISSING_PARTIAL).toContain('"sidebar"');
    expect(byCode.TEMPLATE_UNKNOWN_DIRECTIVE).toContain('"banner"');
  });

  it.each([
    ['a field at the top', '# {{distrct}}\n', 1, 5, /"distrct"/],
    ['a nested field', '# {{masthead.nme}}\n', 1, 5, /"masthead\.nme".*name, issue/],
    ['a field inside #with', '{{#with place}}\n{{fulName}}\n{{/with}}\n', 2, 3, /"fulName"/],
    ['a field of a block parameter', '{{#each articles as |a|}}\n{{a.titel}}\n{{/each}}\n', 2, 3, /"a\.titel"/],
    ['a ../ path', '{{#each figures}}\n{{../distrct}}\n{{/each}}\n', 2, 3, /"distrct"/],
    ['an @root path', '{{#each figures}}\n{{@root.titel}}\n{{/each}}\n', 2, 3, /"@root\.titel"/],
    ['a helper argument', '{{money figures.total}}\n', 1, 9, /"figures\.total"/],
    ['a field in a nested #each', '{{#each articles}}\n{{#each summary}}{{this.x}}{{/each}}\n{{/each}}\n', 2, 20, /"x"/],
  ])('finds an unknown field: %s', (_, template, line, column, message) => {
    const problems = checkTemplates([folder({ 'district.md.hbs': template })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'TEMPLATE_UNKNOWN_FIELD', line, column });
    expect(problems[0]!.message).toMatch(message);
  });

  it.each([
    ['{{#each figures}}{{label}} {{@index}} {{@first}} {{../district}} {{@root.title}}{{/each}}\n'],
    ['{{#each articles as |a i|}}{{a.title}}{{i}}{{#each a.summary}}{{this}}{{/each}}{{/each}}\n'],
    ['{{#with masthead}}{{name}}{{issue}}{{/with}}{{figures.length}}{{articles.0.title}}\n'],
    ['{{#if (gt figures.length 2)}}{{h1num (counter "s")}}{{/if}}{{truncate note 40}}\n'],
    ['{{#*inline "row"}}| {{label}} |{{/inline}}{{#each figures}}{{> row}}{{/each}}\n'],
    ['{{#> optional}}没有这个局部模板时显示这里{{/optional}}\n'],
  ])('accepts what Handlebars and the view allow: %s', (template) => {
    expect(checkTemplates([folder({ 'district.md.hbs': template })])).toEqual([]);
  });

  it('checks a partial against the view of the template that calls it', () => {
    const dir = folder({ 'overview.md.hbs': '{{> rows}}\n' });
    writeFileSync(join(dir, 'partials', 'rows.md.hbs'), '{{#each ranking}}\n{{rank}} {{headlin}}\n{{/each}}\n');
    const problems = checkTemplates([dir]);
    expect(problems.map((p) => [p.file.endsWith('rows.md.hbs'), p.line, p.column, p.code])).toEqual([[true, 2, 12, 'TEMPLATE_UNKNOWN_FIELD']]);
  });

  it('reports a Handlebars block mismatch where it opens', () => {
    const problems = checkTemplates([folder({ 'district.md.hbs': '# 标题\n{{#if note}}\n{{/each}}\n' })]);
    expect(problems).toMatchObject([{ code: 'TEMPLATE_SYNTAX', line: 2, column: 4 }]);
  });

  it('reports front matter that is not valid YAML or not a theme', () => {
    const bad = checkTemplates([folder({ 'district.md.hbs': '---\ntheme:\n  pages: {}\n---\n# {{district}}\n' })]);
    expect(bad).toMatchObject([{ code: 'TEMPLATE_FRONT_MATTER' }]);
    expect(bad[0]!.message).toContain('pages');
  });

  it('reports an inline directive made by a stray colon', () => {
    const problems = checkTemplates([folder({ 'district.md.hbs': '# {{district}}\n\n会议于10:30召开。\n' })]);
    expect(problems).toMatchObject([{ code: 'TEMPLATE_UNKNOWN_DIRECTIVE', line: 3, column: 6 }]);
  });

  it('reports a missing template folder instead of throwing', () => {
    expect(checkTemplates(['/nonexistent/jianbao'])).toMatchObject([{ code: 'TEMPLATE_DIR_MISSING' }]);
  });
});
