import type { IStylesOptions } from 'docx';
import type { DocxParts } from './deterministic.js';

const PART = 'word/styles.xml';

/** styles.xml by the styles it was written from: every briefing of a build has the same theme and faces. */
const written = new Map<string, string>();

/**
 * The styles part, written by docx once per set of styles and reused after: building and writing some
 * thirty paragraph styles was a sixth of the time a briefing took. `forDocx` is what to give docx's
 * Document (nothing when the part is known: docx then writes only its defaults, which `fill` replaces),
 * unless docx is to lay the pages out.
 */
export function stylesPart(
  styles: IStylesOptions,
  options: { layout: boolean },
): { forDocx: IStylesOptions | undefined; fill(parts: DocxParts): void } {
  const key = JSON.stringify(styles);
  // docx's page layout reads the styles from the Document: it must have them all.
  const known = options.layout ? undefined : written.get(key);
  return {
    forDocx: known === undefined ? styles : undefined,
    fill(parts) {
      if (known !== undefined) parts.set(PART, known);
      else if (typeof parts.get(PART) === 'string') written.set(key, parts.get(PART) as string);
    },
  };
}
