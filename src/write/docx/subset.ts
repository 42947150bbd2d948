import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontFace } from '../fonts.js';

/** The part of harfbuzz's subsetter (harfbuzzjs' hb-subset build) used here; pointers are numbers into its memory. */
interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

let instance: HarfBuzz | undefined;

/** The subsetter, compiled once per process (or worker); it has no imports, so it can be built synchronously. */
function harfbuzz(): HarfBuzz {
  if (!instance) {
    const file = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {}).exports as unknown as HarfBuzz;
    instance._initialize();
  }
  return instance;
}

/**
 * Each font file copied into harfbuzz's memory once and kept as a face: copying a 10 MB CJK font and
 * re-reading its tables for every document was most of what subsetting cost.
 */
const faces = new Map<string, number>();

function hbFace(face: FontFace): number {
  let pointer = faces.get(face.file);
  if (pointer === undefined) {
    const hb = harfbuzz();
    const data = hb.malloc(face.bytes.byteLength);
    new Uint8Array(hb.memory.buffer).set(face.bytes, data);
    const blob = hb.hb_blob_create(data, face.bytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    pointer = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    faces.set(face.file, pointer);
  }
  return pointer;
}

export interface SubsetOptions {
  /** Name records to keep besides harfbuzz's default (IDs 0–6), e.g. 16, the typographic family resvg matches on. */
  nameIds?: number[];
}

/**
 * A TrueType subset of `face` holding the glyphs of `text` (and what its layout tables need for them),
 * with every layout feature kept and no layout closure: vertical and variant forms are never drawn.
 * The same face and text give the same bytes.
 */
export function subsetFace(face: FontFace, text: string, options: SubsetOptions = {}): Buffer {
  const hb = harfbuzz();
  const source = hbFace(face);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new SubsetError(face, 'could not create a subset input');
  let subset = 0;
  try {
    // All layout features, as hb-subset --layout-features='*'.
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const names = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
    for (const id of options.nameIds ?? []) hb.hb_set_add(names, id);
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
    subset = hb.hb_subset_or_fail(source, input);
  } finally {
    hb.hb_subset_input_destroy(input);
  }
  if (subset === 0) throw new SubsetError(face, 'harfbuzz could not subset it');
  const blob = hb.hb_face_reference_blob(subset);
  try {
    const at = hb.hb_blob_get_data(blob, 0);
    const length = hb.hb_blob_get_length(blob);
    if (length === 0) throw new SubsetError(face, 'the subset is empty');
    // The memory may have grown (and moved) while subsetting: view it only now, and copy out.
    return Buffer.from(new Uint8Array(hb.memory.buffer, at, length));
  } finally {
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
  }
}

export class SubsetError extends Error {
  constructor(face: FontFace, reason: string) {
    super(`cannot subset font ${face.file}: ${reason}`);
    this.name = 'SubsetError';
  }
}
