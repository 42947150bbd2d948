import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Apart from fonts.ts so that the main thread can name the folder (for the render key) without
// loading fontkit, which took some 140 ms of every command's start.

/** The fonts that ship with jianbao (fonts/ at the package root). */
export const BUNDLED_FONTS_DIR = resolve(fileURLToPath(new URL('../../fonts', import.meta.url)));
