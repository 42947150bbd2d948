#!/usr/bin/env python3
"""Rebuilds the TrueType fonts in fonts/ from Debian's font packages.

Run by maintainers, not at install time: its outputs are committed.
Why: Word embeds only TrueType (glyf) outlines, and Noto CJK and Fandol ship
CFF-flavoured OpenType, so every face is converted with cu2qu. The Noto faces
are also cut down to the Chinese ranges a briefing needs, to keep the clone small.

  apt-get install -y fonts-noto-cjk python3-fonttools
  apt-get download texlive-lang-chinese && dpkg-deb -x texlive-lang-chinese_*.deb /tmp/tl
  /usr/bin/python3 scripts/make-fonts.py /tmp/tl/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol fonts
"""
import sys
from fontTools.ttLib import TTFont, TTCollection, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools import subset

NOTO = '/usr/share/fonts/opentype/noto'
SC_FACE = 2  # index of the Simplified Chinese face in the Noto CJK collections

# Ranges a Chinese briefing uses: Latin, punctuation, symbols, CJK ideographs (BMP and
# Extension A), fullwidth forms. Hangul and the CJK compatibility blocks are left out.
RANGES = [
    (0x0020, 0x024F), (0x02B0, 0x02FF), (0x0370, 0x03FF), (0x0400, 0x04FF),
    (0x2000, 0x206F), (0x2070, 0x209F), (0x20A0, 0x20CF), (0x2100, 0x218F),
    (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2300, 0x23FF), (0x2460, 0x24FF),
    (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2E80, 0x2FDF),
    (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F), (0x31C0, 0x31EF),
    (0x3200, 0x32FF), (0x3300, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xFE10, 0xFE1F), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
]


def to_truetype(font: TTFont) -> None:
    """Replaces CFF outlines by quadratic glyf outlines (max error 1 unit)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font['loca'] = newTable('loca')
    font['glyf'] = glyf
    for tag in ('CFF ', 'VORG'):
        if tag in font:
            del font[tag]
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs',
                  'maxInstructionDefs', 'maxStackElements', 'maxSizeOfInstructions',
                  'maxComponentElements'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font['head'].glyphDataFormat = 0
    font['post'].formatType = 3.0  # no glyph names: smaller, and Word does not need them
    font.sfntVersion = '\x00\x01\x00\x00'


def cut(font: TTFont, ranges) -> None:
    unicodes = [c for lo, hi in ranges for c in range(lo, hi + 1)]
    options = subset.Options()
    options.layout_features = ['kern', 'halt', 'palt']  # drop locl variants for other regions
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    options.hinting = False
    sub = subset.Subsetter(options)
    sub.populate(unicodes=unicodes)
    sub.subset(font)


def rename(font: TTFont, family: str, style: str) -> None:
    """Names without spaces: docx requires it for embedded fonts."""
    name = font['name']
    full = f'{family}-{style}' if style != 'Regular' else family
    for rec in list(name.names):
        if rec.nameID in (1, 4, 6, 16, 17, 21, 22):
            name.removeNames(nameID=rec.nameID)
    name.setName(family, 1, 3, 1, 0x409)
    name.setName('Regular' if style == 'Regular' else style, 2, 3, 1, 0x409)
    name.setName(full, 4, 3, 1, 0x409)
    name.setName(full, 6, 3, 1, 0x409)
    name.setName(family, 1, 1, 0, 0)
    name.setName(full, 4, 1, 0, 0)
    name.setName(full, 6, 1, 0, 0)


def make(src: TTFont, out: str, family: str, style: str, ranges=None) -> None:
    if ranges:
        cut(src, ranges)
    to_truetype(src)
    rename(src, family, style)
    src.save(out)
    print('wrote', out, len(src.getGlyphOrder()), 'glyphs')


def main(fandol_dir: str, out_dir: str) -> None:
    make(TTFont(f'{fandol_dir}/FandolFang-Regular.otf'), f'{out_dir}/FandolFang-Regular.ttf', 'FandolFang', 'Regular')
    make(TTFont(f'{fandol_dir}/FandolKai-Regular.otf'), f'{out_dir}/FandolKai-Regular.ttf', 'FandolKai', 'Regular')
    make(TTCollection(f'{NOTO}/NotoSansCJK-Regular.ttc').fonts[SC_FACE], f'{out_dir}/NotoSansSC-Regular.ttf', 'NotoSansSC', 'Regular', RANGES)
    make(TTCollection(f'{NOTO}/NotoSerifCJK-Bold.ttc').fonts[SC_FACE], f'{out_dir}/NotoSerifSC-Bold.ttf', 'NotoSerifSCBold', 'Regular', RANGES)  # one face, its own family: Word matches embedded fonts by family


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
