import type { ArticleFacts, ArticleText } from '../model/article.js';
import type { StageDiagnostic } from '../model/diagnostic.js';
import { attributeDistrict, createPlaceContext } from './district.js';
import { extractFigures } from './figures.js';
import { extractKeywords } from './keywords.js';
import { extractOrganizations } from './organizations.js';
import { extractPeople } from './people.js';
import { prepareArticle } from './prepare.js';
import { extractProjects } from './projects.js';
import { summarize } from './summary.js';
import { classifyThemes, themesOfRegion } from './themes.js';
import type { AnalysisConfig, AnalysisContext, AnalysisInput, Analyser } from './types.js';

/** The analysers, in order: one line per concern. */
export const analysers: [name: string, analyser: Analyser][] = [
  ['district', attributeDistrict],
  ['figures', extractFigures],
  ['people', extractPeople],
  ['organizations', extractOrganizations],
  ['projects', extractProjects],
  ['keywords', extractKeywords],
  ['themes', classifyThemes],
  ['summary', summarize],
];

const EMPTY_FACTS: ArticleFacts = {
  district: null,
  places: [],
  figures: [],
  people: [],
  organizations: [],
  projects: [],
  keywords: [],
  themes: [],
  summary: [],
};

export function createAnalysisContext(config: AnalysisConfig): AnalysisContext {
  return { ...createPlaceContext(config), config };
}

/** Analysers that read word tags (the summary ranks sentences by the keywords). */
const NEEDS_TAGS = new Set(['keywords', 'summary']);

/** What some analysers found ahead of the others, by analyser name. */
export type EarlyFacts = Map<string, ReturnType<Analyser>>;

/**
 * The analysers that need no word tags, run ahead: a worker does this while the tags of the
 * article are still on their way from the tagger, instead of waiting idle.
 */
export function analyseUntagged(article: ArticleText, ctx: AnalysisContext): EarlyFacts {
  const input = prepareArticle(article);
  const early: EarlyFacts = new Map();
  for (const [name, analyse] of analysers) if (!NEEDS_TAGS.has(name)) early.set(name, guarded(name, analyse, input, ctx));
  return early;
}

/**
 * One analyser's findings; if it fails on this article (a defect of ours that the text brings out),
 * none of its facts and an error that says which, instead of a build that stops for every article.
 */
function guarded(name: string, analyse: Analyser, input: AnalysisInput, ctx: AnalysisContext): ReturnType<Analyser> {
  try {
    return analyse(input, ctx);
  } catch (e) {
    const message = `the ${name} analyser failed on this article (${(e as Error).message}); its ${name} are left out, the rest of the article is kept`;
    return { facts: {}, diagnostics: [{ level: 'error', code: 'ANALYSE_FAILED', message, line: input.article.source.startLine, column: null }] };
  }
}

/** All facts of one article; each analyser sees the same prepared input. Facts found `early` are not looked for again. */
export function analyseArticle(
  article: ArticleText,
  ctx: AnalysisContext,
  early: EarlyFacts = new Map(),
): { facts: ArticleFacts; diagnostics: StageDiagnostic[] } {
  const input = prepareArticle(article);
  const facts: ArticleFacts = { ...EMPTY_FACTS };
  const diagnostics: StageDiagnostic[] = [];
  for (const [name, analyse] of analysers) {
    const out = early.get(name) ?? guarded(name, analyse, input, ctx);
    Object.assign(facts, out.facts);
    if (out.diagnostics) diagnostics.push(...out.diagnostics);
  }
  facts.themes = themesOfRegion(facts.themes, facts.district?.province ?? null);
  return { facts, diagnostics };
}

export type { AnalysisConfig, AnalysisContext, Analyser } from './types.js';
