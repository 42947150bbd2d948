import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HONGQIAO } from './_articles.js';
import { ROOT, runCli, workspace, type CliRun } from './_workspace.js';

/**
 * Loaded into the build (and its worker threads) before anything else: every way Node has to
 * reach the network writes a line to a log and throws.
 */
const TRIPWIRE = `
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
const log = process.env.JIANBAO_NETWORK_LOG;
const trip = (what, original) => function (...args) {
  const a = Array.isArray(args[0]) ? args[0][0] : args[0]; // Socket#connect gets its arguments normalised
  // A local socket (tsx talks to its parent through one) is not the network.
  if (original && (typeof a === 'string' && !/^\\d+$/.test(a) || a?.path)) return original.apply(this, args);
  appendFileSync(log, what + ' ' + (a?.href ?? a?.host ?? a?.hostname ?? (typeof a === 'string' ? a : JSON.stringify(a) ?? '')) + '\\n');
  throw new Error('network access during a build: ' + what);
};
globalThis.fetch = trip('fetch');
globalThis.WebSocket = trip('WebSocket');
for (const [name, mod] of [['http', http], ['https', https]]) { mod.request = trip(name + '.request'); mod.get = trip(name + '.get'); }
http2.connect = trip('http2.connect');
net.connect = net.createConnection = trip('net.connect', net.connect);
net.Socket.prototype.connect = trip('socket.connect', net.Socket.prototype.connect);
tls.connect = trip('tls.connect');
dgram.createSocket = trip('dgram');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) { dns[fn] = trip('dns.' + fn); dns.promises[fn] = trip('dns.promises.' + fn); }
syncBuiltinESMExports();
`;

// A news page as saved from a browser: remote pictures, scripts, styles, a frame and a tracking pixel.
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${HONGQIAO[0]}_红桥区人民政府</title>
<link rel="stylesheet" href="http://example.com/site.css"><script src="https://example.com/analytics.js"></script>
<script>fetch('http://example.com/beacon'); new Image().src = 'http://example.com/p.gif';</script>
<style>@import url("http://example.com/more.css"); body { background: url(http://example.com/bg.png); }</style></head>
<body><div class="nav"><a href="http://example.com/">首页</a></div>
<div class="article"><h1>${HONGQIAO[0]}</h1><div class="info">来源：红桥区融媒体中心 发布时间：2023-04-20</div>
<p><img src="http://example.com/flowers.jpg" alt="花展现场"></p>
${HONGQIAO.slice(1).map((p) => `<p>${p}</p>`).join('\n')}
<iframe src="http://example.com/video"></iframe><img src="//example.com/pixel.gif" width="1" height="1"></div></body></html>`;

let ws: ReturnType<typeof workspace>;
let run: CliRun;
let log: string;

beforeAll(async () => {
  ws = workspace('network');
  writeFileSync(join(ws.input, 'hongqiao.html'), PAGE);
  // The default templates, with a masthead picture from the web.
  cpSync(join(ROOT, 'templates'), join(ws.dir, 'tpl'), { recursive: true });
  const district = join(ws.dir, 'tpl/district.md.hbs');
  writeFileSync(district, readFileSync(district, 'utf8').replace(/\n---\n/, '\n---\n\n![报头](http://example.com/masthead.png)\n\n'));
  writeFileSync(join(ws.dir, 'tripwire.mjs'), TRIPWIRE);
  log = join(ws.dir, 'network.log');
  writeFileSync(log, '');
  run = await runCli(['build', '-o', 'output', '-t', 'tpl', '--format', 'pdf,docx,html', '--json'], {
    cwd: ws.dir,
    env: { JIANBAO_NETWORK_LOG: log },
    nodeArgs: ['--import', pathToFileURL(join(ws.dir, 'tripwire.mjs')).href],
  });
}, 240_000);
afterAll(() => ws.remove());

describe('a build with remote pictures in its template and remote resources in an HTML input', () => {
  it('the tripwire works: it is loaded and would catch an attempt', async () => {
    const probe = await runCli(['--version'], {
      cwd: ws.dir,
      env: { JIANBAO_NETWORK_LOG: join(ws.dir, 'probe.log') },
      nodeArgs: ['--import', pathToFileURL(join(ws.dir, 'tripwire.mjs')).href, '--eval', "try { fetch('http://example.com') } catch {}"],
    });
    expect(probe.code).toBe(0);
    expect(readFileSync(join(ws.dir, 'probe.log'), 'utf8')).toMatch(/^fetch http:\/\/example\.com/);
  }, 60_000);

  it('builds, and attempts no network access at all', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('');
    for (const f of ['红桥区.pdf', '红桥区.docx', '红桥区.html']) expect(existsSync(join(ws.output, f))).toBe(true);
  });

  it('says the remote picture was left out, and keeps the article text', () => {
    const summary = JSON.parse(run.stdout) as { diagnostics: { code: string; message: string }[] };
    const refused = summary.diagnostics.filter((d) => d.code === 'RENDER_IMAGE_REFUSED');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((d) => d.message.includes('http://example.com/masthead.png'))).toBe(true);
    const html = readFileSync(join(ws.output, '红桥区.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/example\.com/);
    expect(html).toContain('西沽公园春季花展日前开幕');
  });
});
