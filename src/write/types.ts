import type { DocumentTree } from '../render/tree.js';
import type { StageDiagnostic } from '../model/diagnostic.js';
import type { DrawnChart } from './chart/svg.js';
import type { FontSet } from './fonts.js';
import type { Theme } from './theme.js';

/** What every writer gets besides the tree. */
export interface WriteContext {
  theme: Theme;
  fonts: FontSet;
  meta: {
    /** Document title (PDF info, DOCX core properties). */
    title: string;
    subject?: string;
    /** 编印单位. */
    author?: string;
    keywords?: string[];
    /** The build's date: SOURCE_DATE_EPOCH or the newest input; never "now", so output is reproducible. */
    date: Date;
  };
  /** Folders images may be read from (templates folder, input folder); anything else is refused. */
  assetDirs: string[];
  /**
   * Layout facts one writer learns and another can use: the PDF writer fills headingPages (the
   * page of each heading of depth 2–3, in document order) so the DOCX writer can pre-fill its
   * table of contents with the same numbers. `charts`: each chart as drawn, by spec and size, so
   * the second writer does not draw it again.
   */
  layout?: { headingPages?: number[]; charts?: Record<string, DrawnChart> };
  /** Missing glyphs, refused images, unknown directives … reported, never thrown. */
  report: (d: StageDiagnostic) => void;
}

/** One output format: the tree in, the file's bytes out. */
export type Writer = (tree: DocumentTree, ctx: WriteContext) => Promise<Uint8Array>;
