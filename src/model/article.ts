import { z } from 'zod';

export const SourceRefSchema = z
  .object({
    path: z.string().describe('Path relative to the input folder.'),
    startLine: z
      .number()
      .int()
      .describe("1-based, inclusive, in the source's text as read (for HTML, DOCX and PDF: the extracted text)."),
    endLine: z.number().int().describe('1-based, inclusive.'),
  })
  .meta({ id: 'SourceRef', title: 'Source reference', description: 'Where in an input file an article stands.' });
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const BylineSchema = z
  .object({
    role: z.string().describe('通讯员, 记者, 摄影, 编辑, 责任编辑, 作者 …'),
    names: z.array(z.string()),
    text: z.string().describe('The line as written, e.g. 通讯员 许磊.'),
  })
  .meta({ id: 'Byline', title: 'Byline', description: 'A credit line: who wrote, reported or photographed.' });
export type Byline = z.infer<typeof BylineSchema>;

export const ParagraphSchema = z
  .object({
    kind: z
      .enum(['text', 'heading', 'caption'])
      .describe('text: body paragraph; heading: a section heading inside the article; caption: photo caption.'),
    text: z.string().describe('Lines broken mid-sentence are joined again.'),
    line: z.number().int().describe('1-based line where the paragraph starts in the source text.'),
  })
  .meta({ id: 'Paragraph', title: 'Paragraph' });
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const PlaceLevelSchema = z.enum(['province', 'city', 'county', 'town', 'zone']);
export type PlaceLevel = z.infer<typeof PlaceLevelSchema>;

export const DistrictRefSchema = z
  .object({
    name: z.string().describe('e.g. 北辰区'),
    code: z.string().describe('Administrative division code (6 digits for a county, 4 for a city, 2 for a province).'),
    city: z.string().nullable(),
    province: z.string(),
    level: z
      .enum(['county', 'city', 'province'])
      .describe('county for a 区/县/县级市; city or province for an article about a whole city or province.'),
    confidence: z.number().describe('0..1'),
    evidence: z.array(z.string()).describe('Why: the mentions that decided it, e.g. "小淀镇 → 北辰区 (gazetteer, 4×)".'),
  })
  .meta({ id: 'DistrictRef', title: 'District attribution', description: 'The district an article is about, and why.' });
export type DistrictRef = z.infer<typeof DistrictRefSchema>;

export const PlaceSchema = z
  .object({
    name: z.string().describe('As written in the article.'),
    level: PlaceLevelSchema,
    code: z.string().nullable(),
    county: z.string().nullable().describe('The county it resolves to, where it does.'),
    mentions: z.number().int(),
  })
  .meta({ id: 'Place', title: 'Place', description: 'A place named in the article.' });
export type Place = z.infer<typeof PlaceSchema>;

export const FigureKindSchema = z.enum(['money', 'percent', 'change', 'count', 'quantity']);
export type FigureKind = z.infer<typeof FigureKindSchema>;

export const FigureSchema = z
  .object({
    text: z.string().describe('Exactly as in the article: 7.66亿元, 27.86%, 同比增长155.84%.'),
    value: z
      .number()
      .describe('Normalised: money in 元, percentages and changes as fractions (0.2786), quantities in the base unit.'),
    unit: z.string().describe('Base unit of value: 元, %, 吨, 亩, 平方米, 公里, 个, 家, 项, 名, 人次 …'),
    kind: FigureKindSchema,
    label: z.string().describe('What it measures, e.g. 实际利用内资市级指标任务累计到位额.'),
    basis: z.enum(['同比', '环比']).nullable().optional().describe('For changes: 同比, 环比 or null.'),
    qualifier: z.string().nullable().optional().describe('超, 余, 约, 近, 以上 … when the article hedges the amount.'),
    outlook: z
      .enum(['goal', 'forecast'])
      .optional()
      .describe('goal: a target the article sets (力争, 预期目标, a section of goals); forecast: what it expects (预计, 将, 达产后). Absent for a result.'),
    sentence: z.string().describe('The sentence it comes from.'),
  })
  .meta({ id: 'Figure', title: 'Figure', description: 'An amount the article states, normalised, with what it measures.' });
export type Figure = z.infer<typeof FigureSchema>;

