import { CharacterSet } from 'docx';
import type { FontUsage } from './faces.js';
import { renameFamily } from './rename.js';
import { subsetFace } from './subset.js';

/** One embedded font: its family (the name runs use) and the subset's bytes. */
export interface EmbeddedFont {
  name: string;
  data: Buffer;
  characterSet: (typeof CharacterSet)[keyof typeof CharacterSet];
}

/**
 * A TrueType subset of each face the document draws with, holding exactly the characters drawn in it,
 * so that a reader without Chinese fonts still sees the designed faces. Word embeds only TrueType
 * (glyf) fonts; harfbuzz keeps the outlines and the cmap of the kept characters.
 */
export function embeddedFonts(usage: FontUsage): EmbeddedFont[] {
  return usage.used().map(({ face, text }) => {
    const subset = subsetFace(face, text);
    return {
      name: face.family,
      data: face.font.familyName === face.family ? subset : renameFamily(subset, face.family),
      characterSet: CharacterSet.GB_2312,
    };
  });
}
