import { z } from 'zod';

/**
 * The look of a briefing. Defaults follow GB/T 9704-2012 《党政机关公文格式》 and the
 * conventions of a 简报 (../docs in the README). Every value can be set in the config's
 * `theme` key or in a template's front matter; both are deep-merged over these defaults.
 * Lengths: page geometry and rules in millimetres, type sizes in points.
 */

const ElementStyleSchema = z
  .object({
    /** A role from `fonts` (body, title, hei, kai) or a font file stem from the fonts folder. */
    font: z.string(),
    size: z.number().positive(),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    align: z.enum(['left', 'center', 'right', 'justify']),
    /** Line pitch in points; omitted means the grid's pitch scaled to the size. */
    lineHeight: z.number().positive().optional(),
    /** First-line indent in characters of this element's size. */
    indent: z.number().min(0),
    /** Space before and after, in points. */
    spaceBefore: z.number().min(0),
    spaceAfter: z.number().min(0),
  })
  .strict();
export type ElementStyle = z.infer<typeof ElementStyleSchema>;

const el = (s: Partial<ElementStyle> & Pick<ElementStyle, 'font' | 'size'>): ElementStyle => ({
  color: '#000000',
  align: 'justify',
  indent: 0,
  spaceBefore: 0,
  spaceAfter: 0,
  ...s,
});

export const RED = '#E63B2E';

export const DEFAULT_THEME = {
  page: {
    /** A4, or { width, height } in mm. */
    size: 'A4' as 'A4' | 'A3' | 'A5' | 'B5' | 'LETTER' | { width: number; height: number },
    orientation: 'portrait' as 'portrait' | 'landscape',
    margins: { top: 37, bottom: 35, left: 28, right: 26 },
  },
  /** 22 lines of 28 characters of body text per page. */
  grid: { linesPerPage: 22, charsPerLine: 28 },
  /** Font roles → font file stems in the fonts folder. */
  fonts: {
    title: 'NotoSerifSC-Bold', // 小标宋 stand-in
    body: 'FandolFang-Regular', // 仿宋
    hei: 'NotoSansSC-Regular', // 黑体
    kai: 'FandolKai-Regular', // 楷体
    /** Drawn where a face lacks a character; chosen for its coverage. */
    fallback: 'NotoSansSC-Regular',
    /** Bold and italic have no CJK face of their own: bold is set in 黑体, italic in 楷体. */
    bold: 'NotoSansSC-Regular',
    italic: 'FandolKai-Regular',
  },
  colors: { red: RED, text: '#000000', muted: '#555555', rule: RED },
  /** Rule widths in mm: the 报头 rule and 报尾 outer rules, and inner rules. */
  rules: { outer: 0.35, inner: 0.25 },
  elements: {
    mastheadName: el({ font: 'title', size: 36, color: RED, align: 'center', spaceAfter: 6 }),
    mastheadIssue: el({ font: 'body', size: 16, align: 'center', spaceAfter: 6 }),
    mastheadMeta: el({ font: 'body', size: 14, align: 'left' }),
    title: el({ font: 'title', size: 22, align: 'center', spaceBefore: 14, spaceAfter: 14 }),
    subtitle: el({ font: 'kai', size: 16, align: 'center', spaceAfter: 10 }),
    h1: el({ font: 'hei', size: 16, align: 'left', indent: 2 }),
    h2: el({ font: 'kai', size: 16, align: 'left', indent: 2 }),
    h3: el({ font: 'body', size: 16, align: 'left', indent: 2 }),
    h4: el({ font: 'body', size: 16, align: 'left', indent: 2 }),
    body: el({ font: 'body', size: 16, indent: 2 }),
    note: el({ font: 'kai', size: 16, indent: 2 }),
    quote: el({ font: 'kai', size: 16, indent: 2 }),
    listItem: el({ font: 'body', size: 16 }),
    // Table text at 1.5 lines, not the grid's 1.8: a cell of several lines reads as one block.
    table: el({ font: 'body', size: 12, align: 'left', lineHeight: 18 }),
    tableHeader: el({ font: 'hei', size: 12, align: 'center', lineHeight: 18 }),
    caption: el({ font: 'kai', size: 12, align: 'center', spaceAfter: 6 }),
    footnote: el({ font: 'body', size: 10.5, align: 'left' }),
    toc: el({ font: 'body', size: 14, align: 'left' }),
    endblock: el({ font: 'body', size: 14, align: 'left' }),
    chartLabel: el({ font: 'hei', size: 10.5, align: 'left' }),
    header: el({ font: 'body', size: 10.5, align: 'center', color: '#555555' }),
    footer: el({ font: 'body', size: 10.5, align: 'center', color: '#555555' }),
    pageNumber: el({ font: 'body', size: 14, align: 'right' }),
  },
  pageNumber: {
    show: true,
    /** {n} is the page number; half-width digits. */
    format: '— {n} —',
    /** mm below the text block. */
    offset: 7,
    /** Odd pages at the right, even pages at the left. */
    alternate: true,
    /** Characters in from the edge of the text block. */
    inset: 1,
  },
  /** Running header and footer text, empty for none ({n} page number, {title} the report title). */
  header: { text: '' },
  footer: { text: '' },
};

