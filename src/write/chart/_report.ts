import type { ChartSpec } from '../../render/tree.js';
import { MISSING_GLYPH } from '../fonts.js';
import type { WriteContext } from '../types.js';

/** Tells the build which characters of a chart no font could draw, once per chart. */
export function reportMissingGlyphs(ctx: WriteContext, spec: ChartSpec, missing: string[]): void {
  if (missing.length === 0) return;
  const chars = [...new Set(missing)].map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  ctx.report({
    level: 'warning',
    // The same code the writers use for body text, so one Troubleshooting entry covers both.
    code: 'RENDER_MISSING_GLYPH',
    message: `chart "${spec.title}": no font has ${chars.join(', ')}; the chart shows ${MISSING_GLYPH} in its place`,
    line: null,
  });
}
