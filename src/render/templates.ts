import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { splitFrontMatter } from './_front-matter.js';
import { ESCAPE_HELPER, markdownHelpers } from './helpers.js';
import type { DistrictView, OverviewView } from './view-schema.js';

/** The templates that ship with jianbao (templates/ at the package root). */
export const BUILTIN_TEMPLATES_DIR = resolve(fileURLToPath(new URL('../../templates', import.meta.url)));

const EXT = '.md.hbs';

/** One template or partial file, read once. */
export interface TemplateSource {
  /** File name without .md.hbs: district, overview, masthead … */
  name: string;
  file: string;
  /** The template without front matter, line endings normalised to \n. */
  body: string;
  /** Lines of front matter above the body (add to a body line to get the file line). */
  lineOffset: number;
  frontMatter: Record<string, unknown>;
  frontMatterError: { message: string; line: number; column: number } | null;
}

type Environment = typeof Handlebars;

/** The effective templates and partials (user folders first, then the built-in ones) and their compiled forms. */
export interface TemplateSet {
  dirs: string[];
  templates: ReadonlyMap<string, TemplateSource>;
  partials: ReadonlyMap<string, TemplateSource>;
  env: Environment;
  compiled: Map<string, Handlebars.TemplateDelegate>;
}

export type TemplateErrorCode = 'TEMPLATE_DIR_MISSING' | 'TEMPLATE_NOT_FOUND' | 'TEMPLATE_FRONT_MATTER' | 'TEMPLATE_RENDER';

/** A template that cannot be loaded or rendered; file and line say where when known. */
export class TemplateError extends Error {
  constructor(
    readonly code: TemplateErrorCode,
    message: string,
    readonly file: string | null,
    readonly line: number | null = null,
    readonly column: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TemplateError';
  }
}

function readTemplate(file: string): TemplateSource {
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const fm = splitFrontMatter(text);
  return {
    name: basename(file).slice(0, -EXT.length),
    file,
    body: fm.body,
    lineOffset: fm.lineOffset,
    frontMatter: fm.data,
    frontMatterError: fm.error,
  };
}

function templateFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(EXT))
    .sort()
    .map((f) => join(dir, f));
}

interface CompilerInstance {
  pushSource(source: unknown): void;
  appendToBuffer(source: unknown[]): unknown;
  aliasable(name: string): unknown;
  popStack(): unknown;
}
type CompilerConstructor = { new (): CompilerInstance; prototype: CompilerInstance & { compiler: unknown } };

/**
 * A Handlebars environment of its own whose `{{x}}` escapes for Markdown, not HTML: the compiler
 * is subclassed for this environment only, so other Handlebars users in the process are untouched.
 */
export function createMarkdownEnvironment(): Environment {
  const env = Handlebars.create();
  const host = env as unknown as { JavaScriptCompiler: CompilerConstructor };
  const Base = host.JavaScriptCompiler;
  function MarkdownCompiler(this: CompilerInstance): void {
    (Base as unknown as (this: CompilerInstance) => void).call(this);
  }
  const proto = Object.create(Base.prototype) as CompilerInstance & { compiler: unknown; appendEscaped(): void };
  proto.compiler = MarkdownCompiler;
  proto.appendEscaped = function (this: CompilerInstance) {
    // Helpers are wrapped to receive an options object last: `{}` stands in for it.
    this.pushSource(this.appendToBuffer([this.aliasable(`container.helpers.${ESCAPE_HELPER}`), '(', this.popStack(), ', {})']));
  };
  MarkdownCompiler.prototype = proto;
  host.JavaScriptCompiler = MarkdownCompiler as unknown as CompilerConstructor;
  env.registerHelper(markdownHelpers((s) => new env.SafeString(s)));
  return env;
}

/**
 * The templates and partials found in `dirs`, in order, then in the built-in folder: the first
 * folder that has a file of a given name wins, so a user copies only what they change.
 */
export function loadTemplateSet(dirs: string[]): TemplateSet {
  const all = [...dirs.map((d) => resolve(d)), BUILTIN_TEMPLATES_DIR];
  for (const d of all.slice(0, -1)) {
    if (!existsSync(d)) throw new TemplateError('TEMPLATE_DIR_MISSING', `template folder not found: ${d}`, d);
  }
  const templates = new Map<string, TemplateSource>();
  const partials = new Map<string, TemplateSource>();
  for (const dir of all) {
    for (const file of templateFiles(dir)) {
      const t = readTemplate(file);
      if (!templates.has(t.name)) templates.set(t.name, t);
    }
    for (const file of templateFiles(join(dir, 'partials'))) {
      const p = readTemplate(file);
      if (!partials.has(p.name)) partials.set(p.name, p);
    }
  }
  const env = createMarkdownEnvironment();
  for (const p of partials.values()) env.registerPartial(p.name, p.body);
  return { dirs: all, templates, partials, env, compiled: new Map() };
}

/** The template compiled once per set. */
function compiledTemplate(set: TemplateSet, name: string): Handlebars.TemplateDelegate {
  const hit = set.compiled.get(name);
  if (hit) return hit;
  const source = set.templates.get(name);
  if (!source) throw new TemplateError('TEMPLATE_NOT_FOUND', `no template "${name}${EXT}" in ${set.dirs.join(', ')}`, null);
  if (source.frontMatterError) {
    const { message, line, column } = source.frontMatterError;
    throw new TemplateError('TEMPLATE_FRONT_MATTER', `front matter: ${message}`, source.file, line, column);
  }
  const fn = set.env.compile(source.body);
  set.compiled.set(name, fn);
  return fn;
}

/**
 * The Markdown of a template rendered with a view, and the template's front matter (which may
 * hold theme overrides for the writers). Runs of blank lines left by omitted sections are folded.
 */
export function renderTemplate(
  set: TemplateSet,
  name: 'district' | 'overview',
  view: DistrictView | OverviewView,
): { markdown: string; frontMatter: Record<string, unknown> } {
  const fn = compiledTemplate(set, name);
  const source = set.templates.get(name)!;
  let markdown: string;
  try {
    // Templates may come from anyone: no prototype properties or methods (constructor, __proto__), whatever Handlebars' defaults become.
    markdown = fn(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (e) {
    const err = e as { message?: string; lineNumber?: number; column?: number };
    const line = err.lineNumber != null ? err.lineNumber + source.lineOffset : null;
    const column = err.column != null ? err.column + 1 : null;
    throw new TemplateError('TEMPLATE_RENDER', `${name}${EXT}: ${err.message ?? String(e)}`, source.file, line, column, { cause: e });
  }
  return { markdown: foldBlankLines(markdown), frontMatter: source.frontMatter };
}

/** At most one blank line between blocks, outside fenced code; one newline at the end. */
export function foldBlankLines(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  let blank = 0;
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      out.push(line);
      continue;
    }
    if (marker) fence = marker;
    if (line.trim() === '') {
      if (++blank > 1 || out.length === 0) continue;
    } else blank = 0;
    out.push(line.trim() === '' ? '' : line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
