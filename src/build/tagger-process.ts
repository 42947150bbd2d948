import { createRequire } from 'node:module';

/**
 * The build's tagger: a short-lived process that holds the one nodejieba dictionary of a build
 * (some 250 MB, which nodejieba never frees) and tags texts for every worker thread. When the
 * parse stage ends it is disconnected and exits, and the memory goes back to the system.
 *
 * Messages in: { start: userDictPath } once (a worker writes that file: it has the gazetteer
 * loaded anyway), then { id, texts }; out: { id, tags } with tags[i] the words of texts[i].
 */
type Jieba = { load(o: { userDict: string }): void; tag(text: string): { word: string; tag: string }[] };
type Message = { start: string } | { id: number; texts: string[] } | { bye: true };

const nodejieba = createRequire(import.meta.url)('nodejieba') as Jieba;
process.on('message', (m: Message) => {
  if ('start' in m) nodejieba.load({ userDict: m.start });
  else if ('bye' in m) {
    // What this process cost, for the build's timings; then the main process disconnects it.
    const u = process.resourceUsage();
    process.send?.({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 });
  } else process.send?.({ id: m.id, tags: m.texts.map((t) => nodejieba.tag(t)) });
});
process.on('disconnect', () => process.exit(0));
