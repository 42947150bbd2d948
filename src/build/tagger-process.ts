import { copyFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerLaunch } from './launch.js';
import { parseCodeHash } from './parse-cache.js';
import { encodeTags } from './tagger-wire.js';

/**
 * The build's tagger: a short-lived process that holds the one nodejieba dictionary of a build
 * (some 250 MB, which nodejieba never frees) and tags texts for every worker thread. When the
 * parse stage ends it is disconnected and exits, and the memory goes back to the system.
 *
 * It writes its user dictionary (gazetteer names) itself as soon as it starts, so that loading
 * the dictionary, the longest wait of the parse stage, does not wait for a worker thread too.
 * Messages in: { id, texts }; out: { id, tags } with tags[i] the words of texts[i] (see
 * tagger-wire.ts). Texts that come before the dictionary is loaded wait for it.
 */
type Jieba = {
  load(o: { userDict: string; idfDict?: string; stopWordDict?: string }): void;
  tag(text: string): { word: string; tag: string }[];
};
type Message = { id: number; texts: string[] } | { bye: true };

/**
 * A one-line stand-in for jieba's keyword files: tagging never reads them (keywords are scored in
 * JavaScript), and parsing the 6 MB IDF file took some 170 ms of the wait for the first tags.
 */
function stubFile(name: string, content: string): string {
  const file = join(tmpdir(), `jianbao-jieba-${name}.utf8`);
  if (!existsSync(file)) {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, file);
  }
  return file;
}

/**
 * The user dictionary's path. Its content follows from the gazetteer and the analysers' code alone,
 * so a copy is kept under the hash of that code: a later build skips building the gazetteer here,
 * and its first tags come some 400 ms sooner. Otherwise it is written by a thread of its own (see
 * userdict-thread.ts), or here when no thread can start.
 */
async function userDictFile(): Promise<string> {
  const kept = join(tmpdir(), `jianbao-userdict-code-${parseCodeHash().slice(0, 16)}.utf8`);
  if (existsSync(kept)) return kept;
  const file = await writtenUserDict();
  try {
    const temp = `${kept}.${process.pid}.tmp`;
    copyFileSync(file, temp);
    renameSync(temp, kept);
  } catch {
    // Only the next build's head start is lost.
  }
  return file;
}

function writtenUserDict(): Promise<string> {
  const launch = workerLaunch(import.meta.url, 'userdict-thread');
  if ('unavailable' in launch) return import('../analyse/_jieba.js').then(({ writeUserDict }) => writeUserDict());
  return new Promise((resolve, reject) => {
    const thread = new Worker(new URL(launch.filename), { execArgv: launch.execArgv });
    thread.once('message', (file: string) => resolve(file));
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the user dictionary thread exited with code ${code}`)));
  });
}

const nodejieba = createRequire(import.meta.url)('nodejieba') as Jieba;
const loaded = userDictFile().then((userDict) => {
  nodejieba.load({ userDict, idfDict: stubFile('idf-stub', '的 1\n'), stopWordDict: stubFile('stop-stub', '的\n') });
});
// Without its dictionary the tagger is of no use: the workers then tag for themselves.
loaded.catch(() => process.exit(1));

process.on('message', (m: Message) => {
  if ('bye' in m) {
    // What this process cost, for the build's timings; then the main process disconnects it.
    const u = process.resourceUsage();
    process.send?.({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 });
  } else void loaded.then(() => process.send?.({ id: m.id, tags: m.texts.map((t) => encodeTags(nodejieba.tag(t))) }));
});
process.on('disconnect', () => process.exit(0));
