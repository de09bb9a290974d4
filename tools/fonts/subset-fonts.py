#!/usr/bin/env python3
"""Makes the handout fonts bundled in resources/fonts/handout from Debian's fonts.

Usage: subset-fonts.py NOTO_DIR DROID_FILE PACK_JSON OUT_DIR   (tools/fonts/subset-fonts.sh runs it)

- Noto Serif Regular, Bold and Italic (SIL OFL 1.1) keep Latin with every pinyin tone mark,
  combining marks, punctuation, arrows and a few symbols.
- Droid Sans Fallback (Apache 2.0) keeps every character of GB2312 (the 6,763 Simplified Chinese
  characters in everyday use, with CJK punctuation), CJK punctuation and full-width forms, and
  every character at U+2E80 and above that the pack uses, so the pack is always covered.

Hinting and OpenType layout tables are dropped: PDF viewers do not use them. The outlines stay
TrueType (glyf), which PDFBox embeds and subsets again in each PDF.
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def ranges(*pairs):
    out = set()
    for a, b in pairs:
        out.update(range(a, b + 1))
    return out


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode('gb2312')))
            except UnicodeDecodeError:
                pass
    return chars


def cut(source, unicodes, target):
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'kern', 'DSIG']
    font = TTFont(source, lazy=False, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    font.save(target)
    print(f"{target}: {os.path.getsize(target)} bytes, {len(font.getGlyphOrder())} glyphs")


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: subset-fonts.py NOTO_DIR DROID_FILE PACK_JSON OUT_DIR")
    noto, droid, pack, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    latin = ranges((0x20, 0x7E), (0xA0, 0x24F), (0x2B0, 0x36F), (0x1E00, 0x1EFF), (0x2000, 0x206F),
                   (0x20A0, 0x20CF), (0x2100, 0x215F), (0x2190, 0x21FF), (0x2212, 0x2212), (0x25A0, 0x25FF))
    for style in ('Regular', 'Bold', 'Italic'):
        cut(os.path.join(noto, f'NotoSerif-{style}.ttf'), latin, os.path.join(out, f'NotoSerif-{style}.subset.ttf'))
    with open(pack, encoding='utf-8') as f:
        used = {ord(c) for c in f.read() if ord(c) >= 0x2E80}
    cjk = gb2312() | ranges((0x3000, 0x303F), (0xFF00, 0xFFEF)) | used
    cut(droid, cjk, os.path.join(out, 'DroidSansFallback.subset.ttf'))


if __name__ == '__main__':
    main()
