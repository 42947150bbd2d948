import { fieldNames, fieldOf, isList, itemOf, shapeAt, type Shape } from './_schema-walk.js';

/**
 * The static half of `templates check`: walks a template's Handlebars AST for helpers that do not
 * exist, partials that are missing and fields the view does not have, following the view's shape
 * into #each / #with blocks, block parameters, ../ and @root, and into the partials it calls.
 */

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type Path = hbs.AST.PathExpression;
/** Partials declared with {{#*inline "name"}}, checked where they are called. */
type Inline = Map<string, Program>;

export type AstProblemCode = 'TEMPLATE_UNKNOWN_HELPER' | 'TEMPLATE_MISSING_PARTIAL' | 'TEMPLATE_UNKNOWN_FIELD';

export interface AstProblem {
  file: string;
  line: number;
  column: number;
  code: AstProblemCode;
  message: string;
  /** The helper, partial or field at fault. */
  subject: string;
}

/** A parsed file: its AST and where its body starts in the file. */
export interface ParsedFile {
  file: string;
  lineOffset: number;
  ast: Program;
}

interface Scope {
  shape: Shape;
  /** Block parameters declared here (`as |item i|`). */
  params: Map<string, Shape>;
  /** Hash arguments given to a partial: fields that exist only inside it. */
  extra: Map<string, Shape>;
}

export interface WalkOptions {
  helpers: ReadonlySet<string>;
  partials: ReadonlyMap<string, ParsedFile>;
  report: (p: AstProblem) => void;
}

const DATA_VARIABLES = new Set(['index', 'first', 'last', 'key', 'level']);
const scope = (shape: Shape): Scope => ({ shape, params: new Map(), extra: new Map() });

/** Walks one file with the view shape its context has (`unknown` skips the field checks). */
export function walkTemplate(file: ParsedFile, root: Shape, options: WalkOptions): void {
  new Walker(options, root).file(file, [scope(root)], new Map());
}

class Walker {
  private current!: ParsedFile;
  private seen = new Set<string>();
  private shapeIds = new Map<object, number>();

  constructor(
    private readonly o: WalkOptions,
    private readonly root: Shape,
  ) {}

  file(f: ParsedFile, stack: Scope[], inline: Inline): void {
    const outer = this.current;
    this.current = f;
    this.program(f.ast, stack, inline);
    this.current = outer;
  }

  private report(node: Node, code: AstProblemCode, message: string, subject = ''): void {
    const { line, column } = node.loc.start;
    this.o.report({ file: this.current.file, line: line + this.current.lineOffset, column: column + 1, code, message, subject });
  }

  private program(p: Program | undefined, stack: Scope[], inline: Inline): void {
    if (!p) return;
    const names = new Map(inline);
    // {{#*inline "name"}} declares a partial for the rest of this program.
    for (const st of p.body) {
      const block = st as hbs.AST.BlockStatement;
      const arg = block.params?.[0];
      if (st.type === 'DecoratorBlock' && arg?.type === 'StringLiteral') names.set((arg as hbs.AST.StringLiteral).value, block.program);
    }
    for (const st of p.body) this.statement(st, stack, names);
  }

  private statement(st: Node, stack: Scope[], inline: Inline): void {
    switch (st.type) {
      case 'MustacheStatement':
        return this.call(st as hbs.AST.MustacheStatement, stack);
      case 'BlockStatement':
        return this.block(st as hbs.AST.BlockStatement, stack, inline);
      case 'DecoratorBlock':
        return;
      case 'PartialStatement':
      case 'PartialBlockStatement':
        return this.partial(st as hbs.AST.PartialBlockStatement, stack, inline);
      default:
        return;
    }
  }

  /** A mustache or block head: a helper call when it has arguments or names a helper, else a field. */
  private call(node: { path: Node; params: Node[]; hash?: hbs.AST.Hash }, stack: Scope[]): void {
    if (node.path.type !== 'PathExpression') return;
    const path = node.path as Path;
    const args = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
    const helperName = !path.data && path.depth === 0 && path.parts.length === 1 && this.o.helpers.has(path.original);
    if (args && !helperName) this.report(path, 'TEMPLATE_UNKNOWN_HELPER', `unknown helper "${path.original}"`, path.original);
    if (!args && !helperName) this.path(path, stack);
    this.args(node, stack);
  }

  private args(node: { params: Node[]; hash?: hbs.AST.Hash }, stack: Scope[]): void {
    for (const p of node.params) this.expression(p, stack);
    for (const pair of node.hash?.pairs ?? []) this.expression(pair.value, stack);
  }

  private expression(e: Node, stack: Scope[]): void {
    if (e.type === 'PathExpression') this.path(e as Path, stack);
    else if (e.type === 'SubExpression') {
      const sub = e as hbs.AST.SubExpression;
      if (!this.o.helpers.has(sub.path.original)) this.report(sub.path, 'TEMPLATE_UNKNOWN_HELPER', `unknown helper "${sub.path.original}"`, sub.path.original);
      this.args(sub, stack);
    }
  }

