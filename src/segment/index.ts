import { hantRegExp } from './_hant.js';
import type { ArticleText } from '../model/article.js';
import type { StageDiagnostic } from '../model/diagnostic.js';
import type { DiscardedBlock } from '../model/source.js';
import { groupUnits } from './articles.js';
import { kindOfLine, readPiece } from './classify.js';
import { findFullDate } from './dates.js';
import { articlesOfColumn } from './digest.js';
import { finishDraft, linesText } from './finish.js';
import { splitLines } from './lines.js';
import { joinBrokenLines } from './repair.js';
import { readSectionNumbers } from './sections.js';
import { readTables } from './tables.js';
import { withAccountLines } from './webmeta.js';

export { CONSUMED_LABELS } from './labels.js';

export interface SegmentOptions {
  path: string;
  meta?: { title?: string; date?: string; fileDate?: string; outlet?: string };
}

// A paper's name in a page's masthead or header line: 2026年11月18日 星期三 许昌日报 第3版.
const PAPER = hantRegExp(String.raw`(?:^|[\s\u3000|｜])([\p{Script=Han}]{2,8}(?:日报|晚报|时报|商报))(?=$|[\s\u3000|｜])`, 'u');

export interface SegmentResult {
  articles: ArticleText[];
  discarded: DiscardedBlock[];
  diagnostics: StageDiagnostic[];
}

/**
 * A source's text split into articles and discarded blocks: broken lines joined, headline,
 * kicker, subtitle, lead, opener, bylines, captions and section headings recognised. Every
 * non-blank line belongs to exactly one article or one discarded block.
 */
export function segmentSource(text: string, options: SegmentOptions): SegmentResult {
  const lines = splitLines(text);
  const kinded = withAccountLines(readSectionNumbers(readTables(lines)).map(kindOfLine));
  const units = joinBrokenLines(kinded).map(readPiece);
  const furniture = units.filter((u) => u.kind === 'furniture');
  const pageDate = furniture.map((u) => findFullDate(u.text)).find(Boolean) ?? null;
  const pageOutlet = furniture.map((u) => PAPER.exec(u.text)?.[1]).find(Boolean) ?? null;
  const ctx = { path: options.path, meta: options.meta ?? {}, pageDate, pageOutlet, lines };

  const result: SegmentResult = { articles: [], discarded: [], diagnostics: [] };
  let drafts = 0;
  let column: ArticleText | null = null;
  for (const block of groupUnits(units)) {
    if (block.type === 'discard') {
      const startLine = block.units[0]!.start;
      const endLine = block.units.at(-1)!.end;
      result.discarded.push({ text: linesText(lines, startLine, endLine), reason: block.reason, startLine, endLine });
      continue;
    }
    const finished = finishDraft(block.draft, drafts++ === 0, ctx);
    if ('discarded' in finished) result.discarded.push(finished.discarded);
    else {
      const read = articlesOfColumn(finished.article, column);
      result.articles.push(...read.articles);
      column = read.column;
      result.diagnostics.push(...finished.diagnostics);
    }
  }
  // A file that gives nothing is a failed input: the build names it and exits 1.
  if (result.articles.length === 0) {
    result.diagnostics.push({
      level: 'error',
      code: 'SEGMENT_NO_ARTICLE',
      message: result.discarded.length
        ? `no article found; ${result.discarded.length} block(s) set aside as not news (${[...new Set(result.discarded.map((d) => d.reason))].join('; ')}). An article needs a headline and paragraphs of body text`
        : 'no article found: the file holds no text',
      line: result.discarded[0]?.startLine ?? null,
    });
  }
  return result;
}
