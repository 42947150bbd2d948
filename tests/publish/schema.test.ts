import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonSchemaFiles, SCHEMA_DIR } from '../../scripts/schema.js';
import { loadConfig } from '../../src/config.js';
import { BriefingSchema, type Briefing } from '../../src/model/index.js';
import { parseAll } from '../../src/parse.js';
import { buildDistrictView, buildOverviewView } from '../../src/render/view.js';
import { sampleBriefing, sampleSettings } from '../fixtures/render/briefing.js';
import { unsupportedKeywords, validate } from './_json-schema.js';

const ROOT = join(import.meta.dirname, '../..');
type Schema = { [key: string]: unknown };
const shipped = (name: string) => JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Schema;
const FILES = ['briefing.schema.json', 'district-view.schema.json', 'overview-view.schema.json'];

let seeds: Briefing;
beforeAll(async () => {
  const { config } = loadConfig({ cwd: mkdtempSync(join(tmpdir(), 'jianbao-schema-')), overrides: { input: join(ROOT, 'input') } });
  // Through JSON, as a reader of output/briefing.json gets it.
  seeds = JSON.parse(JSON.stringify((await parseAll(config, { issue: 1 })).briefing)) as Briefing;
}, 120_000);

describe('the shipped JSON Schemas', () => {
  const fresh = jsonSchemaFiles();

  it.each(FILES)('schema/%s is what `npm run schema` generates today', (name) => {
    const committed = readFileSync(join(SCHEMA_DIR, name), 'utf8');
    expect(committed, `schema/${name} is stale: run npm run schema`).toBe(fresh[name]);
  });

  it('ships every generated file, and nothing else', () => {
    expect(Object.keys(fresh).sort()).toEqual([...FILES].sort());
  });

  it.each(FILES)('%s uses only the keywords the check below reads', (name) => {
    expect(unsupportedKeywords(shipped(name))).toEqual([]);
  });

  it('documents the fields design.md promises template authors', () => {
    const schema = shipped('briefing.schema.json');
    const defs = schema.$defs as Record<string, { properties: Record<string, unknown>; description?: string }>;
    const fields = (def: string) => Object.keys(defs[def]!.properties);
    expect(Object.keys(schema.properties as object)).toEqual(expect.arrayContaining(['schemaVersion', 'sources', 'articles', 'districts', 'diagnostics']));
    expect(fields('Source')).toEqual(expect.arrayContaining(['path', 'format', 'encoding', 'sha256', 'articleIds', 'discarded']));
    expect(fields('Article')).toEqual(
      expect.arrayContaining(['id', 'source', 'title', 'kicker', 'lead', 'outlet', 'dateline', 'bylines', 'paragraphs', 'district', 'places', 'figures', 'people', 'organizations', 'projects', 'keywords', 'themes', 'summary']),
    );
    expect(fields('Figure')).toEqual(expect.arrayContaining(['text', 'value', 'unit', 'kind', 'label', 'sentence']));
    expect(fields('District')).toEqual(expect.arrayContaining(['name', 'code', 'city', 'province', 'articleIds', 'figures', 'projects', 'people', 'keywords', 'themes', 'summary']));
    expect(fields('Diagnostic')).toEqual(expect.arrayContaining(['level', 'code', 'message', 'source', 'line']));
    expect(defs.Figure!.description).toBeTruthy();
    expect(JSON.stringify(defs.Figure)).toContain('money in 元');
  });

  it('is exported by the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files?: string[] };
    for (const name of FILES) {
      expect(pkg.exports[`./schema/${name}`]).toBe(`./schema/${name}`);
      expect(existsSync(join(ROOT, 'schema', name))).toBe(true);
    }
    // Without a files list npm ships every file that git does; with one, schema/ must be in it.
    if (pkg.files) expect(pkg.files).toContain('schema');
  });
});

describe('briefings validate against the shipped schema', () => {
  it("the seeds' model: valid, and the zod model keeps every field (nothing undocumented)", () => {
    expect(validate(shipped('briefing.schema.json'), seeds)).toEqual([]);
    expect(BriefingSchema.parse(seeds)).toEqual(seeds);
  });

  it('a hand-written briefing with optional fields, nulls and a traditional-script article', () => {
    const b = sampleBriefing();
    b.articles[0]!.script = 'zh-Hant';
    b.diagnostics = [{ level: 'warning', code: 'READ_ENCODING', message: 'guessed GB18030', source: 'a.txt', line: 3, column: 7 }];
    expect(validate(shipped('briefing.schema.json'), JSON.parse(JSON.stringify(b)))).toEqual([]);
  });

  it.each([
    ['a figure value as text', (b: Briefing) => Object.assign(b.articles[0]!.figures[0]!, { value: '7.66亿元' }), '$.articles[0].figures[0].value: string, not number'],
    ['an unknown field', (b: Briefing) => Object.assign(b.districts[0]!, { mayor: '某某' }), '$.districts[0].mayor: not in the schema'],
    ['a missing field', (b: Briefing) => delete (b.sources[0] as Partial<Briefing['sources'][number]>).encoding, '$.sources[0].encoding: missing'],
    ['an unknown figure kind', (b: Briefing) => Object.assign(b.articles[0]!.figures[0]!, { kind: 'ratio' }), '$.articles[0].figures[0].kind: "ratio" not in enum'],
    ['a wrong schemaVersion', (b: Briefing) => Object.assign(b, { schemaVersion: 2 }), '$.schemaVersion: not 1'],
  ])('rejects %s, naming where', (_, spoil, expected) => {
    const b = structuredClone(seeds);
    spoil(b);
    expect(validate(shipped('briefing.schema.json'), b)).toContain(expected);
  });

  it('the view models templates see, built from the seeds, match the view schemas', () => {
    const settings = sampleSettings({ issue: 1 });
    for (const d of seeds.districts) {
      expect(validate(shipped('district-view.schema.json'), JSON.parse(JSON.stringify(buildDistrictView(seeds, d, settings))))).toEqual([]);
    }
    expect(validate(shipped('overview-view.schema.json'), JSON.parse(JSON.stringify(buildOverviewView(seeds, settings))))).toEqual([]);
  });
});
