import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../config.js';
import type { Article } from '../model/article.js';
import { parseAll } from '../parse.js';
import { goldInputBytes, GoldSetError, loadGoldSet, type GoldCase } from './gold.js';
import { matchArticles } from './match.js';
import { scoreArticle, scoreUnexpected, type ArticleScore } from './score.js';
import { checkTargets, totalsOf, type TargetCheck, type Totals } from './targets.js';

export interface ArticleResult {
  case: string;
  input: string;
  /** The gold title, or the found title of an article no gold entry asked for. */
  title: string;
  /** The title segmentation gave the matched article; null when none matched. */
  foundTitle: string | null;
  /** How the found article was paired with the gold entry: by its title, or as the one left over in the file. */
  matchedBy: 'title' | 'order' | null;
  expected: boolean;
  score: ArticleScore;
}

export interface Evaluation {
  articles: ArticleResult[];
  totals: Totals;
  targets: TargetCheck[];
  cases: number;
}

/**
 * Runs the real pipeline (read → segment → analyse, through parseAll) over the gold inputs, written
 * in their encodings to a scratch folder, and scores every article against its gold entry.
 */
export async function evaluateGoldSet(dir: string, options: { cases?: readonly string[] } = {}): Promise<Evaluation> {
  const all = loadGoldSet(dir);
  const unknown = (options.cases ?? []).filter((name) => !all.some((c) => c.name === name));
  if (unknown.length) throw new GoldSetError(`no gold case named ${unknown.join(', ')} in ${dir}`);
  const cases = options.cases?.length ? all.filter((c) => options.cases!.includes(c.name)) : all;
  const scratch = mkdtempSync(join(tmpdir(), 'jianbao-gold-'));
  try {
    for (const c of cases) {
      const file = join(scratch, c.input);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, goldInputBytes(dir, c));
    }
    // cwd is the scratch folder so that no jianbao.config.* of the checkout changes the analysis.
    const { config } = loadConfig({ cwd: scratch, overrides: { input: scratch, workers: 0 } });
    const { briefing } = await parseAll(config, { issue: 1 });
    const articles = cases.flatMap((c) => scoreCase(c, articlesFrom(briefing.articles, c.input)));
    const totals = totalsOf(articles);
    return { articles, totals, targets: checkTargets(totals), cases: cases.length };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The articles that came out of one input, including stories merged with a copy in another file. */
function articlesFrom(articles: readonly Article[], path: string): Article[] {
  return articles.filter((a) => a.source.path === path || a.copies.some((c) => c.path === path));
}

function scoreCase(c: GoldCase, found: readonly Article[]): ArticleResult[] {
  const { pairs, unmatched } = matchArticles(c.articles, found);
  const judgeOrganizations = c.articles.some((a) => a.organizations !== undefined);
  return [
    ...pairs.map(({ gold, found: f, by }) => ({
      case: c.name,
      input: c.input,
      title: gold.title,
      foundTitle: f?.title ?? null,
      matchedBy: by,
      expected: true,
      score: scoreArticle(gold, f),
    })),
    ...unmatched.map((f) => ({
      case: c.name,
      input: c.input,
      title: f.title,
      foundTitle: f.title,
      matchedBy: null,
      expected: false,
      score: scoreUnexpected(f, judgeOrganizations),
    })),
  ];
}
