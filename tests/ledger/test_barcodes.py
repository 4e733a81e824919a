"""Barcodes: one product per GTIN, check digits refused at import, weighing-scale labels."""

from __future__ import annotations

import json

import pytest

from pos.errors import CatalogImportError, InvalidInput, NotFound
from pos.outlet import config
from pos.printing.documents.labels import in_store_code, label_code
from pos.products import barcodes, catalog

OIL = {
    "sku": "OIL-MUS", "barcodes": "075678164125", "name_en": "Mustard oil (loose)",
    "name_hi": "सरसों तेल (खुला)", "category": "Oil", "unit": "ml", "hsn": "1514",
    "gst_rate": "5", "mrp": "0.20", "shg_code": "SHG-LAX",
}  # fmt: skip


def import_products(ledger, *products: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = json.dumps({"products": list(products)})
    catalog.import_catalog(ledger, catalog.parse_catalog_json(doc))


def test_the_check_digit_is_the_gs1_mod_10_digit() -> None:
    assert barcodes.check_digit("890000000001") == 2
    assert barcodes.valid_gtin("8900000000012")
    assert not barcodes.valid_gtin("8900000000013")
    assert barcodes.valid_gtin("96385074")  # EAN-8
    assert barcodes.valid_gtin("075678164125")  # UPC-A
    assert barcodes.valid_gtin("00075678164125")  # GTIN-14


def test_a_upc_a_its_ean_13_and_its_gtin_14_spellings_find_one_product(outlet) -> None:
    import_products(outlet.ledger, OIL)
    found = {
        catalog.find_item(outlet.ledger, code).sku
        for code in ("075678164125", "0075678164125", "00075678164125")
    }
    assert found == {"OIL-MUS"}
    assert [i.sku for i in catalog.search(outlet.ledger, "0075678164125")] == ["OIL-MUS"]


def test_a_barcode_with_a_wrong_check_digit_is_refused_at_import_naming_the_row() -> None:
    bad = dict(OIL, sku="SOAP-X", barcodes="8900000000013")
    with pytest.raises(CatalogImportError) as err:
        catalog.parse_catalog_json(json.dumps({"products": [OIL, bad]}))
    assert "8900000000013 has a wrong check digit (it should end in 2)" in str(err.value)
    for code in ("96385075", "075678164126", "00075678164120"):  # EAN-8, UPC-A, GTIN-14
        assert barcodes.gtin_problem(code) is not None


def test_a_second_product_with_the_same_gtin_is_refused_in_the_file_and_against_the_ledger(
    outlet,
) -> None:  # type: ignore[no-untyped-def]
    twin = dict(OIL, sku="OIL-TWIN", barcodes="0075678164125")
    with pytest.raises(CatalogImportError) as err:
        catalog.parse_catalog_json(json.dumps({"products": [OIL, twin]}))
    assert "barcode 0075678164125 is on both OIL-MUS and OIL-TWIN" in str(err.value)
    import_products(outlet.ledger, OIL)
    with pytest.raises(CatalogImportError) as err:
        import_products(outlet.ledger, twin)
    assert "barcode 0075678164125 already belongs to OIL-MUS" in str(err.value)


def test_the_outlets_own_shelf_codes_and_in_store_labels_keep_working(outlet) -> None:
    shelf = dict(OIL, sku="RICE", barcodes="123456", unit="g")  # a 6-digit shelf code
    import_products(outlet.ledger, shelf)
    assert catalog.find_item(outlet.ledger, "123456").sku == "RICE"
    item, code = label_code(outlet.ledger, "MSK-GRN")
    assert code == in_store_code(item.product_id) and barcodes.valid_gtin(code)
    config.set_value(outlet.ledger, "scale_barcode", "20IIIIIIIPPP")  # even a clashing scale
    assert catalog.read_code(outlet.ledger, code) == catalog.Scanned(item)


def test_a_weighing_scale_label_gives_the_product_and_its_weight(outlet) -> None:
    import_products(outlet.ledger, OIL)
    oil = catalog.find_item(outlet.ledger, "OIL-MUS")
    config.set_value(outlet.ledger, "scale_barcode", "21IIIIIWWWWW")
    body = f"21{oil.product_id:05d}01250"
    label = body + str(barcodes.check_digit(body))
    assert catalog.read_code(outlet.ledger, label) == catalog.Scanned(oil, 1250)
    with pytest.raises(InvalidInput, match="wrong check digit"):
        catalog.read_code(outlet.ledger, label[:-1] + str((int(label[-1]) + 1) % 10))
    config.set_value(outlet.ledger, "scale_barcode", "")  # off: the label is unknown
    with pytest.raises(NotFound):
        catalog.read_code(outlet.ledger, label)


def test_a_price_label_gives_the_quantity_the_price_buys(outlet) -> None:
    import_products(outlet.ledger, OIL)
    oil = catalog.find_item(outlet.ledger, "OIL-MUS")
    config.set_value(outlet.ledger, "scale_barcode", "22IIIIIPPPPP")
    body = f"22{oil.product_id:05d}03000"  # ₹30.00 of oil at 20 paise a ml
    label = body + str(barcodes.check_digit(body))
    assert catalog.read_code(outlet.ledger, label) == catalog.Scanned(oil, 150)


def test_a_scale_template_that_is_not_twelve_digits_long_is_refused(outlet) -> None:
    for bad in ("21IIIIWWWW", "31IIIIIWWWWW", "21IIIIIWWPPP"):
        with pytest.raises(InvalidInput):
            config.set_value(outlet.ledger, "scale_barcode", bad)


def test_the_sample_catalogs_barcodes_are_all_valid() -> None:
    from pos.resources import resource_path

    doc = json.loads(resource_path("sample/catalog.json").read_text(encoding="utf-8"))
    codes = [c for p in doc["products"] for c in str(p.get("barcodes") or "").split("|") if c]
    assert codes and all(barcodes.gtin_problem(c) is None for c in codes)
