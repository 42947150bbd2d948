import type { StageDiagnostic } from '../model/diagnostic.js';
import { warning, type damage } from './_contract.js';

// C0 and C1 controls except tab and line feed, plus the BOM when it appears inside the text.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g;
// The form feed pdftotext writes where a page ends: a page break, not damage, so it goes unreported.
const PAGE_BREAK = /\f/g;

/**
 * Decoded text in the shape every reader returns: '\n' line ends, no BOM, no control characters.
 * Removed controls are reported with the lines they were on, so nothing vanishes silently.
 */
export function normaliseText(decoded: string): { text: string; diagnostics: StageDiagnostic[] } {
  const unified = decoded.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  const lines: number[] = [];
  let removed = 0;
  const text = unified
    .split('\n')
    .map((line, i) => {
      const paged = line.replace(PAGE_BREAK, '');
      const cleaned = paged.replace(CONTROL, '');
      if (cleaned.length !== paged.length) {
        removed += paged.length - cleaned.length;
        lines.push(i + 1);
      }
      return cleaned;
    })
    .join('\n');
  const diagnostics = perLine(
    'READ_INVALID_BYTES',
    lines,
    (line) => `line ${line} held invisible control characters (such as NUL); they were removed and the rest of the line kept`,
  );
  return { text, diagnostics: removed > 0 ? diagnostics : [] };
}

/**
 * One diagnostic per affected line, so each points somewhere; past `max` lines a last one
 * says how many more there are rather than flooding the report.
 */
export function perLine(
  code: string,
  lines: readonly number[],
  describe: (line: number) => string,
  max = 10,
  level: typeof warning | typeof damage = warning,
): StageDiagnostic[] {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  const shown = unique.slice(0, max).map((line) => level(code, describe(line), line));
  if (unique.length > max) {
    const rest = unique.slice(max);
    shown.push(level(code, `the same problem on ${rest.length} more line(s): ${listLines(rest)}`, rest[0] ?? null));
  }
  return shown;
}

/** "3, 7, 12 and 4 more": line numbers short enough for a message. */
function listLines(lines: readonly number[], max = 8): string {
  const unique = [...new Set(lines)];
  const shown = unique.slice(0, max).join(', ');
  return unique.length > max ? `${shown} and ${unique.length - max} more` : shown;
}

/** True when the text holds nothing but whitespace (including the ideographic space). */
export function isBlank(text: string): boolean {
  return !/[^\s\u3000\u200B]/u.test(text);
}