/** A money figure's currency: 元 for yuan, else as the article wrote it (美元, 欧元, 港元). */
export function currencyOf(f: Pick<Figure, 'unit'>): string {
  return f.unit && f.unit !== '元' ? f.unit : '元';
}

/** Money in yuan: amounts in 美元 or 欧元 are on another scale, never set against (or stored as) yuan. */
export function isYuan(f: Pick<Figure, 'kind' | 'unit'>): boolean {
  return f.kind === 'money' && currencyOf(f) === '元';
}

export const PersonSchema = z
  .object({
    name: z.string(),
    titles: z.array(z.string()).describe('Full title chain as written, split at 、: [蓟州区政协副主席, 区农业农村委主任].'),
    quotes: z.array(z.string()).describe('What the article quotes them as saying.'),
  })
  .meta({ id: 'Person', title: 'Person' });
export type Person = z.infer<typeof PersonSchema>;

export const OrganizationSchema = z
  .object({
    name: z.string(),
    type: z.enum(['enterprise', 'agency', 'institute', 'school', 'association', 'other']),
  })
  .meta({ id: 'Organization', title: 'Organisation' });
export type Organization = z.infer<typeof OrganizationSchema>;

export const ProjectSchema = z
  .object({
    name: z.string(),
    status: z
      .enum(['planned', 'signed', 'starting', 'building', 'completed', 'operating'])
      .nullable()
      .describe(
        'planned 谋划/储备, signed 签约, starting 开工, building 在建, completed 竣工/投产, operating 运营, or null if the article does not say.',
      ),
    investment: z.number().nullable().optional().describe('Total investment in 元 where the article states it.'),
  })
  .meta({ id: 'Project', title: 'Project' });
export type Project = z.infer<typeof ProjectSchema>;

export const KeywordSchema = z.object({ word: z.string(), weight: z.number() }).meta({ id: 'Keyword', title: 'Keyword' });
export type Keyword = z.infer<typeof KeywordSchema>;

export const ThemeSchema = z
  .object({ name: z.string(), score: z.number() })
  .meta({ id: 'Theme', title: 'Theme', description: 'A beat from the theme taxonomy (乡村振兴, 招商引资 …) and how strongly the text speaks to it.' });
export type Theme = z.infer<typeof ThemeSchema>;

/** What segmentation finds: the article's text, in its parts. */
export const ArticleTextSchema = z.object({
  source: SourceRefSchema,
  copies: z.array(SourceRefSchema).describe('Other files that carry the same story.'),
  title: z.string().describe('The headline.'),
  kicker: z.string().nullable().describe('引题: the line above the headline.'),
  subtitle: z.string().nullable().describe('副题: the line below the headline.'),
  lead: z.string().nullable().describe('内容提要 or 导语, when the article has one.'),
  outlet: z.string().nullable().describe('天津北方网, 中新网, 本报 …'),
  dateline: z.string().nullable().describe('天津4月8日电 …'),
  date: z.string().nullable().describe('ISO date (YYYY-MM-DD) when the article or its source states one.'),
  bylines: z.array(BylineSchema),
  paragraphs: z.array(ParagraphSchema),
  script: z.enum(['zh-Hans', 'zh-Hant']).describe('zh-Hant when written in traditional characters (analysed in simplified form).'),
});
export type ArticleText = z.infer<typeof ArticleTextSchema>;

/** What analysis finds. */
export const ArticleFactsSchema = z.object({
  district: DistrictRefSchema.nullable().describe('null when no district, or more than one, could claim the article.'),
  places: z.array(PlaceSchema),
  figures: z.array(FigureSchema),
  people: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  projects: z.array(ProjectSchema),
  keywords: z.array(KeywordSchema),
  themes: z.array(ThemeSchema),
  summary: z.array(z.string()).describe('Two or three whole sentences taken from the article.'),
});
export type ArticleFacts = z.infer<typeof ArticleFactsSchema>;

export const ArticleSchema = z
  .object({ id: z.string().describe('Stable id from the content, so the same story in two files is one article.') })
  .extend(ArticleTextSchema.shape)
  .extend(ArticleFactsSchema.shape)
  .meta({ id: 'Article', title: 'Article', description: 'One news article: its text in its parts, and the facts found in it.' });
export type Article = z.infer<typeof ArticleSchema>;
