"""A category has a colour on the counter's tiles (issue 12, "categories with Hindi names and a
colour"): in the catalog file, in the ledger, in an export, refused when it is not #rrggbb."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos.errors import CatalogImportError
from pos.products import catalog
from pos.selling import cart
from tests.conftest import SMALL_CATALOG


def with_colour(colour: str) -> catalog.CatalogData:
    doc = {"products": [dict(SMALL_CATALOG["products"][0], category_colour=colour)]}
    return catalog.parse_catalog_json(json.dumps(doc))


def test_a_catalog_file_gives_a_category_its_colour_and_the_export_carries_it(
    outlet, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert cart.category_colours(outlet.ledger, ["Masks"]) == {}  # none yet: by the tile's place
    catalog.import_catalog(outlet.ledger, with_colour("#AD1457"))
    assert cart.category_colours(outlet.ledger, ["Masks", "Soap"]) == {"Masks": "#ad1457"}
    for name in ("catalog.json", "catalog.csv"):
        catalog.export_catalog(outlet.ledger, tmp_path / name)
        data = catalog.parse_catalog_file(tmp_path / name)
        assert {p.category: p.category_colour for p in data.products}["Masks"] == "#ad1457"


@pytest.mark.parametrize("bad", ["red", "#12345", "#gggggg", "ad1457"])
def test_a_colour_that_is_not_rrggbb_is_refused_with_its_row(outlet, bad: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CatalogImportError) as refused:
        with_colour(bad)
    [(line, why)] = refused.value.problems
    assert "category_colour" in why and line >= 1
    assert cart.category_colours(outlet.ledger, ["Masks"]) == {}
