import type { FontFace } from '../fonts.js';
import type { ElementName } from '../theme.js';
import type { LineSettings } from './typeset.js';
import type { Look, PdfState } from './state.js';

/** An element of the theme resolved to points and faces. */
export interface BlockStyle {
  face: FontFace;
  size: number;
  color: string;
  align: 'justify' | 'left' | 'center' | 'right';
  /** Line pitch in points. */
  pitch: number;
  /** Character spacing every line starts from, in points. */
  spacing: number;
  /** First-line indent in points. */
  indent: number;
  spaceBefore: number;
  spaceAfter: number;
}

/** Chinese and Latin letters or digits stand a quarter em apart. */
export const LATIN_GAP_EM = 0.25;

export function blockStyle(state: PdfState, name: ElementName): BlockStyle {
  const el = state.theme.elements[name];
  const body = state.theme.elements.body;
  // The grid: body text has grid.charsPerLine characters a line and linesPerPage lines a page;
  // other sizes keep the same proportions unless the theme gives a pitch.
  const spacing = (state.geo.bodyCharSpacing * el.size) / body.size;
  return {
    face: state.face(el.font),
    size: el.size,
    color: el.color,
    align: el.align,
    pitch: el.lineHeight ?? (state.geo.linePitch * el.size) / body.size,
    spacing,
    indent: el.indent * (el.size + spacing),
    spaceBefore: el.spaceBefore,
    spaceAfter: el.spaceAfter,
  };
}

export function lookOf(style: BlockStyle): Look {
  return { face: style.face, size: style.size, color: style.color };
}

/** Line settings for a block of `width` points in this style. */
export function settingsOf(style: BlockStyle, width: number, over: Partial<LineSettings> = {}): LineSettings {
  return {
    width,
    firstIndent: style.indent,
    restIndent: 0,
    align: style.align,
    spacing: style.spacing,
    latinGapEm: LATIN_GAP_EM,
    ...over,
  };
}
