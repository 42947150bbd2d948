import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtSlug, safeFileStem } from '../../src/assemble.js';
import type { StageDiagnostic } from '../../src/model/diagnostic.js';
import { checkTemplates } from '../../src/render/check.js';
import { parseMarkdown } from '../../src/render/markdown.js';
import { loadTemplateSet, renderTemplate } from '../../src/render/templates.js';
import { loadAsset } from '../../src/write/assets.js';
import { BUNDLED_FONTS_DIR } from '../../src/write/bundled-fonts.js';
import { FontNotFoundError, FontSet } from '../../src/write/fonts.js';
import { loadWriter } from '../../src/write/load.js';
import { resolveTheme } from '../../src/write/theme.js';
import type { WriteContext } from '../../src/write/types.js';
import { png } from './_png.js';
import { workspace } from './_workspace.js';

let ws: ReturnType<typeof workspace>;
let templates: string;
let outside: string;
const SECRET = '机密：不应出现在简报中';

beforeAll(() => {
  ws = workspace('security');
  templates = join(ws.dir, 'templates');
  outside = join(ws.dir, 'outside');
  mkdirSync(join(templates, 'img'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(templates, 'img', 'logo.png'), png(40, 20));
  writeFileSync(join(outside, 'secret.png'), png(30, 30, [0, 0, 0]));
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  symlinkSync(join(outside, 'secret.png'), join(templates, 'img', 'link.png'));
  writeFileSync(join(templates, '..hidden.png'), png(10, 10)); // a name with dots, inside: allowed
});
afterAll(() => ws.remove());

describe('Handlebars with untrusted templates', () => {
  const probes = [
    '{{constructor.constructor}}',
    '{{__proto__}}',
    '{{lookup this "constructor"}}',
    '{{#with (lookup this "constructor")}}{{name}}{{/with}}',
    '{{constructor.name}}',
    '{{title.constructor.name}}',
    '{{#with __proto__}}{{constructor}}{{/with}}',
    '{{#each (lookup this "__proto__")}}{{@key}}{{/each}}',
    '{{lookup (lookup this "constructor") "prototype"}}',
  ];

  it.each(probes)('%s gives nothing', (probe) => {
    writeFileSync(join(templates, 'district.md.hbs'), `[${probe}]\n`);
    const set = loadTemplateSet([templates]);
    const { markdown } = renderTemplate(set, 'district', { title: '北辰区' } as never);
    expect(markdown).toBe('[]\n');
  });

  it('has no helper that reads a file, whatever path it is given', () => {
    const set = loadTemplateSet([templates]);
    const secret = join(outside, 'secret.txt');
    const structural = new Set(['each', 'if', 'unless', 'with', 'lookup', 'log', 'blockHelperMissing', 'helperMissing']);
    const names = Object.keys(set.env.helpers).filter((h) => !structural.has(h) && !h.startsWith('__'));
    expect(names.length).toBeGreaterThan(5);
    for (const h of names) {
      for (const call of [`{{${h} "${secret}"}}`, `{{${h} "${secret}" "${secret}"}}`, `{{${h} "../outside/secret.txt"}}`]) {
        let out = '';
        try {
          out = set.env.compile(call)({});
        } catch (e) {
          out = (e as Error).message;
        }
        expect(out, `${h}`).not.toContain(SECRET);
      }
    }
  });

  it.each([
    ['a relative path', '{{> ../outside/secret}}'],
    ['a quoted relative path', '{{> "../outside/secret.txt"}}'],
    ['a quoted absolute path', () => `{{> "${join(outside, 'secret.txt')}"}}`],
    ['a dynamic name', () => `{{> (lookup this "p")}}`],
  ])('loads partials by name only: %s is a template problem, never a file read', (_name, call) => {
    writeFileSync(join(templates, 'district.md.hbs'), `${typeof call === 'string' ? call : call()}\n`);
    const problems = checkTemplates([templates]).filter((p) => p.code !== 'TEMPLATE_UNKNOWN_FIELD');
    let out = '';
    try {
      out = renderTemplate(loadTemplateSet([templates]), 'district', { p: join(outside, 'secret.txt') } as never).markdown;
    } catch (e) {
      out = (e as Error).message;
    }
    expect(out).not.toContain(SECRET);
    if (!_name.startsWith('a dynamic')) expect(problems.map((p) => p.code)).toEqual([expect.stringMatching(/^TEMPLATE_(MISSING_PARTIAL|SYNTAX)$/)]);
  });
});

/** The three writers on one document, with a record of what they report. */
async function writeAll(markdown: string, theme = resolveTheme()) {
  const reported: StageDiagnostic[] = [];
  const ctx: WriteContext = {
    theme,
    fonts: new FontSet([]),
    meta: { title: '测试', date: new Date(Date.UTC(2023, 3, 21)) },
    assetDirs: [templates],
    layout: {},
    report: (d) => reported.push(d),
  };
  const pdf = await (await loadWriter('pdf'))(parseMarkdown(markdown), ctx);
  const docx = await (await loadWriter('docx'))(parseMarkdown(markdown), ctx);
  const html = new TextDecoder().decode(await (await loadWriter('html'))(parseMarkdown(markdown), ctx));
  return { pdf, docx, html, reported };
}

describe('pictures only from the allowed folders', () => {
  const refused: [string, () => string, RegExp][] = [
    ['../ out of the folder', () => '../outside/secret.png', /outside the templates and input folders/],
    ['an absolute path outside', () => join(outside, 'secret.png'), /outside the templates and input folders/],
    ['a symlink pointing out', () => 'img/link.png', /outside the templates and input folders/],
    ['a file: URL outside', () => `file://${join(outside, 'secret.png')}`, /outside the templates and input folders/],
    ['an http address', () => 'http://example.com/logo.png', /not addresses/],
    ['a protocol-relative address', () => '//example.com/logo.png', /not addresses/],
    ['a missing file', () => 'img/nothing.png', /no such file/],
  ];

  it.each(refused)('refuses %s, saying why', (_name, url, why) => {
    const found = loadAsset(url(), [templates]);
    expect(found).toMatch(why);
  });

  it.each([
    ['a relative path', 'img/logo.png'],
    ['an absolute path inside', () => join(templates, 'img/logo.png')],
    ['a file name beginning with two dots', '..hidden.png'],
  ])('takes %s inside the folder', (_name, url) => {
    expect(loadAsset(typeof url === 'string' ? url : url(), [templates])).toEqual({ file: expect.stringContaining(templates), data: expect.any(Buffer) });
  });

  it('embeds the allowed picture and none of the refused ones, in PDF, DOCX and HTML, and reports each refusal', async () => {
    const lines = ['# 图片', '', '![允许](img/logo.png)', '', ...refused.map(([name, url]) => `![${name}](<${url()}>)\n`)];
    const { pdf, docx, html, reported } = await writeAll(lines.join('\n'));
    const pdfImages = new TextDecoder('latin1').decode(pdf).match(/\/Subtype\s*\/Image/g) ?? [];
    expect(pdfImages).toHaveLength(1);
    const media = Object.keys(unzipSync(docx)).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(html.match(/<img\b/g) ?? []).toHaveLength(1);
    expect(html).not.toContain('example.com');
    const refusals = reported.filter((d) => d.code === 'RENDER_IMAGE_REFUSED');
    // PDF and DOCX each report every refused picture (the HTML writer leaves them out too).
    expect(refusals.length).toBeGreaterThanOrEqual(refused.length * 2);
    for (const [, url] of refused) expect(refusals.some((d) => d.message.includes(url()))).toBe(true);
  }, 60_000);
});

describe('fonts only from the font folders', () => {
  it('refuses a theme naming a font by a path, even when the file exists there', () => {
    copyFileSync(join(BUNDLED_FONTS_DIR, 'FandolKai-Regular.ttf'), join(outside, 'Evil.ttf'));
    const fonts = new FontSet([]);
    const path = relative(BUNDLED_FONTS_DIR, join(outside, 'Evil'));
    for (const name of [path, join(outside, 'Evil'), '..\\..\\Evil', '.hidden']) {
      expect(() => fonts.face('body', resolveTheme({ fonts: { body: name } } as never))).toThrow(FontNotFoundError);
    }
    expect(fonts.face('body', resolveTheme({ fonts: { body: 'FandolKai-Regular' } } as never)).stem).toBe('FandolKai-Regular');
  });
});

describe('district names as file names', () => {
  const hostile = ['../../etc/passwd', '..', '.', '北辰区/../../x', 'a\\b', 'C:\\Windows', 'a:b*c?d"e<f>g|h', '区\u0000名\u001f', ' .北辰区. ', 'CON', 'nul', '区'.repeat(200)];

  it.each(hostile)('%j becomes a plain file name that stays in the output folder', (name) => {
    const stem = safeFileStem(name);
    expect(stem).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
    expect(stem).not.toMatch(/^\./);
    expect(stem).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
    expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(150);
    const out = join(ws.dir, 'output');
    const file = join(out, `${stem}.pdf`);
    expect(relative(out, file).startsWith('..')).toBe(false);
    expect(relative(out, file)).not.toContain('/');
  });

  it('keeps real district names as they are', () => {
    expect(districtSlug({ name: '北辰区', city: '天津市', province: '天津市', level: 'county' }, true)).toBe('北辰区');
    expect(districtSlug({ name: '鼓楼区', city: '南京市', province: '江苏省', level: 'county' }, false)).toBe('南京市-鼓楼区');
    expect(districtSlug({ name: '天津市', city: null, province: '天津市', level: 'city' }, true)).toBe('天津市');
  });
});
