# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""A category has a Hindi name, as a product does: in the catalog file, in the ledger, in an
export, in the district's pull, on the counter's tiles and in the Z."""

from __future__ import annotations

import json
from pathlib import Path

from pos.products import catalog
from pos.selling import cart
from pos.sync import service
from tests.conftest import SMALL_CATALOG
from tests.support.sync_fixtures import District, district, fresh_outlet, server_db  # noqa: F401


def test_a_catalog_file_gives_each_category_its_hindi_name(outlet) -> None:  # type: ignore[no-untyped-def]
    assert cart.category_names(outlet.ledger) == [
        ("Masks", "मास्क"), ("Sanitizer", "सैनिटाइज़र"), ("Soap", "साबुन"),
    ]  # fmt: skip


def test_a_category_without_a_hindi_name_still_shows_in_english(outlet) -> None:  # type: ignore[no-untyped-def]
    doc = {"products": [dict(SMALL_CATALOG["products"][0], sku="BAG-1", barcodes="8900000000050",
                             category="Bags", category_hi="")]}  # fmt: skip
    catalog.import_catalog(outlet.ledger, catalog.parse_catalog_json(json.dumps(doc)))
    assert ("Bags", "") in cart.category_names(outlet.ledger)


def test_the_export_carries_the_category_hindi_name_back(outlet, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("catalog.json", "catalog.csv"):
        catalog.export_catalog(outlet.ledger, tmp_path / name)
        data = catalog.parse_catalog_file(tmp_path / name)
        assert {p.category: p.category_hi for p in data.products} == {
            "Masks": "मास्क", "Soap": "साबुन", "Sanitizer": "सैनिटाइज़र",
        }  # fmt: skip


def test_the_districts_catalog_brings_category_hindi_names_to_the_till(
    district: District, tmp_path: Path
) -> None:
    district.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", district)
    service.sync_once(outlet.ledger)
    assert ("Soap", "साबुन") in cart.category_names(outlet.ledger)
