import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic.js';

export const MANIFEST_NAME = '.jianbao-manifest.json';
/** The briefing model a build writes next to its reports (the index page links it). */
export const MODEL_FILE = 'briefing.json';

const ManifestSchema = z.object({
  version: z.string(),
  /** The last 第N期 built here, so the next build can count on. */
  issue: z.number().int(),
  /** Hash of the articles that issue was built from: unchanged input keeps the issue number. */
  contentHash: z.string(),
  /** Report slug → the render key it was built with and the files (name → sha256) it wrote. */
  reports: z.record(z.string(), z.object({ key: z.string(), files: z.record(z.string(), z.string()) })),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The previous build's manifest, or null when there is none or it cannot be trusted. */
export function readManifest(outputDir: string): Manifest | null {
  const file = join(outputDir, MANIFEST_NAME);
  if (!existsSync(file)) return null;
  try {
    return ManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

export function writeManifest(outputDir: string, manifest: Manifest): void {
  writeFileAtomic(join(outputDir, MANIFEST_NAME), JSON.stringify(manifest, null, 2) + '\n');
}
