# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""A category's colour and Hindi name travel from the district's catalog file to an enrolled
till's tiles (issue 12, "categories with Hindi names and a colour"; issue 13, the district
catalog), over SQLite and PostgreSQL; a till from before colours reads the same catalog."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pydantic import ValidationError, create_model

from pos.errors import InvalidInput
from pos.products import catalog
from pos.selling import cart
from pos.server.tills import catalog as server_catalog
from pos.sync import protocol, service
from tests.conftest import SMALL_CATALOG
from tests.support.sync_fixtures import District, district, fresh_outlet, server_db  # noqa: F401

CATEGORIES = ["Masks", "Sanitizer", "Soap"]


def catalog_file(path: Path, colours: dict[str, str], **changed: str) -> Path:
    """SMALL_CATALOG's products as a CSV catalog file with a category_colour column."""
    rows = [dict(p, category_colour=colours.get(p["category"], ""), **changed)
            for p in SMALL_CATALOG["products"]]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def publish_file(district: District, path: Path) -> tuple[int, int]:
    return server_catalog.import_catalog(
        district.store, catalog.parse_catalog_file(path), "2020-01-01T00:00"
    )


def test_an_enrolled_till_takes_the_districts_category_colours_and_hindi_names(
    district: District, tmp_path: Path
) -> None:
    district.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", district)
    # its own pre-enrolment colour: the district's catalog replaces it
    outlet.ledger.db.execute("UPDATE products SET category_colour = '#000000'")
    colours = {"Masks": "#AD1457", "Soap": "#2e7d32"}
    publish_file(district, catalog_file(tmp_path / "c.csv", colours))
    service.sync_once(outlet.ledger)
    assert cart.category_colours(outlet.ledger, CATEGORIES) == {
        "Masks": "#ad1457",
        "Soap": "#2e7d32",
    }
    assert dict(cart.category_names(outlet.ledger)) == {
        "Masks": "मास्क", "Sanitizer": "सैनिटाइज़र", "Soap": "साबुन"}  # fmt: skip

    # a colour changed, one taken away, and a new Hindi name for one category
    path = catalog_file(tmp_path / "c2.csv", {"Masks": "#1565c0"})
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[0]["category_hi"] = "मुखावरण"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    first, last = publish_file(district, path)
    assert last - first + 1 == 2  # the two changed products; Sanitizer (no colour) stays
    assert service.sync_once(outlet.ledger).pulled == 2
    assert cart.category_colours(outlet.ledger, CATEGORIES) == {"Masks": "#1565c0"}
    assert dict(cart.category_names(outlet.ledger))["Masks"] == "मुखावरण"
    outlet.ledger.close()


def test_an_uncoloured_catalog_publishes_its_products_as_before_colours_were_carried(
    district: District, tmp_path: Path
) -> None:
    """A district upgraded with products in its database: their stored data has no colour,
    and a file without colours (or with the column empty) changes none of them."""
    district.publish_small_catalog()
    for row in district.store.rows("catalog_changes", kind="product"):
        assert "category_colour" not in json.loads(row["data"])
    assert publish_file(district, catalog_file(tmp_path / "c.csv", {})) == (0, 0)


def test_a_till_from_before_colours_reads_a_coloured_catalog(
    district: District, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replies a till reads ignore fields it does not know (protocol._Reply, read_change_data):
    a till whose ProductData has no category_colour applies the district's coloured products
    and keeps its own colours."""
    fields = {k: v for k, v in protocol.ProductData.model_fields.items() if k != "category_colour"}
    old = create_model(  # type: ignore[call-overload]
        "OldProductData",
        __base__=protocol._Model,
        **{k: (f.annotation, f) for k, f in fields.items()},
    )
    district.publish_small_catalog()
    publish_file(district, catalog_file(tmp_path / "c.csv", {"Masks": "#ad1457"}))
    monkeypatch.setitem(protocol.CHANGE_DATA, "product", old)  # the till's, once published
    outlet = fresh_outlet(tmp_path / "o", district)
    outlet.ledger.db.execute(
        "UPDATE products SET category_colour = '#000000' WHERE sku = 'SAN-100'"
    )
    result = service.sync_once(outlet.ledger)
    assert result.pulled > 0
    assert cart.category_colours(outlet.ledger, CATEGORIES) == {"Sanitizer": "#000000"}
    assert catalog.find_item(outlet.ledger, "MSK-GRN").name_en == "Cotton mask green"
    outlet.ledger.close()


@pytest.mark.parametrize("bad", ["red", "#AD1457", "#12345", "#gggggg"])
def test_a_product_change_with_a_colour_that_is_not_rrggbb_is_refused(
    district: District, bad: str
) -> None:
    """The wire takes a catalog file's colour after it is lower-cased: #rrggbb or nothing."""
    district.publish_small_catalog()
    data = dict(json.loads(district.store.rows("cat_products", sku="MSK-GRN")[0]["data"]))
    with pytest.raises(ValidationError):
        protocol.read_change_data("product", dict(data, category_colour=bad))
    with pytest.raises(InvalidInput, match="a product change is not valid"):
        server_catalog.publish(
            district.store, [("product", "MSK-GRN", dict(data, category_colour=bad))]
        )
    assert protocol.read_change_data("product", dict(data, category_colour="#ad1457"))
