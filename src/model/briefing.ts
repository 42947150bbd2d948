import { z } from 'zod';
import {
  ArticleSchema,
  FigureSchema,
  KeywordSchema,
  OrganizationSchema,
  PersonSchema,
  ProjectSchema,
  ThemeSchema,
} from './article.js';
import { DiagnosticSchema } from './diagnostic.js';
import { SourceSchema } from './source.js';

export const SCHEMA_VERSION = 1;

const articleId = z.string().describe('The article it comes from.');

export const DistrictFigureSchema = FigureSchema.extend({ articleId }).meta({
  id: 'DistrictFigure',
  title: 'District figure',
  description: 'A figure as aggregated for a district: the article it comes from travels with it.',
});
export const DistrictPersonSchema = PersonSchema.extend({ articleIds: z.array(z.string()).describe('The articles that name them.') }).meta({
  id: 'DistrictPerson',
  title: 'District person',
});
export const DistrictProjectSchema = ProjectSchema.extend({ articleIds: z.array(z.string()).describe('The articles that name it.') }).meta({
  id: 'DistrictProject',
  title: 'District project',
});

export const DistrictSchema = z
  .object({
    name: z.string().describe('e.g. 北辰区'),
    code: z.string().describe('Administrative division code.'),
    city: z.string().nullable(),
    province: z.string(),
    level: z.enum(['county', 'city', 'province']).describe('city or province for the section of articles about a whole city or province.'),
    slug: z.string().describe('File name stem for its outputs, unambiguous across cities (e.g. 天津市-北辰区).'),
    articleIds: z.array(z.string()),
    figures: z.array(DistrictFigureSchema),
    projects: z.array(DistrictProjectSchema).describe('Deduplicated within the district.'),
    people: z.array(DistrictPersonSchema).describe('Deduplicated within the district.'),
    organizations: z.array(OrganizationSchema),
    keywords: z.array(KeywordSchema),
    themes: z.array(ThemeSchema),
    summary: z.array(z.string()).describe("Key points across the district's articles."),
  })
  .meta({ id: 'District', title: 'District', description: "One district's briefing material, aggregated over its articles." });
export type District = z.infer<typeof DistrictSchema>;

export const BriefingSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this model: raised when a field changes meaning or is removed.'),
    generator: z.object({ name: z.literal('jianbao'), version: z.string() }),
    generatedAt: z.string().describe("ISO timestamp: SOURCE_DATE_EPOCH, else the newest input's modification time."),
    period: z
      .object({ since: z.string().nullable(), until: z.string().nullable() })
      .describe("The period the briefing covers, from the articles' dates (ISO dates), or null when none is known."),
    issue: z.number().int().describe('第N期'),
    sources: z.array(SourceSchema),
    articles: z.array(ArticleSchema),
    districts: z.array(DistrictSchema),
    unassignedArticleIds: z.array(z.string()).describe('Articles that could not be placed in one district (ambiguous or no place found).'),
    diagnostics: z.array(DiagnosticSchema),
  })
  .meta({
    title: 'jianbao briefing model',
    description:
      'output/briefing.json: every input file, every article with the facts found in it, the districts with their aggregated facts, and the diagnostics.',
  });
export type Briefing = z.infer<typeof BriefingSchema>;
