"""Our own ESC/POS tokenizer: the commands we send, and a stray byte is an error."""

from __future__ import annotations

import pytest

from pos.printing.render.decode import DecodeError, raster_image, tokenize


def test_the_tokenizer_names_init_style_text_raster_drawer_and_cut():
    data = (
        b"\x1b@" + b"\x1bp\x00\x19\xfa" + b"\x1ba\x01\x1bE\x01Hi\n"
        + b"\x1dv0\x00\x01\x00\x02\x00\x80\x01" + b"\x1bd\x04\x1dV\x01"
    )  # fmt: skip
    tokens = tokenize(data)
    assert [(t.name, t.value) for t in tokens] == [
        ("init", 0), ("drawer", 2), ("align", 1), ("bold", 1), ("text", 0), ("raster", 0),
        ("feed", 4), ("cut", 1),
    ]  # fmt: skip
    raster = tokens[5]
    assert (raster.width, raster.height) == (8, 2)
    image = raster_image(raster)
    assert image.getpixel((0, 0)) == 0 and image.getpixel((1, 0)) == 255  # bit 1 = a dot
    assert image.getpixel((7, 1)) == 0


@pytest.mark.parametrize("data", [b"\x1b@\x07", b"\x1bZ", b"\x1dv0\x00\x10\x00\x10\x00\x00"])
def test_a_stray_byte_or_a_cut_short_raster_is_an_error(data):
    with pytest.raises(DecodeError):
        tokenize(data)
