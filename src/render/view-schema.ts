import { z } from 'zod';

/**
 * The view models templates see, as zod schemas: the types come from them, and `templates check`
 * walks them to tell a template author which fields exist. Formatted strings are ready to print
 * (7.66亿元, 2023年4月21日); the raw values beside them let helpers reformat.
 */

export const chartSpecSchema = z.object({
  type: z.enum(['bar', 'hbar']),
  title: z.string(),
  unit: z.string(),
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number()) })),
});

const mastheadSchema = z.object({
  /** 区域观察简报 */
  name: z.string(),
  /** 第3期 */
  issue: z.string(),
  issueNumber: z.number(),
  /** 编印单位 */
  unit: z.string(),
  /** 2023年4月21日 */
  date: z.string(),
  dateIso: z.string(),
});

const periodSchema = z.object({
  since: z.string().nullable(),
  until: z.string().nullable(),
  /** 2023年4月1日至4月21日, or null when no article is dated. */
  text: z.string().nullable(),
});

const endblockSchema = z.object({
  /** One line per recipient group that has names: 报：… / 送：… / 发：… */
  lines: z.array(z.object({ label: z.string(), names: z.string(), list: z.array(z.string()) })),
  copies: z.number().nullable(),
  /** （共印30份） */
  copiesText: z.string().nullable(),
});

export const figureViewSchema = z.object({
  /** What it measures, e.g. 实际利用内资到位额. */
  label: z.string(),
  /** Formatted for reading: 7.66亿元, 同比增长155.84%, 30个. */
  value: z.string(),
  /** Exactly as in the article. */
  text: z.string(),
  kind: z.enum(['money', 'percent', 'change', 'count', 'quantity']),
  raw: z.number(),
  unit: z.string(),
  basis: z.string().nullable(),
  qualifier: z.string().nullable(),
  sentence: z.string(),
  articleId: z.string(),
  /** The title of the article it comes from. */
  source: z.string(),
});

const projectViewSchema = z.object({
  name: z.string(),
  /** 谋划/签约/开工/在建/竣工/运营, or — when the article does not say. */
  status: z.string(),
  statusCode: z.string().nullable(),
  /** 50亿元, or — when unknown. */
  investment: z.string(),
  investmentValue: z.number().nullable(),
  /** Titles of the articles that mention it, joined with 、. */
  source: z.string(),
});

const personViewSchema = z.object({
  name: z.string(),
  /** Titles joined with 、. */
  titles: z.string(),
  titleList: z.array(z.string()),
  /** One quote, shortened at a sentence end. */
  quote: z.string(),
  quoteFull: z.string(),
  source: z.string(),
});

const articleViewSchema = z.object({
  /** 1-based position in the digest. */
  number: z.number(),
  id: z.string(),
  title: z.string(),
  kicker: z.string().nullable(),
  subtitle: z.string().nullable(),
  lead: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  dateIso: z.string().nullable(),
  /** Input file, relative to the input folder. */
  sourceFile: z.string(),
  /** 第3—40行 */
  lines: z.string(),
  /** outlet · date · source file, the parts that are known. */
  meta: z.string(),
  bylines: z.string(),
  summary: z.array(z.string()),
  /** District name (for the overview's unassigned list: null). */
  district: z.string().nullable(),
});

const keyPointSchema = z.object({
  text: z.string(),
  articleId: z.string().nullable(),
  articleTitle: z.string().nullable(),
});

const placeSchema = z.object({
  name: z.string(),
  /** 天津市北辰区 */
  fullName: z.string(),
  city: z.string().nullable(),
  province: z.string(),
  code: z.string(),
  slug: z.string(),
});

export const districtViewSchema = z.object({
  kind: z.literal('district'),
  masthead: mastheadSchema,
  /** The district's name, e.g. 北辰区. */
  district: z.string(),
  place: placeSchema,
  /** 北辰区工作动态 */
  title: z.string(),
  period: periodSchema,
  /** 按语, or null. */
  note: z.string().nullable(),
  articleCount: z.number(),
  keyPoints: z.array(keyPointSchema),
  figures: z.array(figureViewSchema),
  projects: z.array(projectViewSchema),
  people: z.array(personViewSchema),
  articles: z.array(articleViewSchema),
  keywords: z.array(z.object({ word: z.string(), weight: z.number() })),
  keywordText: z.string(),
  themes: z.array(z.object({ name: z.string(), score: z.number() })),
  themeText: z.string(),
  /** A chart of the key money figures, else of the changes, else of the themes, when there are enough values. */
  chart: chartSpecSchema.nullable(),
  /** What the chart shows, so a template can place it in the right section. */
  chartOf: z.enum(['figures', 'themes']).nullable(),
  endblock: endblockSchema,
  generatedAt: z.string(),
});
export type DistrictView = z.infer<typeof districtViewSchema>;

const districtRowSchema = z.object({
  rank: z.number(),
  name: z.string(),
  fullName: z.string(),
  slug: z.string(),
  articleCount: z.number(),
  /** The district's top figures: [{ label, value }]. */
  headline: z.array(z.object({ label: z.string(), value: z.string() })),
  /** The same, as one line: 实际利用内资7.66亿元；注册资金1.29亿元. */
  headlineText: z.string(),
  /** Sum of the district's distinct money figures, formatted, or — when it has none. */
  totalMoney: z.string(),
  totalMoneyValue: z.number(),
  /** The district briefing's file names and URL-safe links, by format. */
  files: z.object({ pdf: z.string(), docx: z.string(), html: z.string() }),
  hrefs: z.object({ pdf: z.string(), docx: z.string(), html: z.string() }),
});

export const overviewViewSchema = z.object({
  kind: z.literal('overview'),
  masthead: mastheadSchema,
  /** 各区工作动态综述 */
  title: z.string(),
  period: periodSchema,
  note: z.string().nullable(),
  districtCount: z.number(),
  articleCount: z.number(),
  /** Articles no district could claim. */
  unassignedCount: z.number(),
  unassigned: z.array(articleViewSchema),
  /** In the briefing's order. */
  districts: z.array(districtRowSchema),
  /** By article count, then total money. */
  ranking: z.array(districtRowSchema),
  chart: chartSpecSchema.nullable(),
  endblock: endblockSchema,
  generatedAt: z.string(),
});
export type OverviewView = z.infer<typeof overviewViewSchema>;

export type ArticleView = z.infer<typeof articleViewSchema>;
export type FigureView = z.infer<typeof figureViewSchema>;
export type EndblockView = z.infer<typeof endblockSchema>;
export type MastheadView = z.infer<typeof mastheadSchema>;
