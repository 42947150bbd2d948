import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileIfChanged } from '../build/atomic.js';
import { OVERVIEW_SLUG } from '../build/jobs.js';
import { MODEL_FILE } from '../build/manifest.js';
import { OUTPUT_FORMATS } from '../config.js';
import type { Briefing } from '../model/briefing.js';
import { writeIndexPage, type IndexPageOptions, type PublishedReport } from './index-page.js';

export const INDEX_FILE = 'index.html';

/**
 * The reports found in the output folder: for each district and the overview, the files named after
 * its slug. Read from disk rather than from this build's jobs, so a build of some districts, or a
 * merge of shards, still lists every briefing that is there.
 */
export function publishedReports(outputDir: string, briefing: Briefing): PublishedReport[] {
  const slugs = [...briefing.districts.map((d) => d.slug), OVERVIEW_SLUG];
  return slugs.map((slug) => {
    const files: string[] = [];
    const sizes: Record<string, number> = {};
    for (const ext of OUTPUT_FORMATS) {
      const name = `${slug}.${ext}`;
      const path = join(outputDir, name);
      if (!existsSync(path)) continue;
      files.push(name);
      sizes[name] = statSync(path).size;
    }
    return { slug, files, sizes };
  });
}

/**
 * Writes output/index.html for the briefing and the reports in `outputDir`, atomically, and only
 * when its content changed (an unchanged build writes nothing). Returns whether it wrote the file.
 */
export function publishIndex(outputDir: string, briefing: Briefing, options: IndexPageOptions = {}): boolean {
  const modelFile = existsSync(join(outputDir, MODEL_FILE)) ? MODEL_FILE : null;
  const html = writeIndexPage(briefing, publishedReports(outputDir, briefing), { modelFile, ...options });
  return writeFileIfChanged(join(outputDir, INDEX_FILE), html);
}
