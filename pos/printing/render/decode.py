"""Our own small ESC/POS tokenizer and a virtual paper roll, to check and preview output.

``tokenize`` splits the bytes into the commands this app sends (and a few it may meet);
an unknown command is an error, so a test notices a stray byte. ``paper_image`` lays the
tokens out as a printer would: text at 12 dots a character (24 a line, doubled when asked),
rasters as they are, a dashed line where the paper is cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pos.resources import resource_path

ESC, GS, DLE = 0x1B, 0x1D, 0x10


@dataclass(frozen=True)
class Token:
    name: str  # init, text, raster, cut, drawer, align, bold, print_mode, size, codepage,
    # feed, status_query, line_spacing, font, underline
    value: int = 0
    text: str = ""
    width: int = 0  # raster width in dots
    height: int = 0
    data: bytes = b""


class DecodeError(ValueError):
    pass


# ESC commands with a fixed number of parameter bytes.
_ESC_FIXED = {
    ord("!"): ("print_mode", 1), ord("E"): ("bold", 1), ord("a"): ("align", 1),
    ord("t"): ("codepage", 1), ord("d"): ("feed", 1), ord("J"): ("feed_dots", 1),
    ord("-"): ("underline", 1), ord("M"): ("font", 1), ord("2"): ("line_spacing", 0),
    ord("3"): ("line_spacing", 1), ord("G"): ("double_strike", 1), ord("{"): ("flip", 1),
    ord("R"): ("charset", 1), ord("V"): ("rotate", 1),
}  # fmt: skip
_GS_FIXED = {ord("!"): ("size", 1), ord("B"): ("invert", 1), ord("b"): ("smooth", 1)}


def tokenize(data: bytes) -> list[Token]:
    tokens: list[Token] = []
    text = bytearray()
    i = 0

    def flush_text() -> None:
        if text:
            tokens.append(Token("text", text=text.decode("cp437")))
            text.clear()

    def need(count: int) -> bytes:
        if i + count > len(data):
            raise DecodeError(f"command at {i} cut short")
        return data[i : i + count]

    while i < len(data):
        byte = data[i]
        if byte == ESC:
            flush_text()
            cmd = need(2)[1]
            if cmd == ord("@"):
                tokens.append(Token("init"))
                i += 2
            elif cmd == ord("p"):
                _, _, pin, _on, _off = need(5)
                tokens.append(Token("drawer", value={0: 2, 48: 2, 1: 5, 49: 5}.get(pin, -1)))
                i += 5
            elif cmd in _ESC_FIXED:
                name, params = _ESC_FIXED[cmd]
                raw = need(2 + params)
                tokens.append(Token(name, value=raw[2] if params else 0))
                i += 2 + params
            else:
                raise DecodeError(f"unknown command ESC {chr(cmd)!r} at {i}")
        elif byte == GS:
            flush_text()
            cmd = need(2)[1]
            if cmd == ord("v"):
                head = need(8)
                if head[2] != ord("0"):
                    raise DecodeError(f"GS v {head[2]} at {i}: only GS v 0 rasters expected")
                width_bytes = head[4] | head[5] << 8
                height = head[6] | head[7] << 8
                body = need(8 + width_bytes * height)[8:]
                tokens.append(Token("raster", width=width_bytes * 8, height=height, data=body))
                i += 8 + width_bytes * height
            elif cmd == ord("V"):
                mode = need(3)[2]
                if mode in (65, 66):
                    need(4)
                    i += 4
                else:
                    i += 3
                tokens.append(Token("cut", value=mode))
            elif cmd in _GS_FIXED:
                name, params = _GS_FIXED[cmd]
                tokens.append(Token(name, value=need(2 + params)[2]))
                i += 2 + params
            else:
                raise DecodeError(f"unknown command GS {chr(cmd)!r} at {i}")
        elif byte == DLE:
            flush_text()
            raw = need(3)
            if raw[1] != 0x04:
                raise DecodeError(f"unknown DLE command at {i}")
            tokens.append(Token("status_query", value=raw[2]))
            i += 3
        elif byte == 0x0A or 0x20 <= byte < 0x7F:
            text.append(byte)
            i += 1
        else:
            raise DecodeError(f"unexpected byte 0x{byte:02x} at {i}")
    flush_text()
    return tokens


def raster_image(token: Token) -> Image.Image:
    """A GS v 0 raster as a black-on-white image (bit 1 = a printed dot)."""
    image = Image.frombytes("1", (token.width, token.height), token.data)
    return Image.eval(image.convert("L"), lambda v: 255 - v)


def _mono_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
        str(resource_path("fonts", "SarvNotoSans-Regular.ttf")),
    ):
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def paper_image(tokens: list[Token], width: int) -> Image.Image:
    """What a printer of ``width`` dots would put on paper, as a greyscale image."""
    pieces: list[Image.Image] = []
    align, bold, double = 0, False, False
    fonts = {False: _mono_font(20), True: _mono_font(40)}

    def text_line(line: str) -> None:
        scale = 2 if double else 1
        cell = 12 * scale
        height = 24 * scale
        img = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(img)
        span = len(line) * cell
        left = {0: 0, 1: (width - span) // 2, 2: width - span}.get(align, 0)
        for n, char in enumerate(line):
            for dx in (0, 1) if bold else (0,):
                draw.text((left + n * cell + dx, 1), char, fill=0, font=fonts[double])
        pieces.append(img)

    for token in tokens:
        if token.name == "text":
            lines = token.text.split("\n")
            for line in lines[:-1]:
                text_line(line)
            if lines[-1]:
                text_line(lines[-1])
        elif token.name == "raster":
            img = Image.new("L", (width, token.height), 255)
            img.paste(raster_image(token), (0, 0))
            pieces.append(img)
        elif token.name == "align":
            align = token.value % 48 if token.value >= 48 else token.value
        elif token.name == "bold":
            bold = bool(token.value & 1)
        elif token.name == "print_mode":
            double = bool(token.value & 0x30)
        elif token.name == "size":
            double = token.value != 0
        elif token.name == "feed":
            pieces.append(Image.new("L", (width, 24 * token.value), 255))
        elif token.name == "cut":
            img = Image.new("L", (width, 12), 255)
            ImageDraw.Draw(img).line([(0, 6), (width, 6)], fill=0, width=1)
            for x in range(0, width, 16):
                ImageDraw.Draw(img).line([(x + 8, 6), (x + 15, 6)], fill=255, width=1)
            pieces.append(img)
    total = sum(p.height for p in pieces) or 1
    paper = Image.new("L", (width, total), 255)
    y = 0
    for piece in pieces:
        paper.paste(piece, (0, y))
        y += piece.height
    return paper
