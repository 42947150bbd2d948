import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReportJob } from '../../src/build/jobs.js';
import type { Briefing } from '../../src/model/briefing.js';

/** A module of the compiled code: the bench measures what `npm run build:ts` made, as users run it. */
export function distModule<T>(root: string, path: string): Promise<T> {
  return import(pathToFileURL(join(root, 'dist', path)).href) as Promise<T>;
}

/**
 * The report jobs of some districts of a finished build in `outDir`, from its briefing.json, with
 * the config and the default templates that render them (the overview left out).
 */
export async function builtJobs(root: string, outDir: string, slugs: string[]) {
  const { loadConfig } = await distModule<typeof import('../../src/config.js')>(root, 'config.js');
  const { reportJobs } = await distModule<typeof import('../../src/build/jobs.js')>(root, 'build/jobs.js');
  const { loadTemplateSet } = await distModule<typeof import('../../src/render/templates.js')>(root, 'render/templates.js');
  const briefing = JSON.parse(readFileSync(join(outDir, 'briefing.json'), 'utf8')) as Briefing;
  const { config } = loadConfig({ cwd: outDir, overrides: { workers: 0 } });
  const wanted = new Set(slugs);
  const jobs: ReportJob[] = reportJobs(briefing, briefing.districts.filter((d) => wanted.has(d.slug)), { ...config, overview: false });
  return { briefing, config, templates: loadTemplateSet([]), jobs };
}
