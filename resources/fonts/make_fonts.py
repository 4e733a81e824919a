"""Regenerate the bundled fonts from the OFL variable fonts on PyPI.

    pip download --no-deps -d /tmp/f fontpkg-noto-sans fontpkg-noto-sans-devanagari
    (unzip both wheels) then:
    python resources/fonts/make_fonts.py NotoSans[wdth,wght].ttf NotoSansDevanagari[wdth,wght].ttf

Static Regular (400) and Bold (700) instances at normal width are cut with fontTools'
instancer and renamed to a PRIVATE family ("Sarv Noto Sans", "Sarv Noto Sans Devanagari"), so
a system font of the same public name can never take their place in Qt or reportlab.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

HERE = Path(__file__).resolve().parent


def _rename(font: TTFont, family: str, style: str) -> None:
    full = f"{family} {style}"
    postscript = full.replace(" ", "")
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (16, 17, 21, 22, 25):
            table.removeNames(nameID=record.nameID)
    for name_id, value in (
        (1, family),
        (2, style),
        (3, f"{postscript};sarv-pos"),
        (4, full),
        (6, postscript),
    ):
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    if "STAT" in font:
        del font["STAT"]


def make(source: Path, family: str, stem: str) -> None:
    for style, weight in (("Regular", 400), ("Bold", 700)):
        font = TTFont(str(source))
        static = instancer.instantiateVariableFont(font, {"wght": weight, "wdth": 100})
        _rename(static, family, style)
        if style == "Bold":
            static["OS/2"].fsSelection = (static["OS/2"].fsSelection | 0x20) & ~0x40
            static["head"].macStyle |= 1
        static.save(str(HERE / f"{stem}-{style}.ttf"))


if __name__ == "__main__":
    make(Path(sys.argv[1]), "Sarv Noto Sans", "SarvNotoSans")
    make(Path(sys.argv[2]), "Sarv Noto Sans Devanagari", "SarvNotoSansDevanagari")
