import type { ElementName } from '../theme.js';

/** Where blocks are set: the column width and the element their paragraphs take their look from. */
export interface Frame {
  width: number;
  para: ElementName;
  /** Overrides the element's alignment (`:::center`). */
  align?: 'justify' | 'left' | 'center' | 'right';
  /** Overrides the element's first-line indent, in points. */
  indent?: number;
}
