import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { FigureKindSchema } from '../model/article.js';

// The gold set: one `<case>.yaml` per input file, naming the file and the facts a careful analyst
// takes from each of its articles. Inputs are kept as UTF-8 text so they can be reviewed; the ones
// that arrive in another encoding say so, and are written in it before the pipeline reads them.

const GOLD_ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5'] as const;
export type GoldEncoding = (typeof GOLD_ENCODINGS)[number];

const GoldFigureSchema = z
  .tuple([z.string().min(1), z.number(), FigureKindSchema])
  .transform(([text, value, kind]) => ({ text, value, kind }));

const GoldArticleSchema = z
  .object({
    title: z.string().min(1),
    /** Province, city and county joined by spaces (天津市 北辰区; 浙江省 嘉兴市 桐乡市), a city or province alone for a city- or province-wide article, or null when no district can be told. */
    district: z.string().min(1).nullable(),
    figures: z.array(GoldFigureSchema),
    /** name → its titles, in the order the article gives them. */
    people: z.record(z.string().min(1), z.array(z.string().min(1))),
    projects: z.array(z.string().min(1)),
    /** Left out when the case does not judge organisations. */
    organizations: z.array(z.string().min(1)).optional(),
  })
  .strict();

const GoldCaseSchema = z
  .object({
    input: z.string().min(1),
    encoding: z.enum(GOLD_ENCODINGS).default('utf-8'),
    articles: z.array(GoldArticleSchema).min(1),
  })
  .strict();

export type GoldFigure = z.infer<typeof GoldFigureSchema>;
export type GoldArticle = Omit<z.infer<typeof GoldArticleSchema>, 'people'> & {
  people: { name: string; titles: string[] }[];
};

export interface GoldCase {
  /** The YAML file's name without `.yaml`. */
  name: string;
  /** The input file, relative to the gold folder. */
  input: string;
  encoding: GoldEncoding;
  articles: GoldArticle[];
}

export class GoldSetError extends Error {}

/** Every case of the gold folder, sorted by name; a malformed file is an error naming it. */
export function loadGoldSet(dir: string): GoldCase[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return files.map((file) => goldCaseOf(file.slice(0, -'.yaml'.length), readFileSync(join(dir, file), 'utf8')));
}

export function goldCaseOf(name: string, yamlText: string): GoldCase {
  const parsed = GoldCaseSchema.safeParse(parseYaml(yamlText));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GoldSetError(`${name}.yaml: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const { input, encoding, articles } = parsed.data;
  return {
    name,
    input,
    encoding,
    articles: articles.map((a) => ({
      ...a,
      people: Object.entries(a.people).map(([personName, titles]) => ({ name: personName, titles })),
    })),
  };
}

/** The input's bytes as they arrive: its UTF-8 text written in the case's encoding. */
export function goldInputBytes(dir: string, c: GoldCase): Uint8Array {
  const text = readFileSync(join(dir, c.input), 'utf8');
  if (c.encoding === 'utf-8') return new TextEncoder().encode(text);
  const bytes = iconv.encode(text, c.encoding);
  // A character the encoding cannot hold would turn into '?': the fixture, not the reader, is wrong.
  if (iconv.decode(bytes, c.encoding) !== text) {
    throw new GoldSetError(`${c.input}: holds characters that ${c.encoding} cannot encode`);
  }
  return new Uint8Array(bytes);
}

/** The text of the input as written (UTF-8), for checks on the gold set itself. */
export function goldInputText(dir: string, c: GoldCase): string {
  return readFileSync(join(dir, c.input), 'utf8');
}
