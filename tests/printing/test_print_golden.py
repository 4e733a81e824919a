"""Raster lines against golden PNGs made with the bundled fonts (Devanagari conjuncts and ₹).

Regenerate the goldens (after a deliberate change of fonts or layout) with:

    POS_REGEN_GOLDENS=1 python -m pytest tests/printing/test_print_golden.py

then LOOK at tests/printing/golden/*.png before committing them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from pos.printing.documents.document import Document, Row, Text
from pos.printing.render.decode import raster_image, tokenize
from pos.printing.render.escpos_render import PaperSpec, render_escpos

GOLDEN = Path(__file__).resolve().parent / "golden"
CONJUNCTS = "सर्व ग्वाला बक्सा: र्व ग्व क्स"
REGEN = os.environ.get("POS_REGEN_GOLDENS") == "1"


def golden_document(words: str) -> Document:
    return Document(
        title="golden",
        blocks=(
            Text(words),
            Text("गया जिला विपणन केंद्र", align="center", bold=True),
            Row(("TOTAL / कुल", "₹1,234.50"), (3, 2), ("left", "right"), bold=True, size="large"),
        ),
    )


def raster_of(document: Document, width: int) -> Image.Image:
    tokens = tokenize(render_escpos(document, PaperSpec(width, True)))
    rasters = [t for t in tokens if t.name == "raster"]
    assert len(rasters) == 1, "consecutive raster lines go as one strip"
    return raster_image(rasters[0])


def differing_share(image: Image.Image, golden: Image.Image) -> float:
    """Differing pixels as a share of the golden's black pixels (1.0 when sizes differ)."""
    if image.size != golden.size:
        return 1.0
    diff = ImageChops.difference(image.convert("L"), golden.convert("L"))
    changed = sum(diff.histogram()[128:])
    ink = sum(golden.convert("L").histogram()[:128])
    return changed / max(ink, 1)


@pytest.mark.parametrize("width", [384, 576])
def test_conjuncts_and_the_rupee_sign_match_the_golden_raster(width):
    image = raster_of(golden_document(CONJUNCTS), width)
    path = GOLDEN / f"conjuncts_{width}.png"
    if REGEN:
        image.save(path)
    golden = Image.open(path)
    assert differing_share(image, golden) < 0.01


@pytest.mark.parametrize("width", [384, 576])
def test_text_without_shaping_would_not_pass_for_the_golden(width):
    # The same words with the conjuncts broken apart by a virama and ZWNJ: the check must see it.
    broken = CONJUNCTS.replace("्", "्\u200c")
    image = raster_of(golden_document(broken), width)
    assert differing_share(image, Image.open(GOLDEN / f"conjuncts_{width}.png")) > 0.05
