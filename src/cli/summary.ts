import { STAGES, type BuildTimings, type Stage } from '../build/timings.js';
import type { Outcome as BaseOutcome } from '../build.js';
import type { Briefing } from '../model/briefing.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** What build and merge both return, as far as the summary needs it (a merge measures no timings). */
export type Outcome = BaseOutcome & { timings?: BuildTimings };

export interface SummaryOptions {
  json: boolean;
  quiet: boolean;
  verbose: boolean;
  /** One JSON object per line (watch mode prints one per build). */
  jsonLines?: boolean;
}

export interface Streams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const WARNINGS_SHOWN = 10;

/** The machine-readable summary printed by --json: everything the text summary says, as fields. */
export function summaryJson(r: Outcome): Record<string, unknown> {
  const count = (level: Diagnostic['level']) => r.diagnostics.filter((d) => d.level === level).length;
  const b = r.briefing;
  return {
    exitCode: r.exitCode,
    output: r.config.output,
    issue: b.issue,
    period: b.period,
    sources: b.sources.length,
    articles: b.articles.length,
    districts: b.districts.map((d) => ({ name: d.name, slug: d.slug, code: d.code, city: d.city, province: d.province, articles: d.articleIds.length })),
    written: r.written,
    skipped: r.skipped,
    failed: r.failed,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    unknownDistricts: unknownDistricts(r),
    diagnostics: r.diagnostics,
    ms: r.ms,
    ...(r.timings !== undefined ? { timings: r.timings } : {}),
  };
}

/** The closing summary: what was built, what was skipped, what failed and why. */
export function printSummary(r: Outcome, opts: SummaryOptions, io: Streams = process): void {
  if (opts.json) {
    io.stdout.write(JSON.stringify(summaryJson(r), null, opts.jsonLines ? undefined : 2) + '\n');
    return;
  }
  const out = (s: string) => io.stderr.write(s + '\n');
  const errors = r.diagnostics.filter((d) => d.level === 'error');
  const warnings = r.diagnostics.filter((d) => d.level === 'warning');
  if (opts.verbose) for (const line of diagnosticsByFile(r.diagnostics)) out(line);
  else {
    for (const d of errors) out(diagnosticLine(d));
    if (!opts.quiet) {
      for (const d of warnings.slice(0, WARNINGS_SHOWN)) out(diagnosticLine(d));
      if (warnings.length > WARNINGS_SHOWN) out(`… and ${warnings.length - WARNINGS_SHOWN} more warnings (--verbose lists them all)`);
    }
  }
  if (opts.quiet) return;
  for (const name of unknownDistricts(r)) out(`warning: no district named ${name} in the input; --district takes names such as ${r.briefing.districts[0]?.name ?? '北辰区'}`);
  if (opts.verbose && r.timings) for (const line of timingsLines(r.timings)) out(line);
  const b = r.briefing;
  out(
    `${b.districts.length} districts, ${b.articles.length} articles, 第${b.issue}期${periodText(b.period)} · ` +
      `${r.written.length} files written, ${r.skipped.length} reports unchanged` +
      (r.failed.length ? `, ${r.failed.length} failed (${r.failed.join(', ')})` : '') +
      ` · ${errors.length} errors, ${warnings.length} warnings · ${(r.ms / 1000).toFixed(1)} s → ${r.config.output}`,
  );
  if (r.written.length === 0 && r.failed.length === 0) out('nothing changed: no file written');
}

export function diagnosticLine(d: Diagnostic): string {
  const at = d.source ? ` ${d.source}${d.line ? `:${d.line}` : ''}${d.line && d.column ? `:${d.column}` : ''}` : '';
  return `${d.level} ${d.code}${at}: ${d.message}`;
}

/** --verbose: every diagnostic, info too, under the file it is about. */
function diagnosticsByFile(diagnostics: Diagnostic[]): string[] {
  const bySource = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) bySource.set(d.source ?? '(build)', [...(bySource.get(d.source ?? '(build)') ?? []), d]);
  return [...bySource].flatMap(([source, list]) => [
    source,
    ...list.map((d) => `  ${d.level} ${d.code}${d.line ? ` line ${d.line}` : ''}: ${d.message}`),
  ]);
}

/** --verbose: where the time went, per stage, and the slowest reports. */
export function timingsLines(t: BuildTimings): string[] {
  const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const detail: Partial<Record<Stage, string>> = {
    parse: `${t.articles} articles, ${Math.round(t.articlesPerSecond)}/s, ${t.workers.parse || 'no'} workers`,
    render: `${t.reports.length} reports, ${t.workers.render || 'no'} workers`,
  };
  const stages = STAGES.map((s) => `${s} ${sec(t.stages[s])}${detail[s] ? ` (${detail[s]})` : ''}`);
  const slowest = t.reports
    .flatMap((r) => Object.entries(r.formats).map(([format, f]) => ({ name: `${r.slug}.${format}`, ...f! })))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map((f) => `${f.name} ${Math.round(f.ms)} ms${f.pages ? ` (${f.pages} pages)` : ''}`);
  return [
    `time: ${stages.join(' · ')} · total ${sec(t.total)} · peak memory ${Math.round(t.peakRssMb)} MB`,
    ...(slowest.length > 0 ? [`slowest: ${slowest.join(' · ')}`] : []),
  ];
}

function periodText(p: Briefing['period']): string {
  if (!p.since && !p.until) return '';
  return ` (${p.since ?? '…'} – ${p.until ?? '…'})`;
}

/** --district names that match no district of the input: a typo would otherwise build nothing, silently. */
function unknownDistricts(r: Outcome): string[] {
  const known = new Set(r.briefing.districts.flatMap((d) => [d.name, d.slug]));
  return r.config.districts.filter((n) => !known.has(n));
}
