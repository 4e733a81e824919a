"""Barcode labels: in-store EAN-13 codes (2xxxxx + check digit), printed as rasters, read back
by zbarimg, and found by a scan at the counter."""

from __future__ import annotations

import pytest

from pos.errors import InvalidInput, NotFound
from pos.printing.documents.labels import (
    ean13_check_digit,
    ean13_modules,
    in_store_code,
    is_valid_ean13,
)
from pos.printing.printers import jobs
from pos.printing.printers.config import put_printer_settings
from pos.printing.printers.service import PrintQueue
from pos.printing.render.decode import paper_image, tokenize
from pos.products import catalog
from tests.support.print_fakes import ARTIFACTS, LoopbackPrinter, zbar


def test_the_ean13_check_digit_matches_published_examples():
    assert ean13_check_digit("400638133393") == "1"
    assert ean13_check_digit("590123412345") == "7"
    assert is_valid_ean13("4006381333931") and not is_valid_ean13("4006381333932")


def test_in_store_codes_start_with_2_have_13_digits_and_a_valid_check_digit():
    for product_id in (1, 2, 57, 123_456_789):
        code = in_store_code(product_id)
        assert code.startswith("200") and len(code) == 13 and is_valid_ean13(code)
    assert in_store_code(2) == "2000000000022"
    with pytest.raises(InvalidInput):
        in_store_code(0)


def test_an_ean13_has_95_modules_between_quiet_zones():
    modules = ean13_modules("4006381333931")
    assert len(modules) == 9 + 95 + 9
    assert modules[9:12] == "101" and modules[-12:-9] == "101"


@pytest.mark.parametrize("width", [384, 576])
def test_a_printed_label_scans_back_to_the_product(outlet, width):
    printer = LoopbackPrinter()
    put_printer_settings(outlet.ledger, {"printer_uri": printer.uri,
                                         "printer_width_dots": str(width)})  # fmt: skip
    soap = catalog.find_item(outlet.ledger, "SOAP-NEEM")
    expected = in_store_code(soap.product_id)
    with pytest.raises(NotFound):
        catalog.find_item(outlet.ledger, expected)

    _job, code = jobs.queue_labels(outlet.ledger, "SOAP-NEEM", copies=2)
    assert code == expected
    assert PrintQueue(outlet.ledger).process_due() == 1
    assert printer.connections[0].closed.wait(10)
    printer.close()

    tokens = tokenize(printer.jobs()[0])
    assert [t.name for t in tokens].count("cut") == 2
    text = "".join(t.text for t in tokens if t.name == "text")
    assert "Neem soap 100 g" in text
    ARTIFACTS.mkdir(exist_ok=True)
    paper_image(tokens, width).save(ARTIFACTS / f"labels_{width}.png")
    scanned = []
    cuts = [i for i, t in enumerate(tokens) if t.name == "cut"]
    for n, (start, end) in enumerate(zip([0, *cuts[:-1]], cuts, strict=True)):
        png = ARTIFACTS / f"label_{width}_{n}.png"
        paper_image(tokens[start:end], width).save(png)
        scanned += zbar(png)
    assert scanned == [code, code]
    assert catalog.find_item(outlet.ledger, scanned[0]).sku == "SOAP-NEEM"


def test_labelling_twice_keeps_one_barcode_for_the_product(outlet):
    first = jobs.queue_labels(outlet.ledger, "MSK-GRN", 1)[1]
    second = jobs.queue_labels(outlet.ledger, "MSK-GRN", 3)[1]
    assert first == second
    assert catalog.find_item(outlet.ledger, first).sku == "MSK-GRN"
    assert catalog.find_item(outlet.ledger, "8900000000012").sku == "MSK-GRN"
