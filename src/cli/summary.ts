import type { BuildResult } from '../build.js';

/** The closing summary: what was built, what was skipped, what failed and why. */
export function printSummary(r: BuildResult, opts: { json: boolean; quiet: boolean }): void {
  const errors = r.diagnostics.filter((d) => d.level === 'error');
  const warnings = r.diagnostics.filter((d) => d.level === 'warning');
  if (opts.json) {
    process.stdout.write(
      JSON.stringify(
        {
          exitCode: r.exitCode,
          districts: r.briefing.districts.map((d) => ({ name: d.name, slug: d.slug, articles: d.articleIds.length })),
          articles: r.briefing.articles.length,
          written: r.written,
          skipped: r.skipped,
          failed: r.failed,
          errors: errors.length,
          warnings: warnings.length,
          diagnostics: r.diagnostics,
          ms: r.ms,
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  const out = (s: string) => process.stderr.write(s + '\n');
  for (const d of errors) out(`error ${d.code} ${d.source ?? ''}${d.line ? `:${d.line}` : ''}: ${d.message}`);
  if (opts.quiet) return;
  for (const d of warnings) out(`warning ${d.code} ${d.source ?? ''}${d.line ? `:${d.line}` : ''}: ${d.message}`);
  const b = r.briefing;
  out(
    `${b.districts.length} districts, ${b.articles.length} articles, 第${b.issue}期 · ` +
      `${r.written.length} files written, ${r.skipped.length} reports unchanged` +
      (r.failed.length ? `, ${r.failed.length} failed (${r.failed.join(', ')})` : '') +
      ` · ${errors.length} errors, ${warnings.length} warnings · ${(r.ms / 1000).toFixed(1)} s → ${r.config.output}`,
  );
  if (r.written.length === 0 && r.failed.length === 0) out('nothing changed: no file written');
}
