#!/usr/bin/env node
/**
 * Run after `npm ci` / `npm install` (package.json "postinstall"). nodejieba's load() builds its
 * word dictionary twice: once for the segmenter and tagger, and once more for a TextRank keyword
 * extractor that jianbao never calls. That second copy is some 130 MB and half a second of the
 * build's tagger process (measured: load 940 → 470 ms, resident memory 311 → 180 MB). cppjieba
 * has a TextRankExtractor constructor that shares the first dictionary; this script rebuilds
 * nodejieba's native module with that one line changed, so both use the same dictionary.
 * Tagging is untouched: the same dictionary, model and code tag the same words.
 *
 * It never leaves nodejieba broken. The module is built in a folder of its own, checked (loaded
 * and made to tag a sentence the way the installed one does) and only then moved over the
 * installed one. Without a C++ toolchain, with a nodejieba whose source has changed, or on any
 * failure, it says so in one line and leaves the installed module as it is: builds then work as
 * before, with the larger tagger.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const SEPARATE = /new\s+cppjieba\s*::\s*TextRankExtractor\(\s*dictPath\s*,\s*modelPath\s*,\s*stopWordsPath\s*,\s*userDictPath\s*\)/;
const SHARED = 'new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath)';

function say(message) {
  process.stderr.write(`jianbao: nodejieba: ${message}\n`);
}

/** What the module at `binary` makes of a sentence with nodejieba's own dictionaries, as JSON. */
function tagsBy(binary, root) {
  const dict = (name) => join(root, 'submodules', 'cppjieba', 'dict', name);
  const probe = `const b = require(${JSON.stringify(binary)});
b.load(${['jieba.dict.utf8', 'hmm_model.utf8', 'user.dict.utf8', 'idf.utf8', 'stop_words.utf8'].map((n) => JSON.stringify(dict(n))).join(', ')});
process.stdout.write(JSON.stringify(b.tag('天津市滨海新区举行重点项目集中开工活动，总投资86.5亿元。')));`;
  return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function main() {
  let root;
  try {
    root = dirname(require.resolve('nodejieba/package.json'));
  } catch {
    return; // not installed (yet): nothing to do
  }
  const source = join(root, 'lib', 'nodejieba.cpp');
  const installed = join(root, 'build', 'Release', 'nodejieba.node');
  if (!existsSync(source) || !existsSync(installed)) return say('no source or no built module found; left as it is');
  const code = readFileSync(source, 'utf8');
  if (code.includes(SHARED)) return; // done by an earlier install
  if (!SEPARATE.test(code)) return say('its load() is not the one this script knows; left as it is');
  const gyp = process.env.npm_config_node_gyp;
  if (!gyp || !existsSync(gyp)) return say('node-gyp not found (run through npm to have it); left as it is');

  // Inside node_modules, so that binding.gyp finds node-addon-api from there.
  const work = join(dirname(root), '.jianbao-nodejieba-build');
  rmSync(work, { recursive: true, force: true });
  try {
    mkdirSync(work, { recursive: true });
    copyFileSync(join(root, 'binding.gyp'), join(work, 'binding.gyp'));
    cpSync(join(root, 'lib'), join(work, 'lib'), { recursive: true });
    for (const dir of ['include', join('deps', 'limonp', 'include')]) {
      cpSync(join(root, 'submodules', 'cppjieba', dir), join(work, 'submodules', 'cppjieba', dir), { recursive: true });
    }
    const patched = code.replace(SEPARATE, SHARED);
    writeFileSync(join(work, 'lib', 'nodejieba.cpp'), patched);
    execFileSync(process.execPath, [gyp, 'rebuild'], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    const built = join(work, 'build', 'Release', 'nodejieba.node');
    if (tagsBy(built, root) !== tagsBy(installed, root)) throw new Error('the rebuilt module tags differently');
    const temp = `${installed}.${process.pid}.tmp`;
    copyFileSync(built, temp);
    renameSync(temp, installed);
    writeFileSync(source, patched);
    say('rebuilt with one word dictionary instead of two');
  } catch (e) {
    const stderr = e?.stderr?.toString().trim();
    const detail = stderr ? stderr.split('\n').pop() : e instanceof Error ? e.message : String(e);
    say(`not rebuilt (${detail}); left as it is`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
