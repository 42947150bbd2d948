import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import type { Briefing } from '../../src/model/index.js';
import { buildDistrictView } from '../../src/render/view.js';
import { sampleSettings } from '../fixtures/render/briefing.js';
import { hasCommand } from '../helpers/documents.js';

const INPUT = join(import.meta.dirname, '../../input');
const CHROMIUM = '/usr/bin/chromium';
const DISTRICTS = ['东丽区', '北辰区', '蓟州区'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A static file server for one folder, as GitHub Pages would serve the output. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(root, '.' + (path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe.skipIf(!hasCommand('chromium'))('the published index page, in Chromium', () => {
  let out: string;
  let briefing: Briefing;
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;
  const epoch = process.env.SOURCE_DATE_EPOCH;

  beforeAll(async () => {
    process.env.SOURCE_DATE_EPOCH = '1682035200'; // 2023-04-21
    out = mkdtempSync(join(tmpdir(), 'jianbao-index-'));
    // Run from the temp folder: the defaults, not a config file of the checkout.
    const result = await build({ cwd: out, overrides: { input: INPUT, output: out } });
    expect(result.failed, JSON.stringify(result.diagnostics.filter((d) => d.level === 'error'))).toEqual([]);
    briefing = JSON.parse(readFileSync(join(out, 'briefing.json'), 'utf8')) as Briefing;
    ({ server, url } = await serve(out));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
  }, 240_000);

  // Each test starts on the index page: following a link leaves it.
  beforeEach(async () => {
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  });

  const card = (name: string) => page.locator('li.card').filter({ has: page.locator('h3', { hasText: name }) });

  it('is the build’s index.html, a Chinese page in UTF-8', async () => {
    expect(await page.title()).toBe('区域观察简报 第1期');
    expect(await page.evaluate(() => [document.documentElement.lang, document.characterSet])).toEqual(['zh-CN', 'UTF-8']);
  });

  it('lists the three districts and the overview, each with its article count and figures', async () => {
    expect(await page.locator('li.card h3').allInnerTexts()).toEqual(expect.arrayContaining(DISTRICTS.map((d) => expect.stringContaining(d))));
    for (const name of DISTRICTS) {
      const district = briefing.districts.find((d) => d.name === name)!;
      expect(await card(name).locator('.count').innerText()).toBe(`${district.articleIds.length}篇信息`);
      // The district's top figures, formatted as in its briefing (7.66亿元 for 766000000 元).
      const view = buildDistrictView(briefing, district, sampleSettings({ maxFigures: 3 }));
      expect(await card(name).locator('.figures dd').allInnerTexts()).toEqual(view.figures.map((f) => f.value));
      expect(view.figures.length).toBeGreaterThan(0);
      expect(await card(name).locator('.sheet').innerText()).toContain(`${name}工作动态`);
    }
    const rows = await page.locator('#overview ~ .table-wrap tbody tr').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.startsWith('北辰区'))).toContain('3篇');
    expect(await page.locator('#overview ~ .links a').allInnerTexts()).toEqual([expect.stringMatching(/^综述\s+PDF \d+ KB$/), expect.stringMatching(/^综述\s+Word \d+ KB$/)]);
  });

  it('shows the figures the briefing holds: 蓟州区 leads with its 7.66亿元 of domestic investment', async () => {
    const jizhou = await card('蓟州区').locator('.figures').innerText();
    expect(jizhou).toContain('7.66亿元');
  });

  it('follows the 北辰区 PDF link to a PDF', async () => {
    const link = card('北辰区').getByRole('link', { name: /PDF/ });
    expect(decodeURIComponent((await link.getAttribute('href'))!)).toBe('北辰区.pdf');
    const responded = page.waitForResponse((r) => decodeURIComponent(new URL(r.url()).pathname) === '/北辰区.pdf');
    await link.click();
    const response = await responded;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    // Chromium hands the response to its PDF viewer, so the bytes are fetched again from the same address.
    const bytes = await (await page.request.get(response.url())).body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.equals(readFileSync(join(out, '北辰区.pdf')))).toBe(true);
  });

  it('downloads the 北辰区 Word file under its Chinese name', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), card('北辰区').getByRole('link', { name: /Word/ }).click()]);
    expect(download.suggestedFilename()).toBe('北辰区.docx');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.equals(readFileSync(join(out, '北辰区.docx')))).toBe(true);
  });

  it('has no broken link: every file it links to is served', async () => {
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('#')));
    expect(hrefs.length).toBeGreaterThanOrEqual(9);
    for (const href of new Set(hrefs)) expect((await page.request.get(new URL(href, url).href)).status(), href).toBe(200);
    const anchors = await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
    for (const id of anchors) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
  });

  it('reads the same without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(url);
    expect(await plain.locator('li.card h3').count()).toBe(3);
    expect(await plain.locator('li.card .links a').count()).toBe(6);
    await context.close();
  });
});
