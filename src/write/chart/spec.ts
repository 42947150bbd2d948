import { z } from 'zod';
import type { ChartSpec } from '../../render/tree.js';

const nonBlank = z.string().trim().min(1, 'must not be empty');

const ChartSeriesSchema = z
  .object({
    name: z.string(),
    values: z.array(z.number().finite('must be a finite number')).min(1, 'needs at least one value'),
  })
  .strict();

/** A ChartSpec as templates write it in a ```chart fence; extra keys are refused so typos surface. */
export const ChartSpecSchema = z
  .object({
    type: z.enum(['bar', 'hbar']),
    title: z.string(),
    unit: z.string(),
    categories: z.array(nonBlank).min(1, 'needs at least one category'),
    series: z.array(ChartSeriesSchema).min(1, 'needs at least one series'),
  })
  .strict()
  .superRefine((spec, ctx) => {
    spec.series.forEach((s, i) => {
      if (s.values.length !== spec.categories.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['series', i, 'values'],
          message: `has ${s.values.length} values but there are ${spec.categories.length} categories`,
        });
      }
    });
  }) satisfies z.ZodType<ChartSpec>;

/** Thrown for a chart fence that is not valid JSON or not a valid ChartSpec; the message names every problem. */
export class ChartSpecError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChartSpecError';
  }
}

/** The ChartSpec in a chart fence's JSON text. */
export function parseChartSpec(json: string): ChartSpec {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (cause) {
    throw new ChartSpecError(`chart spec is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  return validateChartSpec(data);
}

/** The same checks for a spec built in code (e.g. by a view model). */
export function validateChartSpec(data: unknown): ChartSpec {
  const result = ChartSpecSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
  throw new ChartSpecError(`invalid chart spec: ${problems.join('; ')}`, { cause: result.error });
}

function issuePath(path: PropertyKey[]): string {
  if (path.length === 0) return 'spec';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
