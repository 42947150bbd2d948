import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';

const MISSING_GLYPH = 'RENDER_MISSING_GLYPH';
/** The writers name each character with its code point: "𠀀" (U+20000). */
const CODE_POINT = /U\+([0-9A-F]{4,6})/gu;
/** Enough to find the text; a long list helps no one. */
const MAX_NAMED = 5;

/** Every piece of an article's text a template can show. */
function textsOf(a: Article): string[] {
  return [a.title, a.kicker ?? '', a.lead ?? '', ...a.paragraphs.map((p) => p.text), ...a.summary];
}

function articleLabel(a: Article): string {
  return `《${a.title}》 (${a.source.path}:${a.source.startLine})`;
}

/**
 * Missing-glyph warnings of a report, each completed with the articles of that report whose text
 * holds the character, so the user knows where to look (or which article to fix). Other
 * diagnostics pass through. Each article is scanned once, and only when a glyph is missing.
 */
export function locateMissingGlyphs(diagnostics: Diagnostic[], articles: () => Article[]): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === MISSING_GLYPH)) return diagnostics;
  const wanted = new Set<string>();
  for (const d of diagnostics) if (d.code === MISSING_GLYPH) for (const ch of charactersOf(d.message)) wanted.add(ch);
  const found = new Map<string, Article[]>();
  for (const a of articles()) {
    const text = textsOf(a).join('\n');
    for (const ch of wanted) {
      if (!text.includes(ch)) continue;
      const list = found.get(ch) ?? [];
      list.push(a);
      found.set(ch, list);
    }
  }
  return diagnostics.map((d) => {
    if (d.code !== MISSING_GLYPH) return d;
    const hits = [...new Set(charactersOf(d.message).flatMap((ch) => found.get(ch) ?? []))];
    if (hits.length === 0) return d;
    const named = hits.slice(0, MAX_NAMED).map(articleLabel).join('、');
    const more = hits.length > MAX_NAMED ? ` and ${hits.length - MAX_NAMED} more` : '';
    return { ...d, message: `${d.message}; found in ${named}${more}` };
  });
}

function charactersOf(message: string): string[] {
  return [...message.matchAll(CODE_POINT)].map((m) => String.fromCodePoint(parseInt(m[1]!, 16)));
}
