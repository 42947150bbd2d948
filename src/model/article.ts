import { z } from 'zod';

export const SourceRefSchema = z.object({
  path: z.string(),
  /** 1-based, inclusive, in the source's text as read (for HTML, DOCX and PDF: the extracted text). */
  startLine: z.number().int(),
  endLine: z.number().int(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const BylineSchema = z.object({
  /** 通讯员, 记者, 摄影, 编辑, 责任编辑, 作者 … */
  role: z.string(),
  names: z.array(z.string()),
  /** The line as written, e.g. 通讯员 许磊. */
  text: z.string(),
});
export type Byline = z.infer<typeof BylineSchema>;

export const ParagraphSchema = z.object({
  /** text: body paragraph; heading: a section heading inside the article; caption: photo caption. */
  kind: z.enum(['text', 'heading', 'caption']),
  text: z.string(),
  /** 1-based line where the paragraph starts in the source text. */
  line: z.number().int(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const PlaceLevelSchema = z.enum(['province', 'city', 'county', 'town', 'zone']);
export type PlaceLevel = z.infer<typeof PlaceLevelSchema>;

export const DistrictRefSchema = z.object({
  name: z.string(),
  /** Administrative division code (6 digits for a county, 4 for a city, 2 for a province). */
  code: z.string(),
  city: z.string().nullable(),
  province: z.string(),
  /** county for a 区/县/县级市; city or province for an article about a whole city or province. */
  level: z.enum(['county', 'city', 'province']),
  /** 0..1 */
  confidence: z.number(),
  /** Why: the mentions that decided it, e.g. "小淀镇 → 北辰区 (gazetteer, 4×)". */
  evidence: z.array(z.string()),
});
export type DistrictRef = z.infer<typeof DistrictRefSchema>;

export const PlaceSchema = z.object({
  /** As written in the article. */
  name: z.string(),
  level: PlaceLevelSchema,
  code: z.string().nullable(),
  /** The county it resolves to, where it does. */
  county: z.string().nullable(),
  mentions: z.number().int(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const FigureKindSchema = z.enum(['money', 'percent', 'change', 'count', 'quantity']);
export type FigureKind = z.infer<typeof FigureKindSchema>;

export const FigureSchema = z.object({
  /** Exactly as in the article: 7.66亿元, 27.86%, 同比增长155.84%. */
  text: z.string(),
  /** Normalised: money in 元, percentages and changes as fractions (0.2786), quantities in the base unit. */
  value: z.number(),
  /** Base unit of value: 元, %, 吨, 亩, 平方米, 公里, 个, 家, 项, 名, 人次 … */
  unit: z.string(),
  kind: FigureKindSchema,
  /** What it measures, e.g. 实际利用内资市级指标任务累计到位额. */
  label: z.string(),
  /** For changes: 同比, 环比 or null. */
  basis: z.enum(['同比', '环比']).nullable().optional(),
  /** 超, 余, 约, 近, 以上 … when the article hedges the amount. */
  qualifier: z.string().nullable().optional(),
  sentence: z.string(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const PersonSchema = z.object({
  name: z.string(),
  /** Full title chain as written, split at 、: [蓟州区政协副主席, 区农业农村委主任]. */
  titles: z.array(z.string()),
  quotes: z.array(z.string()),
});
export type Person = z.infer<typeof PersonSchema>;

export const OrganizationSchema = z.object({
  name: z.string(),
  type: z.enum(['enterprise', 'agency', 'institute', 'school', 'association', 'other']),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const ProjectSchema = z.object({
  name: z.string(),
  /** planned 谋划/储备, signed 签约, starting 开工, building 在建, completed 竣工/投产, operating 运营, or null if the article does not say. */
  status: z.enum(['planned', 'signed', 'starting', 'building', 'completed', 'operating']).nullable(),
  /** Total investment in 元 where the article states it. */
  investment: z.number().nullable().optional(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const KeywordSchema = z.object({ word: z.string(), weight: z.number() });
export type Keyword = z.infer<typeof KeywordSchema>;

export const ThemeSchema = z.object({ name: z.string(), score: z.number() });
export type Theme = z.infer<typeof ThemeSchema>;

/** What segmentation finds: the article's text, in its parts. */
export const ArticleTextSchema = z.object({
  source: SourceRefSchema,
  /** Other files that carry the same story. */
  copies: z.array(SourceRefSchema),
  title: z.string(),
  kicker: z.string().nullable(),
  subtitle: z.string().nullable(),
  lead: z.string().nullable(),
  /** 天津北方网, 中新网, 本报 … */
  outlet: z.string().nullable(),
  /** 天津4月8日电 … */
  dateline: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) when the article or its source states one. */
  date: z.string().nullable(),
  bylines: z.array(BylineSchema),
  paragraphs: z.array(ParagraphSchema),
  /** zh-Hant when written in traditional characters (analysed in simplified form). */
  script: z.enum(['zh-Hans', 'zh-Hant']),
});
export type ArticleText = z.infer<typeof ArticleTextSchema>;

/** What analysis finds. */
export const ArticleFactsSchema = z.object({
  district: DistrictRefSchema.nullable(),
  places: z.array(PlaceSchema),
  figures: z.array(FigureSchema),
  people: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  projects: z.array(ProjectSchema),
  keywords: z.array(KeywordSchema),
  themes: z.array(ThemeSchema),
  /** Two or three whole sentences taken from the article. */
  summary: z.array(z.string()),
});
export type ArticleFacts = z.infer<typeof ArticleFactsSchema>;

export const ArticleSchema = z.object({ id: z.string() }).extend(ArticleTextSchema.shape).extend(ArticleFactsSchema.shape);
export type Article = z.infer<typeof ArticleSchema>;
