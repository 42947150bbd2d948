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
  name: z.string().describe('区域观察简报'),
  issue: z.string().describe('第3期'),
  issueNumber: z.number(),
  unit: z.string().describe('编印单位'),
  date: z.string().describe('2023年4月21日'),
  dateIso: z.string(),
});

const periodSchema = z.object({
  since: z.string().nullable(),
  until: z.string().nullable(),
  text: z.string().nullable().describe('2023年4月1日至4月21日, or null when no article is dated.'),
});

const endblockSchema = z.object({
  lines: z.array(z.object({ label: z.string(), names: z.string(), list: z.array(z.string()) })).describe('One line per recipient group that has names: 报：… / 送：… / 发：…'),
  copies: z.number().nullable(),
  copiesText: z.string().nullable().describe('（共印30份）'),
  issuer: z.object({ unit: z.string(), date: z.string(), text: z.string() }).describe('The 编印 line: 区域观察编辑部　　2023年4月21日印发.'),
  showIssuer: z.boolean().describe('True when no recipients are configured: the 报尾 then holds the 编印 line.'),
});

export const figureViewSchema = z.object({
  label: z.string().describe('What it measures, e.g. 实际利用内资到位额; the clause around the figure when two rows would share a label.'),
  value: z.string().describe('Formatted for reading, with the growth rate of the same measure: 7.66亿元，同比增长155.84%; 30个.'),
  change: z.string().nullable().describe('The growth rate shown beside the amount (同比增长155.84%), or null.'),
  context: z.string().describe('The clause of the article that holds the figure.'),
  text: z.string().describe('Exactly as in the article.'),
  kind: z.enum(['money', 'percent', 'change', 'count', 'quantity']),
  raw: z.number(),
  unit: z.string(),
  basis: z.string().nullable(),
  qualifier: z.string().nullable(),
  outlook: z.enum(['goal', 'forecast']).nullable().describe('goal (目标) or forecast (预计) where the article does not report the figure as done, else null; the label says so too.'),
  sentence: z.string(),
  articleId: z.string(),
  articleNumber: z.number().nullable().describe('The article\'s number in 信息摘编, or null when the digest does not show it.'),
  source: z.string().describe('A short reference to the digest entry: （二）小淀镇.'),
  articleTitle: z.string(),
});

const projectViewSchema = z.object({
  name: z.string(),
  status: z.string().describe('谋划/签约/开工/在建/竣工/运营, or — when the article does not say.'),
  statusCode: z.string().nullable(),
  investment: z.string().describe('50亿元, or — when unknown.'),
  investmentValue: z.number().nullable(),
  source: z.string().describe('Titles of the articles that mention it, joined with 、.'),
});

const personViewSchema = z.object({
  name: z.string(),
  titles: z.string().describe('Titles joined with 、.'),
  titleList: z.array(z.string()),
  quote: z.string().describe('One quote, cut to whole sentences, without quotation marks.'),
  quoted: z.string().describe('The same in Chinese quotation marks: “…‘…’…” (a reported statement stays without them).'),
  quoteFull: z.string(),
  reported: z.boolean().describe('True when the article reports what the official said (贾占表示，……) rather than quoting it.'),
  source: z.string(),
});

const articleViewSchema = z.object({
  number: z.number().describe('1-based position in the digest.'),
  id: z.string(),
  title: z.string(),
  shortTitle: z.string().describe('The title short enough for a table cell.'),
  kicker: z.string().nullable(),
  subtitle: z.string().nullable(),
  lead: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  dateIso: z.string().nullable(),
  sourceFile: z.string().describe('Input file, relative to the input folder.'),
  files: z.array(z.string()).describe('Every file that carries the article, with its lines when the file holds several articles.'),
  lines: z.string().describe('第3—40行'),
  source: z.string().describe('天津北方网　2023年4月21日（000_x.txt）: outlet, date and files, the parts that are known.'),
  meta: z.string().describe('来源：followed by source.'),
  bylines: z.string(),
  summary: z.array(z.string()),
  district: z.string().nullable().describe('District name (for the overview\'s unassigned list: null).'),
});

