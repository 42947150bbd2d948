import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { generateArticle, type CorpusArticle } from './corpus/article.js';
import { newspaperPage, webArticle } from './corpus/layout.js';
import { corpusDistricts, type CorpusDistrict } from './corpus/places.js';
import { Random } from './corpus/random.js';

export interface CorpusOptions {
  /** Distinct articles to write (republished copies come on top). */
  articles: number;
  seed?: number;
  /** Counties of other provinces besides Tianjin's 16 districts (0–8). */
  otherCounties?: number;
  /** Share of files written in GB18030, as older district sites and e-paper exports are. */
  gb18030Share?: number;
  /** Share of web articles that a second outlet republishes (merged into one article by the build). */
  republishShare?: number;
  /** The year the articles' dates spread over. */
  year?: number;
}

export interface CorpusFile {
  name: string;
  bytes: Buffer;
  encoding: 'utf-8' | 'gb18030';
  /** Articles the file holds (a newspaper page holds several). */
  articles: number;
}

export interface Corpus {
  files: CorpusFile[];
  /** Distinct articles, by district name. */
  byDistrict: Record<string, number>;
  articles: number;
  copies: number;
}

export const DEFAULTS = { seed: 20230421, otherCounties: 4, gb18030Share: 0.15, republishShare: 0.03, year: 2023 } as const;

function pickDistrict(rng: Random, districts: CorpusDistrict[]): CorpusDistrict {
  return rng.weighted(districts.map((d) => [d, d.weight] as const));
}

function dayOf(rng: Random, year: number): Date {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return new Date(start + rng.int(0, days - 1) * 86_400_000);
}

/**
 * N articles in the style of the seeds, as files: newspaper pages of 2–5 articles (kickers,
 * bylines, lines broken mid-sentence, announcements) and single web articles (内容提要, outlet
 * opener), some GB18030-encoded, some republished by a second outlet. Deterministic for a seed.
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const o = { ...DEFAULTS, ...options };
  const rng = new Random(o.seed);
  const districts = corpusDistricts(o.otherCounties);
  const texts: { text: string; articles: number }[] = [];
  const republished: CorpusArticle[] = [];
  const byDistrict: Record<string, number> = {};
  const count = (a: CorpusArticle) => (byDistrict[a.district.name] = (byDistrict[a.district.name] ?? 0) + 1);
  let made = 0;
  while (made < o.articles) {
    const date = dayOf(rng, o.year);
    if (rng.chance(0.45)) {
      const k = Math.min(o.articles - made, rng.int(2, 5));
      const page = Array.from({ length: k }, () => generateArticle(rng, pickDistrict(rng, districts), date));
      page.forEach(count);
      texts.push({ text: newspaperPage(rng, page), articles: k });
      made += k;
    } else {
      const a = generateArticle(rng, pickDistrict(rng, districts), date);
      count(a);
      texts.push({ text: webArticle(rng, a), articles: 1 });
      if (rng.chance(o.republishShare)) republished.push(a);
      made += 1;
    }
  }
  // A second outlet's copy of the same story arrives later, in a file of its own.
  republished.forEach((a, i) => texts.push({ text: webArticle(rng, a, i + 1), articles: 1 }));
  const width = Math.max(3, String(texts.length).length);
  const files = texts.map(({ text, articles }, i): CorpusFile => {
    const gb = rng.chance(o.gb18030Share);
    return {
      name: `${String(i).padStart(width, '0')}_${rng.hex(16)}.txt`,
      bytes: gb ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8'),
      encoding: gb ? 'gb18030' : 'utf-8',
      articles,
    };
  });
  return { files, byDistrict, articles: made, copies: republished.length };
}

/** Writes the corpus into `dir` (created if needed) and returns what it wrote. */
export function writeCorpus(dir: string, options: CorpusOptions): Corpus {
  const corpus = generateCorpus(options);
  mkdirSync(dir, { recursive: true });
  for (const f of corpus.files) writeFileSync(join(dir, f.name), f.bytes);
  return corpus;
}

// tsx bench/corpus.ts --articles 200 --out /tmp/corpus [--seed N]: the corpus alone, to read or to build by hand.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('out') ?? 'bench-corpus';
  const corpus = writeCorpus(out, { articles: Number(arg('articles') ?? 100), ...(arg('seed') ? { seed: Number(arg('seed')) } : {}) });
  process.stdout.write(`${corpus.articles} articles (+${corpus.copies} republished copies) in ${corpus.files.length} files → ${out}\n`);
}
