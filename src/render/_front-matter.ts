import { parse as parseYaml, YAMLParseError } from 'yaml';

export interface FrontMatter {
  /** The template without its front matter. */
  body: string;
  /** Lines the front matter took: add to a line in `body` to get the line in the file. */
  lineOffset: number;
  data: Record<string, unknown>;
  /** Unreadable YAML, with its 1-based line and column in the file. */
  error: { message: string; line: number; column: number } | null;
}

const OPEN = /^\uFEFF?---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits `---` YAML `---` off the top of a template; a template without it has empty data. */
export function splitFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { body: text.replace(/^\uFEFF/, ''), lineOffset: 0, data: {}, error: null };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    return { body: text, lineOffset: 0, data: {}, error: { message: 'front matter opened with --- is never closed', line: 1, column: 1 } };
  }
  const yamlText = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const lineOffset = 1 + (yamlText.match(/\n/g) ?? []).length + 1;
  try {
    const data: unknown = parseYaml(yamlText) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { body: afterClose, lineOffset, data: {}, error: { message: 'front matter must be a mapping (key: value)', line: 2, column: 1 } };
    }
    return { body: afterClose, lineOffset, data: data as Record<string, unknown>, error: null };
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { body: afterClose, lineOffset, data: {}, error: { message, line: 1 + (pos?.line ?? 1), column: pos?.col ?? 1 } };
  }
}
