import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtJobs, distModule } from './built.js';

export interface Comparison {
  tool: string;
  /** What was converted, by district slug. */
  slugs: string[];
  /** The tool's milliseconds per briefing (median). */
  theirsMs: number;
  /** jianbao's milliseconds for the same briefings and the same output format (median). */
  oursMs: number;
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function timed(command: string, args: string[]): { ms: number; ok: boolean } {
  const started = performance.now();
  const r = spawnSync(command, args, { stdio: 'ignore', timeout: 180_000 });
  return { ms: performance.now() - started, ok: r.status === 0 };
}

/**
 * LibreOffice converting our DOCX of each sampled district to PDF, one `soffice --convert-to` per
 * briefing (as template-and-convert tools run it), with a profile of its own so that other
 * LibreOffice instances on the machine do not interfere.
 */
export function libreOfficeDocxToPdf(outDir: string, slugs: string[], work: string): { slugs: string[]; ms: number[] } | null {
  if (!hasCommand('soffice')) return null;
  const dir = join(work, 'libreoffice');
  mkdirSync(dir, { recursive: true });
  const profile = pathToFileURL(join(work, 'lo-profile')).href;
  // The first start creates the profile: not what a converting tool pays per document.
  timed('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--version']);
  const ms: number[] = [];
  const done: string[] = [];
  for (const slug of slugs) {
    const source = join(dir, `${done.length}.docx`);
    copyFileSync(join(outDir, `${slug}.docx`), source);
    const run = timed('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, source]);
    if (!run.ok || !existsSync(source.replace(/\.docx$/, '.pdf'))) continue;
    ms.push(run.ms);
    done.push(slug);
  }
  return { slugs: done, ms };
}

/** The Markdown our templates make for a report, from the build's own model and the compiled code. */
async function ourMarkdown(root: string, outDir: string, slugs: string[]): Promise<Map<string, string>> {
  const { renderTemplate } = await distModule<typeof import('../../src/render/templates.js')>(root, 'render/templates.js');
  const { templates, jobs } = await builtJobs(root, outDir, slugs);
  return new Map(jobs.map((job) => [job.slug, renderTemplate(templates, job.template, job.view as never).markdown]));
}

/** pandoc turning our Markdown of each sampled district into a DOCX. */
export async function pandocMarkdownToDocx(root: string, outDir: string, slugs: string[], work: string): Promise<{ slugs: string[]; ms: number[] } | null> {
  if (!hasCommand('pandoc')) return null;
  const dir = join(work, 'pandoc');
  mkdirSync(dir, { recursive: true });
  const markdown = await ourMarkdown(root, outDir, slugs);
  const ms: number[] = [];
  const done: string[] = [];
  for (const [slug, text] of markdown) {
    const source = join(dir, `${done.length}.md`);
    writeFileSync(source, text);
    const run = timed('pandoc', ['-f', 'gfm', '-t', 'docx', '-o', source.replace(/\.md$/, '.docx'), source]);
    if (!run.ok) continue;
    ms.push(run.ms);
    done.push(slug);
  }
  return { slugs: done, ms };
}
