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

/** A figure as aggregated for a district: the article it comes from travels with it. */
export const DistrictFigureSchema = FigureSchema.extend({ articleId: z.string() });
export const DistrictPersonSchema = PersonSchema.extend({ articleIds: z.array(z.string()) });
export const DistrictProjectSchema = ProjectSchema.extend({ articleIds: z.array(z.string()) });

export const DistrictSchema = z.object({
  name: z.string(),
  code: z.string(),
  city: z.string().nullable(),
  province: z.string(),
  level: z.enum(['county', 'city', 'province']),
  /** File name stem for its outputs, unambiguous across cities (e.g. 天津市-北辰区). */
  slug: z.string(),
  articleIds: z.array(z.string()),
  figures: z.array(DistrictFigureSchema),
  projects: z.array(DistrictProjectSchema),
  people: z.array(DistrictPersonSchema),
  organizations: z.array(OrganizationSchema),
  keywords: z.array(KeywordSchema),
  themes: z.array(ThemeSchema),
  /** Key points across the district's articles. */
  summary: z.array(z.string()),
});
export type District = z.infer<typeof DistrictSchema>;

export const BriefingSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({ name: z.literal('jianbao'), version: z.string() }),
  /** ISO timestamp: SOURCE_DATE_EPOCH, else the newest input's modification time. */
  generatedAt: z.string(),
  /** The period the briefing covers, from the articles' dates (ISO dates), or null when none is known. */
  period: z.object({ since: z.string().nullable(), until: z.string().nullable() }),
  /** 第N期 */
  issue: z.number().int(),
  sources: z.array(SourceSchema),
  articles: z.array(ArticleSchema),
  districts: z.array(DistrictSchema),
  /** Articles that could not be placed in one district (ambiguous or no place found). */
  unassignedArticleIds: z.array(z.string()),
  diagnostics: z.array(DiagnosticSchema),
});
export type Briefing = z.infer<typeof BriefingSchema>;
