import Handlebars from 'handlebars';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { ThemeOverrideSchema } from '../write/theme.js';
import { walkTemplate, type AstProblem, type ParsedFile } from './_check-ast.js';
import { sampleOf, type Shape } from './_schema-walk.js';
import { HELPER_NAMES } from './helpers.js';
import { parseMarkdown } from './markdown.js';
import { loadTemplateSet, renderTemplate, TemplateError, type TemplateSet, type TemplateSource } from './templates.js';
import { DIRECTIVES } from './tree.js';
import { districtViewSchema, overviewViewSchema, type DistrictView, type OverviewView } from './view-schema.js';

export type TemplateProblemCode =
  | 'TEMPLATE_SYNTAX'
  | 'TEMPLATE_UNKNOWN_HELPER'
  | 'TEMPLATE_MISSING_PARTIAL'
  | 'TEMPLATE_UNKNOWN_FIELD'
  | 'TEMPLATE_UNKNOWN_DIRECTIVE'
  | 'TEMPLATE_FRONT_MATTER'
  | 'TEMPLATE_RENDER'
  | 'TEMPLATE_DIR_MISSING'
  | 'TEMPLATE_NOT_FOUND';

/** One thing wrong with a template: where (1-based line and column in the file) and what. */
export interface TemplateProblem {
  file: string;
  line: number;
  column: number;
  code: TemplateProblemCode;
  message: string;
}

const VIEWS = { district: districtViewSchema, overview: overviewViewSchema } as const;
const KNOWN_DIRECTIVES = new Set<string>([...DIRECTIVES.leaf, ...DIRECTIVES.container]);

interface ParserState {
  Parser: { lexer: { yylloc?: { first_line: number; first_column: number } } };
}

/** The AST of a file, or the syntax error with the position Handlebars reports. */
function parseSource(src: TemplateSource): ParsedFile | TemplateProblem {
  try {
    return { file: src.file, lineOffset: src.lineOffset, ast: Handlebars.parse(src.body) };
  } catch (e) {
    const err = e as { message?: string; lineNumber?: number; column?: number };
    const message = syntaxMessage(err.message ?? String(e));
    let line = 1;
    let column = 1;
    if (typeof err.lineNumber === 'number') {
      line = err.lineNumber;
      column = (err.column ?? 0) + 1;
    } else {
      // Parse errors carry their position only in the lexer's last location.
      const loc = (Handlebars as unknown as ParserState).Parser.lexer.yylloc;
      if (loc) [line, column] = [loc.first_line, loc.first_column + 1];
    }
    return { file: src.file, line: line + src.lineOffset, column, code: 'TEMPLATE_SYNTAX', message };
  }
}

/** Jison's report (context line, caret, every expected token) shortened to what helps an author. */
function syntaxMessage(raw: string): string {
  const lines = raw.split('\n');
  if (!/^Parse error/.test(lines[0] ?? '')) return raw.replace(/\s+/g, ' ').trim();
  const near = lines[1]?.trim() ?? '';
  const expecting = /Expecting (.*), got '([^']*)'/.exec(raw);
  const expected = expecting ? expecting[1]!.split(', ').slice(0, 3).map((t) => t.replace(/'/g, '')).join(', ') : '';
  const got = expecting?.[2] ?? 'end of input';
  return `syntax error near "${near}": expected ${expected || 'something else'}, got ${got}`;
}

function frontMatterProblems(src: TemplateSource): TemplateProblem[] {
  const at = (line: number, column: number, message: string): TemplateProblem => ({ file: src.file, line, column, code: 'TEMPLATE_FRONT_MATTER', message });
  if (src.frontMatterError) return [at(src.frontMatterError.line, src.frontMatterError.column, src.frontMatterError.message)];
  if (!('theme' in src.frontMatter)) return [];
  const theme = ThemeOverrideSchema.safeParse(src.frontMatter.theme);
  if (theme.success) return [];
  return theme.error.issues.map((i) => at(2, 1, `theme.${i.path.join('.')}: ${i.message}`));
}

/** Where `:name` first appears in the sources, so an unknown directive points at its template line. */
function locateDirective(name: string, sources: TemplateSource[]): { file: string; line: number; column: number } | null {
  const re = new RegExp(`(:+)${name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}(?![\\w-])`);
  for (const src of sources) {
    const lines = src.body.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = re.exec(lines[i]!);
      if (m) return { file: src.file, line: i + 1 + src.lineOffset, column: m.index + 1 };
    }
  }
  return null;
}

