import { Packer } from 'docx';
import type { Document } from 'docx';
import { unzipDocx, type DocxParts } from './deterministic.js';

/** docx's compiler: the package's parts by path, before zipping (not in docx's typings, but what Packer zips). */
interface Compiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

/**
 * The parts of the Word package docx writes for `doc`, taken before docx zips them: the writer patches
 * the XML and zips once itself, instead of unzipping docx's zip and zipping it again.
 */
export async function documentParts(doc: Document): Promise<DocxParts> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  // A docx release without the compiler still gives the same parts, through its zip.
  if (typeof compiler?.compile !== 'function') return unzipDocx(await Packer.toBuffer(doc));
  return new Map(compiler.compile(doc));
}
