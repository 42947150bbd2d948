/**
 * What `{{x}}` does to a value in a template: the value reads literally wherever it lands in the
 * Markdown (a paragraph, a table cell, a heading, a directive's attribute), so an article title
 * with `*`, `|` or `[x](y)` cannot start emphasis, split a table or become a link.
 *
 * - Markdown punctuation gets a backslash: \ ` * _ [ ] < > # | ~ and : (directive marker).
 * - & and " become character references, which Markdown text and directive attributes both decode.
 * - Line breaks become spaces: a value is inline text, and a blank line would end a table.
 * - A leading - + = or 1. / 1) (then a space) cannot start a list, a rule or a setext heading.
 *
 * Inside code spans and fenced blocks these escapes would show: use `{{{x}}}` there.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[ \t]*(?:\r\n?|\n)\s*/g, ' ')
    .replace(/[\\`*_[\]<>#|~:]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/^([-+=])(?=\s|$|[-+=])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

interface HasToHtml {
  toHTML(): string;
}

/** Handlebars' escaping contract with Markdown in place of HTML: SafeStrings pass through, null is empty. */
export function escapeValue(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'object' && typeof (value as Partial<HasToHtml>).toHTML === 'function') {
    return (value as HasToHtml).toHTML();
  }
  if (typeof value !== 'string') {
    // Handlebars prints false and 0 as such; arrays and objects as their string form.
    return escapeMarkdown(String(value));
  }
  return escapeMarkdown(value);
}

const ATTRIBUTE_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Directive attributes are parsed without backslash escapes; templates escape them like any text,
 * so the parser's output is unescaped here to match.
 */
export function unescapeAttribute(value: string): string {
  return value.replace(ATTRIBUTE_ESCAPE, '$1');
}