/** Renders a template with sample views (everything filled, everything empty) and reads its Markdown. */
function renderProblems(set: TemplateSet, name: keyof typeof VIEWS): TemplateProblem[] {
  const src = set.templates.get(name)!;
  const sources = [src, ...set.partials.values()];
  const problems: TemplateProblem[] = [];
  for (const mode of ['full', 'empty'] as const) {
    const view = sampleOf(VIEWS[name], mode) as DistrictView | OverviewView;
    let markdown: string;
    try {
      markdown = renderTemplate(set, name, view).markdown;
    } catch (e) {
      const err = e instanceof TemplateError ? e : null;
      const message = e instanceof Error ? e.message : String(e);
      problems.push({ file: src.file, line: err?.line ?? 1, column: err?.column ?? 1, code: 'TEMPLATE_RENDER', message });
      break;
    }
    visit(parseMarkdown(markdown), (node: Nodes) => {
      if (node.type !== 'leafDirective' && node.type !== 'containerDirective' && node.type !== 'textDirective') return;
      if (node.type !== 'textDirective' && KNOWN_DIRECTIVES.has(node.name)) return;
      const where = locateDirective(node.name, sources) ?? { file: src.file, line: 1, column: 1 };
      const known = [...DIRECTIVES.leaf.map((d) => `::${d}`), ...DIRECTIVES.container.map((d) => `:::${d}`)].join(', ');
      const message =
        node.type === 'textDirective'
          ? `":${node.name}" reads as an inline directive, which writers do not know; write the colon as \\: or ：`
          : `unknown directive "${node.name}" (known: ${known})`;
      problems.push({ ...where, code: 'TEMPLATE_UNKNOWN_DIRECTIVE', message });
    });
  }
  return problems;
}

/**
 * Everything wrong with the templates a build would use from `dirs` (then the built-in ones):
 * syntax, helpers, partials, fields the view lacks, front matter, and directives the writers do
 * not know once rendered. Empty when the templates are fine.
 */
export function checkTemplates(dirs: string[]): TemplateProblem[] {
  let set: TemplateSet;
  try {
    set = loadTemplateSet(dirs);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return [{ file: e.file ?? '', line: 1, column: 1, code: e.code as TemplateProblemCode, message: e.message }];
  }
  const problems: TemplateProblem[] = [];
  const parsed = new Map<string, ParsedFile>();
  const partials = new Map<string, ParsedFile>();
  const sources: [TemplateSource, 'template' | 'partial'][] = [
    ...[...set.templates.values()].map((s) => [s, 'template'] as [TemplateSource, 'template']),
    ...[...set.partials.values()].map((s) => [s, 'partial'] as [TemplateSource, 'partial']),
  ];
  for (const [src, kind] of sources) {
    problems.push(...frontMatterProblems(src));
    const result = parseSource(src);
    if ('ast' in result) (kind === 'template' ? parsed : partials).set(src.name, result);
    else {
      problems.push(result);
      // Reported once; the samples render on without it.
      if (kind === 'partial') set.env.registerPartial(src.name, '');
    }
  }
  for (const name of Object.keys(VIEWS)) {
    if (!set.templates.has(name)) {
      problems.push({ file: set.dirs[0] ?? '', line: 1, column: 1, code: 'TEMPLATE_NOT_FOUND', message: `no ${name}.md.hbs template` });
    }
  }
  // Rendering the samples goes on past unknown helpers and missing partials: they render as nothing.
  const report = ({ subject, ...p }: AstProblem): void => {
    problems.push(p);
    if (p.code === 'TEMPLATE_UNKNOWN_HELPER') set.env.registerHelper(subject, () => '');
    if (p.code === 'TEMPLATE_MISSING_PARTIAL') set.env.registerPartial(subject, '');
  };
  const options = { helpers: HELPER_NAMES, partials, report };
  for (const [name, file] of parsed) walkTemplate(file, (VIEWS as Record<string, Shape>)[name] ?? 'unknown', options);
  // Partials no template reaches are still checked for helpers and partials.
  for (const file of partials.values()) walkTemplate(file, 'unknown', options);
  for (const name of Object.keys(VIEWS) as (keyof typeof VIEWS)[]) {
    if (parsed.has(name) && !set.templates.get(name)!.frontMatterError) problems.push(...renderProblems(set, name));
  }
  return dedupe(problems);
}

function dedupe(problems: TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.file}|${p.line}|${p.column}|${p.code}|${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
