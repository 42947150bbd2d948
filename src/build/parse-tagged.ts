import type { MessagePort } from 'node:worker_threads';
import { keywordParts } from '../analyse/keywords.js';
import { withPretagged } from '../analyse/_jieba.js';
import { analyseUntagged, type EarlyFacts } from '../analyse/index.js';
import { prepareArticle } from '../analyse/prepare.js';
import type { AnalysisContext } from '../analyse/types.js';
import type { Config } from '../config.js';
import type { InputFile } from './inputs.js';
import { analyseInput, segmentInput, type ParsedSource, type SegmentedInput } from './parse-input.js';
import { decodeTags, type WireTags } from './tagger-wire.js';

/** A message on a parse task's port: a worker asks the main thread to tag texts, and gets their tags (or null). */
export type TagRequest = { id: number; texts: string[] };
export type TagReply = { id: number; tags: WireTags[] | null };

/** Tags through the main thread, which passes them on to the build's tagger process. */
function remoteTagger(port: MessagePort): (texts: string[]) => Promise<WireTags[] | null> {
  const waiting = new Map<number, (tags: WireTags[] | null) => void>();
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

/** One file on its way through a worker: segmented, its texts sent for tagging, perhaps partly analysed. */
interface InFlight {
  segmented: SegmentedInput;
  texts: string[];
  tags: Promise<WireTags[] | null>;
  /** Whether the tags (or the news that there are none) have come. */
  settled: boolean;
  /** What the analysers that need no tags found, per article, once they ran. */
  early: Map<object, EarlyFacts> | null;
}

/**
 * Parses inputs in a worker with tags from the tagger process: every file is read and segmented
 * and its texts sent off for tagging before the first one is analysed. While a file's tags are on
 * their way (the tagger loads its dictionary for the first second or two), the thread runs the
 * analysers that need no tags on the files after it, so it keeps working. A text without tags is
 * tagged here instead (see tagWords), so results never depend on the tagger being there.
 */
export async function parseInputsTagged(inputs: InputFile[], config: Config, ctx: () => AnalysisContext, port: MessagePort): Promise<ParsedSource[]> {
  const tag = remoteTagger(port);
  const files: (InFlight | ParsedSource)[] = [];
  for (const input of inputs) {
    const segmented = await segmentInput(input, config);
    if ('source' in segmented) {
      files.push(segmented);
      continue;
    }
    const texts = textsToTag(segmented.segments.articles);
    const file: InFlight = { segmented, texts, tags: texts.length > 0 ? tag(texts) : Promise.resolve([]), settled: false, early: null };
    void file.tags.then(() => (file.settled = true));
    files.push(file);
  }
  // Texts are off to the tagger: the gazetteer is built while they are tagged, not after.
  const context = ctx();
  const parsed: ParsedSource[] = [];
  let ahead = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if ('source' in file) {
      parsed.push(file);
      continue;
    }
    // Let replies in; then, until this file's tags are here, work ahead on the files after it.
    await nextTurn();
    for (ahead = Math.max(ahead, i); !file.settled && ahead < files.length; ahead++) {
      const later = files[ahead]!;
      if ('source' in later || later.early) continue;
      later.early = new Map(later.segmented.segments.articles.map((a) => [a, analyseUntagged(a, context)]));
      await nextTurn();
    }
    const found = await file.tags;
    const table = new Map(found ? file.texts.map((t, j) => [t, decodeTags(found[j]!)]) : []);
    parsed.push(withPretagged(table, () => analyseInput(file.segmented, context, file.early ?? undefined)));
    files[i] = parsed[parsed.length - 1]!;
  }
  port.close();
  return parsed;
}

/** One turn of the event loop, so that messages waiting on the port are taken in. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
