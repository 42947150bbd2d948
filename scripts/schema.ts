/**
 * Writes the JSON Schemas shipped in schema/ from the zod schemas they document:
 *   briefing.schema.json       output/briefing.json (src/model)
 *   district-view.schema.json  what a district template sees (src/render/view-schema.ts)
 *   overview-view.schema.json  what the overview template sees
 * Run `npm run schema` after changing a schema; a test fails while schema/ is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { BriefingSchema, SCHEMA_VERSION } from '../src/model/index.js';
import { districtViewSchema, overviewViewSchema } from '../src/render/view-schema.js';

export const SCHEMA_DIR = join(import.meta.dirname, '../schema');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Titles and descriptions of the files; the briefing's own come from its zod schema (src/model/briefing.ts).
const SCHEMAS: { file: string; schema: z.ZodType; title: string; description?: string }[] = [
  { file: 'briefing.schema.json', schema: BriefingSchema, title: `jianbao briefing model, schemaVersion ${SCHEMA_VERSION}` },
  {
    file: 'district-view.schema.json',
    schema: districtViewSchema,
    title: 'jianbao district view',
    description: 'What templates/district.md.hbs and its partials see: one district, every value formatted for Chinese readers.',
  },
  {
    file: 'overview-view.schema.json',
    schema: overviewViewSchema,
    title: 'jianbao overview view',
    description: 'What templates/overview.md.hbs and its partials see: the districts side by side.',
  },
];

// Keys a reader looks for first; the rest keep zod's order.
const FIRST_KEYS = ['$schema', '$id', 'title', 'description', 'type'];

/** Titles first, and `int`'s ±2^53 bounds dropped: they say nothing a reader needs. */
function tidy(node: Json, names = false): Json {
  if (Array.isArray(node)) return node.map((n) => tidy(n));
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  // The keys of properties and $defs are field names, kept in the model's order.
  const keys = names ? Object.keys(node) : [...FIRST_KEYS.filter((k) => k in node), ...Object.keys(node).filter((k) => !FIRST_KEYS.includes(k))];
  for (const key of keys) {
    const value = node[key]!;
    if (!names && (key === 'minimum' || key === 'maximum') && typeof value === 'number' && Math.abs(value) === Number.MAX_SAFE_INTEGER) continue;
    out[key] = tidy(value, !names && (key === 'properties' || key === '$defs'));
  }
  return out;
}

/** Every shipped schema file, by name, as the text to write. */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const { file, schema, title, description } of SCHEMAS) {
    const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as { [key: string]: Json };
    const doc = { ...generated, title, ...(description ? { description } : {}) };
    files[file] = JSON.stringify(tidy(doc), null, 2) + '\n';
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    writeFileSync(join(SCHEMA_DIR, name), text);
    console.log(`schema/${name}`);
  }
}
