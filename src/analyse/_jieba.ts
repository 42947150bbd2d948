import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gazetteerWords } from './gazetteer.js';
import { IdfTable } from './_idf.js';

type Jieba = typeof import('nodejieba');

/** Policy and economy terms a regional briefing talks in; each must stay one word. */
const DOMAIN_WORDS = [
  '招商引资', '专精特新', '京津冀协同发展', '京津冀', '营商环境', '高质量发展', '乡村振兴', '文旅融合', '重点项目', '项目为王',
  '双招双引', '招才引智', '产业链', '链长制', '新能源', '新材料', '城市更新', '专项债', '固定资产投资', '小巨人', '开门红',
  '点状供地', '智慧旅游', '全域旅游', '数字经济', '数字化转型', '智能制造', '先进制造业', '现代服务业', '新质生产力', '科技创新',
  '碳达峰', '碳中和', '绿色低碳', '人居环境', '美丽乡村', '共同富裕', '一网通办', '放管服', '助企纾困', '纾困解难', '河长制',
  '林长制', '生态涵养区', '产业园区', '总部经济', '楼宇经济', '夜间经济', '首店经济', '商圈', '消费券', '以旧换新', '专班',
  '包联', '双万双服', '十项行动', '党建引领', '基层治理', '网格化', '老旧小区改造', '一老一小', '医共体', '家门口',
  '农文旅', '文创', '非遗', '研学', '康养', '冷链物流', '跨境电商', '保税', '自贸区', '孵化器', '众创空间', '独角兽', '瞪羚企业',
];

let loaded: Jieba | null = null;

/** nodejieba with the gazetteer and the domain words in its user dictionary, loaded once per process. */
export function jieba(): Jieba {
  if (loaded) return loaded;
  const nodejieba = nodejiebaModule();
  nodejieba.load({ userDict: writeUserDict() });
  loaded = nodejieba;
  return loaded;
}

/** The module, its dictionary not loaded (nodejieba loads it on first use). */
function nodejiebaModule(): Jieba {
  return createRequire(import.meta.url)('nodejieba') as Jieba;
}

export type TaggedWord = { word: string; tag: string };

// Tags computed elsewhere (the build's tagger process), by text: a worker thread then needs no
// dictionary of its own, which costs some 250 MB per thread.
let pretagged: ReadonlyMap<string, TaggedWord[]> | null = null;

/** The words of a text with their parts of speech: from the tags handed in, else from nodejieba here. */
export function tagWords(text: string): TaggedWord[] {
  return pretagged?.get(text) ?? jieba().tag(text);
}

/** Runs `work` with tags computed elsewhere for the texts it will tag. */
export function withPretagged<T>(tags: ReadonlyMap<string, TaggedWord[]>, work: () => T): T {
  const before = pretagged;
  pretagged = tags;
  try {
    return work();
  } finally {
    pretagged = before;
  }
}

/** `word freq tag` per line, in os.tmpdir(), named by its content so workers and runs share one file. */
export function writeUserDict(): string {
  const lines = [
    ...gazetteerWords().map((w) => `${w} 3000 ns`),
    ...DOMAIN_WORDS.map((w) => `${w} 5000 n`),
  ];
  const content = lines.join('\n') + '\n';
  const file = join(tmpdir(), `jianbao-userdict-${createHash('sha256').update(content).digest('hex').slice(0, 16)}.utf8`);
  if (!existsSync(file)) {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, file);
  }
  return file;
}

/**
 * True when the text is a word of jieba's dictionary more common than `below` (an inverse document
 * frequency; by default any word of it): 居民满意度 holds no person 满意度, 三位一体 no amount 三位.
 */
export function isDictionaryWord(text: string, below = Infinity): boolean {
  const value = inverseDocumentFrequency().table.get(text);
  return value !== undefined && value < below;
}

let idf: { table: IdfTable; average: number } | null = null;

/** jieba's inverse document frequencies; unknown words (new place names) get the average. */
export function inverseDocumentFrequency(): { table: IdfTable; average: number } {
  if (idf) return idf;
  // The file's path only: reading it needs no dictionary loaded.
  const nodejieba = nodejiebaModule() as Jieba & { DEFAULT_IDF_DICT: string };
  const table = new IdfTable(readFileSync(nodejieba.DEFAULT_IDF_DICT, 'utf8'));
  idf = { table, average: table.size > 0 ? table.sum / table.size : 10 };
  return idf;
}
