import type { FontFace, FontRun, FontSet } from '../fonts.js';
import { missingGlyphWarning, splitByCoverage } from '../fonts.js';
import type { ElementName, Theme } from '../theme.js';
import type { WriteContext } from '../types.js';

/** The rFonts of a run: every slot set to the face's family, so Latin and digits use the same face as in the PDF. */
export function runFonts(face: FontFace): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: face.family, hAnsi: face.family, eastAsia: face.family, cs: face.family };
}

/**
 * The faces a document draws with and the characters drawn in each, so that each embedded font can be
 * subset to exactly what the document shows. Characters a face lacks go to the theme's fallback face;
 * characters no font has become 〓 and are reported once each.
 */
export class FontUsage {
  readonly fallback: FontFace;
  private readonly chars = new Map<FontFace, Set<string>>();
  private readonly reported = new Set<string>();
  /** Faces by name or role: FontSet looks for the file on every call. */
  private readonly faces = new Map<string, FontFace>();

  constructor(
    private readonly fonts: FontSet,
    private readonly theme: Theme,
    private readonly report: WriteContext['report'],
  ) {
    this.fallback = fonts.face('fallback', theme);
  }

  /** The face for a theme role (body, hei …), a font file stem, or an element's font. */
  face(nameOrRole: string): FontFace {
    let face = this.faces.get(nameOrRole);
    if (!face) this.faces.set(nameOrRole, (face = this.fonts.face(nameOrRole, this.theme)));
    return face;
  }

  elementFace(element: ElementName): FontFace {
    return this.face(this.theme.elements[element].font);
  }

  /** Records characters drawn with a face whose text bypasses `split` (numbering, page numbers, fields). */
  add(face: FontFace, text: string): void {
    let set = this.chars.get(face);
    if (!set) this.chars.set(face, (set = new Set()));
    for (const ch of text) set.add(ch);
  }

  /** Splits text into runs by coverage and records each run's characters with its face; `line` locates a missing glyph. */
  split(text: string, face: FontFace, line?: number): FontRun[] {
    const { runs, missing } = splitByCoverage(text, face, this.fallback);
    for (const run of runs) this.add(run.face, run.text);
    for (const ch of missing) this.reportMissing(ch, line);
    return runs;
  }

  /** Every face with at least one character drawn, in a stable order (by family). */
  used(): { face: FontFace; text: string }[] {
    return [...this.chars.entries()]
      .filter(([, set]) => set.size > 0)
      .map(([face, set]) => ({ face, text: [...set].sort().join('') }))
      .sort((a, b) => (a.face.family < b.face.family ? -1 : a.face.family > b.face.family ? 1 : 0));
  }

  private reportMissing(ch: string, line: number | undefined): void {
    if (this.reported.has(ch)) return;
    this.reported.add(ch);
    this.report(missingGlyphWarning(ch, 'the Word file', line ?? null));
  }
}
