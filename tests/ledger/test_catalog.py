"""Catalog import/export: all rows or none, every bad row named with its line number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos.db.connection import query_one
from pos.errors import CatalogImportError, NotAllowed
from pos.products import catalog
from tests.conftest import run_pos

HEADER = (
    "sku,barcodes,name_en,name_hi,category,unit,hsn,gst_rate,mrp,shg_code,effective_from,active\n"
)


def product_count(ledger) -> int:
    return query_one(ledger.db, "SELECT count(*) AS n FROM products")["n"]


def test_a_csv_catalog_with_bad_rows_imports_nothing_and_names_each_row(outlet, tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "MSK-NEW,8900000009992,New mask,नया मास्क,Masks,pc,6307,5,12,SHG-LAX,,1\n"
        + "BAD SKU!,,Thing,,Masks,pc,6307,5,12,SHG-LAX,,1\n"
        + "MSK-X,abc,Mask x,,Masks,box,63,7,-3,,2026-13-01,1\n"
        + "SOAP-Q,,Soap q,,Soap,pc,3401,18,20,SHG-NOPE,,1\n",
        encoding="utf-8",
    )
    before = product_count(outlet.ledger)
    with pytest.raises(CatalogImportError) as err:
        catalog.import_catalog(outlet.ledger, catalog.parse_catalog_file(bad))
    message = str(err.value)
    assert "line 3" in message and "SKU 'BAD SKU!'" in message
    for why in (
        "barcode 'abc'",
        "unit 'box'",
        "HSN '63'",
        "GST rate 7%",
        "MRP",
        "shg_code is empty",
        "effective date",
    ):
        assert why in message, why
    assert all(n == 4 for n, why in err.value.problems if "box" in why)
    assert not [why for n, why in err.value.problems if n == 2]  # the good row is not named
    assert product_count(outlet.ledger) == before
    # the file-level problem (unknown SHG) is caught before anything is written, too
    good_but_unknown = tmp_path / "unknown.csv"
    good_but_unknown.write_text(HEADER + "SOAP-Q,,Soap q,,Soap,pc,3401,18,20,SHG-NOPE,,1\n")
    with pytest.raises(CatalogImportError, match="unknown SHG code SHG-NOPE"):
        catalog.import_catalog(outlet.ledger, catalog.parse_catalog_file(good_but_unknown))
    assert product_count(outlet.ledger) == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.csv", "", "empty"),
        ("noheader.csv", "sku,name_en\nA,B\n", "header lacks"),
        ("broken.json", '{"products": [', "not valid JSON"),
        ("wrong.json", "[1, 2]", "expected an object"),
        ("row.json", '{"products": [42]}', "is not an object"),
        ("binary.csv", b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_malformed_catalog_files_get_a_clear_message(
    outlet, tmp_path, name, content, expected
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    result = run_pos(outlet.data_dir, "catalog", "import", str(path))
    assert result.code == 1, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_export_then_import_round_trips_csv_and_json(outlet, tmp_path) -> None:
    for suffix in ("csv", "json"):
        out = tmp_path / f"catalog.{suffix}"
        assert catalog.export_catalog(outlet.ledger, out) == 3
        data = catalog.parse_catalog_file(out)
        assert {p.sku for p in data.products} == {"MSK-GRN", "SOAP-NEEM", "SAN-100"}
        result = catalog.import_catalog(outlet.ledger, data)
        assert (result.prices_added, result.rates_added) == (0, 0)
    assert json.loads((tmp_path / "catalog.json").read_text())["shgs"][0]["code"] == "SHG-DUR"


def test_a_price_change_with_a_future_date_applies_from_then(outlet, tmp_path) -> None:
    from datetime import UTC, datetime

    path = tmp_path / "rise.csv"
    path.write_text(
        HEADER
        + "MSK-GRN,8900000000012,Cotton mask green,,Masks,pc,6307,5,12,SHG-LAX,2030-01-01,1\n"
    )
    catalog.import_catalog(outlet.ledger, catalog.parse_catalog_file(path))
    assert catalog.find_item(outlet.ledger, "MSK-GRN").mrp_paise == 1000
    later = datetime(2030, 1, 2, tzinfo=UTC)
    assert catalog.find_item(outlet.ledger, "MSK-GRN", later).mrp_paise == 1200


def test_search_finds_by_english_hindi_sku_and_barcode(outlet) -> None:
    def skus(text: str) -> list[str]:
        return [i.sku for i in catalog.search(outlet.ledger, text)]

    assert skus("sanitiz") == ["SAN-100"]
    assert skus("साबुन") == ["SOAP-NEEM"]
    assert skus("mask") == ["MSK-GRN"]
    assert skus("SO") == ["SOAP-NEEM"]
    assert skus("8900000000036") == ["SAN-100"]
    assert skus("zzzz") == []


def test_a_local_import_is_refused_once_the_outlet_is_enrolled(outlet, tmp_path) -> None:
    outlet.ledger.db.execute("UPDATE device SET enrolled_at = '2026-01-01T00:00:00.000000Z'")
    outlet.ledger.reload()
    data = catalog.parse_catalog_json(json.dumps({"products": []}))
    with pytest.raises(NotAllowed, match="district"):
        catalog.import_catalog(outlet.ledger, data)


def test_the_demo_catalog_is_realistic(tmp_path: Path) -> None:
    from pos.outlet.demo import create_demo_outlet
    from pos.settings import resolve_settings

    created, ledger = create_demo_outlet(resolve_settings(tmp_path / "demo"))
    with ledger:
        data = catalog.parse_catalog_file(Path("resources/sample/catalog.json"))
        assert created and len(data.shgs) >= 6
        categories = {p.category for p in data.products}
        assert {
            "Masks",
            "Head-cover masks",
            "Soap",
            "Handwash",
            "Sanitizer",
            "COVID-19 kits",
            "Household",
        } <= categories
        assert all(p.name_hi for p in data.products)
        assert len({p.sku for p in data.products if p.category == "Sanitizer"}) >= 3