const keyPointSchema = z.object({
  text: z.string(),
  articleId: z.string().nullable(),
  articleTitle: z.string().nullable(),
});

const placeSchema = z.object({
  name: z.string(),
  fullName: z.string().describe('天津市北辰区'),
  city: z.string().nullable(),
  province: z.string(),
  code: z.string(),
  slug: z.string(),
});

export const districtViewSchema = z.object({
  kind: z.literal('district'),
  masthead: mastheadSchema,
  district: z.string().describe('The district\'s name, e.g. 北辰区.'),
  place: placeSchema,
  title: z.string().describe('北辰区工作动态'),
  period: periodSchema,
  note: z.string().nullable().describe('按语, or null.'),
  articleCount: z.number(),
  toc: z.boolean().describe('True for a long briefing (more articles than the toc threshold): a 目录 follows the title.'),
  keyPoints: z.array(keyPointSchema).describe('本期要点: at most one per article; empty when it would repeat the only digest entry.'),
  figures: z.array(figureViewSchema),
  figureSources: z.boolean().describe('True when the figures come from more than one article, so the table needs a 来源 column.'),
  projects: z.array(projectViewSchema),
  projectColumns: z.object({ status: z.boolean(), investment: z.boolean() }).describe('Which project columns have anything to show.'),
  projectNames: z.string().describe('The projects\' names joined with 、 (for when neither column has anything).'),
  people: z.array(personViewSchema),
  articles: z.array(articleViewSchema).describe('信息摘编: by date, then in order, at most maxDigest.'),
  digestMore: z.object({ count: z.number(), text: z.string() }).nullable().describe('The articles the digest leaves out: their count and a line that says where they are.'),
  keywords: z.array(z.object({ word: z.string(), weight: z.number() })),
  keywordText: z.string(),
  themes: z.array(z.object({ name: z.string(), score: z.number() })),
  themeText: z.string(),
  chart: chartSpecSchema.nullable().describe('A chart of the key money figures, else of the changes, else of the themes, when there are enough values.'),
  chartOf: z.enum(['figures', 'themes']).nullable().describe('What the chart shows, so a template can place it in the right section.'),
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
  headline: z.array(z.object({ label: z.string(), value: z.string() })).describe('The district\'s top figures: [{ label, value }].'),
  headlineText: z.string().describe('The same, as one line: 实际利用内资7.66亿元；注册资金1.29亿元.'),
  topAmount: z.object({ label: z.string(), value: z.string(), raw: z.number() }).nullable().describe('The largest single amount of money and what it measures, or null. Amounts are never summed.'),
  topAmountText: z.string().describe('The same as one string (协议投资额超100亿元), or — when there is none.'),
  share: z.string().describe('The district\'s share of the briefing\'s articles: 60%.'),
  files: z.object({ pdf: z.string(), docx: z.string(), html: z.string() }).describe('The district briefing\'s file names and URL-safe links, by format.'),
  hrefs: z.object({ pdf: z.string(), docx: z.string(), html: z.string() }),
});

export const overviewViewSchema = z.object({
  kind: z.literal('overview'),
  masthead: mastheadSchema,
  title: z.string().describe('各区工作动态综述'),
  period: periodSchema,
  note: z.string().nullable(),
  districtCount: z.number(),
  articleCount: z.number(),
  unassignedCount: z.number().describe('Articles no district could claim.'),
  unassigned: z.array(articleViewSchema),
  districts: z.array(districtRowSchema).describe('In the briefing\'s order.'),
  ranking: z.array(districtRowSchema).describe('By article count, then the largest amount.'),
  chart: chartSpecSchema.nullable(),
  endblock: endblockSchema,
  generatedAt: z.string(),
});
export type OverviewView = z.infer<typeof overviewViewSchema>;

export type ArticleView = z.infer<typeof articleViewSchema>;
export type FigureView = z.infer<typeof figureViewSchema>;
export type EndblockView = z.infer<typeof endblockSchema>;
export type MastheadView = z.infer<typeof mastheadSchema>;
