import { z } from 'zod';

export const DiagnosticSchema = z
  .object({
    level: z.enum(['error', 'warning', 'info']),
    code: z.string().describe("Stable upper-case code, listed in the README's Troubleshooting section (e.g. READ_ENCODING)."),
    message: z.string(),
    source: z.string().nullable().describe('Input path relative to the input folder, template file, or null for the build as a whole.'),
    line: z.number().int().nullable().describe('1-based line in that file, where there is one.'),
    column: z.number().int().nullable().optional().describe('1-based column, where there is one.'),
  })
  .meta({ id: 'Diagnostic', title: 'Diagnostic', description: 'Something the build noticed about an input, a district or a template.' });
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** A diagnostic raised inside a stage, before the build knows which file it belongs to. */
export type StageDiagnostic = Omit<Diagnostic, 'source'> & { source?: string | null };

export function diagnostic(
  level: Diagnostic['level'],
  code: string,
  message: string,
  where: { source?: string | null; line?: number | null; column?: number | null } = {},
): Diagnostic {
  return {
    level,
    code,
    message,
    source: where.source ?? null,
    line: where.line ?? null,
    ...(where.column != null ? { column: where.column } : {}),
  };
}