  private block(b: hbs.AST.BlockStatement, stack: Scope[], inline: Inline): void {
    this.call(b, stack);
    const name = b.path.original;
    const declared = b.program?.blockParams ?? [];
    let inner = stack;
    if ((name === 'each' || name === 'with') && b.params[0]) {
      const target = this.shapeOf(b.params[0], stack);
      const s = scope(name === 'each' ? itemOf(target) : target);
      if (declared[0]) s.params.set(declared[0], s.shape);
      if (declared[1]) s.params.set(declared[1], 'unknown');
      inner = [...stack, s];
    } else if (!this.o.helpers.has(name) && b.params.length === 0) {
      // {{#list}}…{{/list}}: Handlebars iterates a list and enters an object.
      const target = this.shapeOf(b.path, stack);
      if (isList(target)) inner = [...stack, scope(itemOf(target))];
      else if (target !== 'unknown' && fieldNames(target).length > 0) inner = [...stack, scope(target)];
    }
    this.program(b.program, inner, inline);
    this.program(b.inverse, stack, inline);
  }

  private partial(p: hbs.AST.PartialBlockStatement, stack: Scope[], inline: Inline): void {
    const nameNode = p.name as Node;
    let name: string | null = null;
    if (nameNode.type === 'PathExpression') name = (nameNode as Path).original;
    else if (nameNode.type === 'StringLiteral' || nameNode.type === 'NumberLiteral') name = String((nameNode as hbs.AST.StringLiteral).value);
    else this.expression(nameNode, stack);
    this.args(p, stack);
    if (p.type === 'PartialBlockStatement') this.program(p.program, stack, inline);
    if (name === null || name.startsWith('@')) return;
    const local = inline.get(name);
    const target = local ? { ...this.current, ast: local } : this.o.partials.get(name);
    if (!target) {
      // {{#> name}}fallback{{/name}} is Handlebars' way of saying "this partial is optional".
      if (p.type !== 'PartialBlockStatement') this.report(nameNode, 'TEMPLATE_MISSING_PARTIAL', `missing partial "${name}"`, name);
      return;
    }
    const s = scope(p.params[0] ? this.shapeOf(p.params[0], stack) : stack[stack.length - 1]!.shape);
    for (const pair of p.hash?.pairs ?? []) s.extra.set(pair.key, this.shapeOf(pair.value, stack));
    const key = `${local ? `inline:${this.current.file}:` : ''}${name}|${this.shapeId(s.shape)}|${[...s.extra.keys()].join(',')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.file(target, p.params[0] || s.extra.size > 0 ? [...stack, s] : stack, local ? inline : new Map());
  }

  private shapeId(shape: Shape): number {
    if (shape === 'unknown') return -1;
    const id = this.shapeIds.get(shape) ?? this.shapeIds.size + 1;
    this.shapeIds.set(shape, id);
    return id;
  }

  private shapeOf(e: Node, stack: Scope[]): Shape {
    return e.type === 'PathExpression' ? (this.resolve(e as Path, stack)?.shape ?? 'unknown') : 'unknown';
  }

  /** Reports a path the view does not have. */
  private path(p: Path, stack: Scope[]): void {
    if (p.data) {
      const [head, ...rest] = p.parts;
      if (head === 'root' || DATA_VARIABLES.has(head ?? '')) {
        if (head === 'root') this.follow(p, this.root, rest, '@root');
        return;
      }
      this.report(p, 'TEMPLATE_UNKNOWN_FIELD', `unknown data variable "@${head}" (known: @index, @first, @last, @key, @root)`);
      return;
    }
    this.resolve(p, stack, true);
  }

  private resolve(p: Path, stack: Scope[], report = false): { shape: Shape } | null {
    if (p.data) return p.parts[0] === 'root' ? { shape: shapeAt(this.root, p.parts.slice(1)) ?? 'unknown' } : { shape: 'unknown' };
    const [head, ...rest] = p.parts;
    if (p.depth === 0 && head !== undefined && !p.original.startsWith('this') && !p.original.startsWith('.')) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const bp = stack[i]!.params.get(head);
        if (bp !== undefined) return report ? this.follow(p, bp, rest, head) : { shape: shapeAt(bp, rest) ?? 'unknown' };
      }
    }
    const s = stack[stack.length - 1 - p.depth];
    if (!s) {
      if (report) this.report(p, 'TEMPLATE_UNKNOWN_FIELD', `"${p.original}" climbs above the top of the view`);
      return null;
    }
    if (head !== undefined && s.extra.has(head)) return { shape: shapeAt(s.extra.get(head)!, rest) ?? 'unknown' };
    if (report) return this.follow(p, s.shape, p.parts, '');
    return { shape: shapeAt(s.shape, p.parts) ?? 'unknown' };
  }

  /** Follows parts from a shape, reporting the first one that does not exist. */
  private follow(p: Path, shape: Shape, parts: string[], prefix: string): { shape: Shape } | null {
    let cur: Shape = shape;
    const walked: string[] = prefix ? [prefix] : [];
    for (const part of parts) {
      const next = fieldOf(cur, part);
      if (next === null) {
        const here = fieldNames(cur);
        const field = [...walked, part].join('.');
        const hint = here.length > 0 ? ` (fields here: ${here.join(', ')})` : '';
        this.report(p, 'TEMPLATE_UNKNOWN_FIELD', `unknown field "${field}"${hint}`);
        return null;
      }
      walked.push(part);
      cur = next;
    }
    return { shape: cur };
  }
}
