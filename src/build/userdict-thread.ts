import { parentPort } from 'node:worker_threads';
import { writeUserDict } from '../analyse/_jieba.js';

// A thread of the tagger process that writes nodejieba's user dictionary (the gazetteer's names)
// and ends: building the gazetteer takes some 100 MB, which goes with the thread instead of staying
// in the tagger process beside the dictionary for the whole parse stage.
parentPort?.postMessage(writeUserDict());
