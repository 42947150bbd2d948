import type { MessagePort } from 'node:worker_threads';
import { keywordParts } from '../analyse/keywords.js';
import { withPretagged, type TaggedWord } from '../analyse/_jieba.js';
import { prepareArticle } from '../analyse/prepare.js';
import type { AnalysisContext } from '../analyse/types.js';
import type { Config } from '../config.js';
import type { InputFile } from './inputs.js';
import { analyseInput, segmentInput, type ParsedSource } from './parse-input.js';

/** A message on a parse task's port: a worker asks the main thread to tag texts, and gets their tags (or null). */
export type TagRequest = { id: number; texts: string[] };
export type TagReply = { id: number; tags: TaggedWord[][] | null };

/** Tags through the main thread, which passes them on to the build's tagger process. */
function remoteTagger(port: MessagePort): (texts: string[]) => Promise<TaggedWord[][] | null> {
  const waiting = new Map<number, (tags: TaggedWord[][] | null) => void>();
  let next = 0;
  port.on('message', (m: TagReply) => {
    waiting.get(m.id)?.(m.tags);
    waiting.delete(m.id);
  });
  return (texts) =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      port.postMessage({ id, texts } satisfies TagRequest);
    });
}

/** The texts the keyword analyser will tag in a file's articles, each once. */
function textsToTag(articles: Parameters<typeof prepareArticle>[0][]): string[] {
  return [...new Set(articles.flatMap((a) => keywordParts(prepareArticle(a)).map(([text]) => text)))];
}

/**
 * Parses inputs in a worker with tags from the tagger process: every file is read and segmented
 * and its texts sent off for tagging before the first one is analysed, so the thread keeps working
 * while tags travel. A text without tags is tagged here instead (see tagWords), so results never
 * depend on the tagger being there.
 */
export async function parseInputsTagged(inputs: InputFile[], config: Config, ctx: AnalysisContext, port: MessagePort): Promise<ParsedSource[]> {
  const tag = remoteTagger(port);
  const steps = [];
  for (const input of inputs) {
    const segmented = await segmentInput(input, config);
    if ('source' in segmented) {
      steps.push(async () => segmented);
      continue;
    }
    const texts = textsToTag(segmented.segments.articles);
    const tags = texts.length > 0 ? tag(texts) : Promise.resolve([]);
    steps.push(async () => {
      const found = await tags;
      const table = new Map(found ? texts.map((t, i) => [t, found[i]!]) : []);
      return withPretagged(table, () => analyseInput(segmented, ctx));
    });
  }
  const parsed: ParsedSource[] = [];
  for (const step of steps) parsed.push(await step());
  port.close();
  return parsed;
}
