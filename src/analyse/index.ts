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
import { classifyThemes } from './themes.js';
import type { AnalysisConfig, AnalysisContext, Analyser } from './types.js';

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

/** All facts of one article; each analyser sees the same prepared input. */
export function analyseArticle(
  article: ArticleText,
  ctx: AnalysisContext,
): { facts: ArticleFacts; diagnostics: StageDiagnostic[] } {
  const input = prepareArticle(article);
  const facts: ArticleFacts = { ...EMPTY_FACTS };
  const diagnostics: StageDiagnostic[] = [];
  for (const [, analyse] of analysers) {
    const out = analyse(input, ctx);
    Object.assign(facts, out.facts);
    if (out.diagnostics) diagnostics.push(...out.diagnostics);
  }
  return { facts, diagnostics };
}

export type { AnalysisConfig, AnalysisContext, Analyser } from './types.js';