export type Theme = typeof DEFAULT_THEME;
export type ElementName = keyof Theme['elements'];

const mm = z.number().positive();
export const ThemeOverrideSchema = z
  .object({
    page: z
      .object({
        size: z.union([z.enum(['A4', 'A3', 'A5', 'B5', 'LETTER']), z.object({ width: mm, height: mm }).strict()]),
        orientation: z.enum(['portrait', 'landscape']),
        margins: z.object({ top: mm, bottom: mm, left: mm, right: mm }).partial().strict(),
      })
      .partial()
      .strict(),
    grid: z.object({ linesPerPage: z.number().int().positive(), charsPerLine: z.number().int().positive() }).partial().strict(),
    fonts: z
      .object({
        title: z.string(),
        body: z.string(),
        hei: z.string(),
        kai: z.string(),
        fallback: z.string(),
        bold: z.string(),
        italic: z.string(),
      })
      .partial()
      .strict(),
    colors: z.record(z.string(), z.string().regex(/^#[0-9a-fA-F]{6}$/)),
    rules: z.object({ outer: mm, inner: mm }).partial().strict(),
    elements: z.object(
      Object.fromEntries(Object.keys(DEFAULT_THEME.elements).map((k) => [k, ElementStyleSchema.partial().optional()])) as Record<
        ElementName,
        z.ZodOptional<ReturnType<typeof ElementStyleSchema.partial>>
      >,
    ).strict(),
    pageNumber: z
      .object({ show: z.boolean(), format: z.string(), offset: z.number(), alternate: z.boolean(), inset: z.number() })
      .partial()
      .strict(),
    header: z.object({ text: z.string() }).partial().strict(),
    footer: z.object({ text: z.string() }).partial().strict(),
  })
  .partial()
  .strict();
export type ThemeOverride = z.infer<typeof ThemeOverrideSchema>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepMerge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    out[k] = k in out ? deepMerge(out[k], v) : v;
  }
  return out as T;
}

/** Defaults < each override in order (config, then template front matter). */
export function resolveTheme(...overrides: (ThemeOverride | undefined)[]): Theme {
  return overrides.reduce<Theme>((theme, o) => deepMerge(theme, o), DEFAULT_THEME);
}

const PAGE_SIZES_MM = { A4: [210, 297], A3: [297, 420], A5: [148, 210], B5: [176, 250], LETTER: [215.9, 279.4] } as const;
export const PT_PER_MM = 72 / 25.4;

/** Page and text-block geometry in points, derived once for both writers. */
export interface PageGeometry {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  textWidth: number;
  textHeight: number;
  /** Body line pitch that fits grid.linesPerPage lines into the text block. */
  linePitch: number;
  /** Extra spacing per body character so that grid.charsPerLine characters fill the line (may be negative). */
  bodyCharSpacing: number;
}

export function pageGeometry(theme: Theme): PageGeometry {
  const s = theme.page.size;
  let [w, h] = typeof s === 'string' ? PAGE_SIZES_MM[s] : [s.width, s.height];
  if (theme.page.orientation === 'landscape') [w, h] = [h, w];
  const m = theme.page.margins;
  const width = w * PT_PER_MM;
  const height = h * PT_PER_MM;
  const margins = { top: m.top * PT_PER_MM, bottom: m.bottom * PT_PER_MM, left: m.left * PT_PER_MM, right: m.right * PT_PER_MM };
  const textWidth = width - margins.left - margins.right;
  const textHeight = height - margins.top - margins.bottom;
  const bodySize = theme.elements.body.size;
  return {
    width,
    height,
    margins,
    textWidth,
    textHeight,
    linePitch: textHeight / theme.grid.linesPerPage,
    bodyCharSpacing: (textWidth - theme.grid.charsPerLine * bodySize) / theme.grid.charsPerLine,
  };
}
