import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { BUNDLED_FONTS_DIR } from './bundled-fonts.js';
import type { StageDiagnostic } from '../model/diagnostic.js';
import type { Theme } from './theme.js';

/** One font file, read and parsed once per process (or worker) and shared by every document. */
export interface FontFace {
  /** File name without extension, e.g. FandolFang-Regular; also the name writers register it under. */
  stem: string;
  file: string;
  bytes: Buffer;
  font: fontkit.Font;
  /** Family name without spaces, as Word needs it for embedded fonts. */
  family: string;
  has(codePoint: number): boolean;
}

/** The warning for a character no font has, drawn as 〓 in `where` ("the PDF", "the Word file"). */
export function missingGlyphWarning(ch: string, where: string, line: number | null): StageDiagnostic {
  const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return { level: 'warning', code: 'RENDER_MISSING_GLYPH', message: `no font has "${ch}" (U+${cp}); ${where} shows ${MISSING_GLYPH} in its place`, line };
}

const cache = new Map<string, FontFace>();

function openFace(file: string, stem: string): FontFace {
  const hit = cache.get(file);
  if (hit) return hit;
  const bytes = readFileSync(file);
  const font = fontkit.create(bytes) as fontkit.Font;
  const seen = new Map<number, boolean>();
  const face: FontFace = {
    stem,
    file,
    bytes,
    font,
    family: (font.familyName || stem).replace(/\s+/g, ''),
    has(cp) {
      let v = seen.get(cp);
      if (v === undefined) seen.set(cp, (v = font.hasGlyphForCodePoint(cp)));
      return v;
    },
  };
  cache.set(file, face);
  return face;
}

/** Finds font files by stem in the user's folders first, then in the bundled folder. */
export class FontSet {
  readonly dirs: string[];
  constructor(dirs: string[] = []) {
    this.dirs = [...dirs.map((d) => resolve(d)), BUNDLED_FONTS_DIR];
  }

  /** The face for a file stem (FandolFang-Regular) or a theme role (body, title, hei, kai, fallback, bold, italic). */
  face(nameOrRole: string, theme?: Theme): FontFace {
    const roles = theme?.fonts as Record<string, string> | undefined;
    const stem = roles?.[nameOrRole] ?? nameOrRole;
    // A font is named by its file name in the font folders, never by a path (a template's front matter is untrusted).
    if (/[\\/\0]/.test(stem) || stem.startsWith('.')) throw new FontNotFoundError(stem, this.dirs);
    for (const dir of this.dirs) {
      for (const ext of ['.ttf', '.otf']) {
        const file = join(dir, stem + ext);
        if (existsSync(file)) return openFace(file, stem);
      }
    }
    throw new FontNotFoundError(stem, this.dirs);
  }

  /** Every face the theme uses, by role. */
  themeFaces(theme: Theme): Record<keyof Theme['fonts'], FontFace> {
    const out = {} as Record<keyof Theme['fonts'], FontFace>;
    for (const role of Object.keys(theme.fonts) as (keyof Theme['fonts'])[]) out[role] = this.face(role, theme);
    return out;
  }
}

export class FontNotFoundError extends Error {
  constructor(
    readonly stem: string,
    readonly dirs: string[],
  ) {
    super(`font "${stem}" not found (looked for ${stem}.ttf or .otf in ${dirs.join(', ')})`);
    this.name = 'FontNotFoundError';
  }
}

/** Shown in place of a character no font has: 〓 (geta mark), the typesetter's sign for a missing glyph. */
export const MISSING_GLYPH = '〓';

export interface FontRun {
  text: string;
  face: FontFace;
}

/**
 * Splits text into runs that `face` can draw and runs taken from `fallback`. A character that
 * neither has is replaced by MISSING_GLYPH in the fallback face and reported in `missing`.
 */
export function splitByCoverage(text: string, face: FontFace, fallback: FontFace): { runs: FontRun[]; missing: string[] } {
  const runs: FontRun[] = [];
  const missing: string[] = [];
  let cur: FontRun | null = null;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let use = face;
    let out = ch;
    if (!face.has(cp) && !isLayoutControl(cp)) {
      use = fallback;
      if (!fallback.has(cp)) {
        missing.push(ch);
        out = MISSING_GLYPH;
      }
    }
    if (cur && cur.face === use) cur.text += out;
    else runs.push((cur = { text: out, face: use }));
  }
  return { runs, missing };
}

/** Spaces, joiners and line separators: never drawn, so never "missing". */
function isLayoutControl(cp: number): boolean {
  return cp <= 0x20 || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || cp === 0x00a0;
}
