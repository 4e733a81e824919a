"""Receipts end to end: a sale, its print jobs, the bytes a loopback network printer receives,
decoded by our tokenizer and by the npm package npos, the QR read back by zbarimg."""

from __future__ import annotations

import pytest

from pos.printing.printers import jobs
from pos.printing.printers.config import put_printer_settings
from pos.printing.printers.service import PrintQueue
from pos.printing.render.decode import paper_image, tokenize
from pos.products import catalog
from pos.selling import sales
from tests.support.print_fakes import ARTIFACTS, LoopbackPrinter, npos_available, npos_decode, zbar


def make_sale(outlet, tenders):  # type: ignore[no-untyped-def]
    lines = [
        sales.price_line(catalog.find_item(outlet.ledger, sku), qty, doc_mode="tax_invoice")
        for sku, qty in (("MSK-GRN", 3), ("SOAP-NEEM", 2), ("SAN-100", 1))
    ]
    return sales.complete_sale(outlet.ledger, lines, tenders, outlet.cashier)


@pytest.fixture
def printer():  # type: ignore[no-untyped-def]
    fake = LoopbackPrinter()
    yield fake
    fake.close()


def print_all(outlet, printer, width=576):  # type: ignore[no-untyped-def]
    put_printer_settings(outlet.ledger, {"printer_uri": printer.uri,
                                         "printer_width_dots": str(width)})  # fmt: skip
    queue = PrintQueue(outlet.ledger)
    printed = queue.process_due()
    for record in printer.connections:
        assert record.closed.wait(10)
    return printed, queue


@pytest.mark.parametrize("width", [576, 384])
def test_a_cash_and_upi_sale_prints_drawer_kick_and_a_bilingual_receipt(outlet, printer, width):
    sale = make_sale(outlet, [sales.Tender("upi", 5000, "412345678901"),
                              sales.Tender("cash", 20000)])  # fmt: skip
    ids = jobs.queue_after_sale(outlet.ledger, sale)
    assert [j.kind for j in jobs.list_jobs(outlet.ledger) if j.id in ids] == ["receipt", "drawer"]

    printed, _ = print_all(outlet, printer, width)

    assert printed == 2
    drawer, receipt = printer.jobs()
    assert [(t.name, t.value) for t in tokenize(drawer)] == [("init", 0), ("drawer", 2)]
    tokens = tokenize(receipt)
    names = [t.name for t in tokens]
    assert names[0] == "init" and names[-1] == "cut"
    assert "drawer" not in names
    rasters = [t for t in tokens if t.name == "raster"]
    assert rasters and all(t.width == width for t in rasters)
    text = "".join(t.text for t in tokens if t.name == "text")
    for expected in (sale.receipt_no, "GSTIN: 23AAALZ0423G1ZB", "6307 5%", "150.00",
                     "Round off", "412345678901", "Cashier", "Ravi"):  # fmt: skip
        assert expected in text
    assert "DUPLICATE" not in text

    paper = paper_image(tokens, width)
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / f"receipt_{width}.png"
    paper.save(png)
    assert zbar(png) == []  # paid in full: no payable UPI QR (a scan would pay twice)


@pytest.mark.skipif(not npos_available(), reason="npm package npos not installed: "
                    "npm ci --prefix tests/printing/npm_decoder")  # fmt: skip
def test_an_independent_decoder_reads_the_same_commands_from_the_printer_bytes(
    outlet, printer, tmp_path
):
    sale = make_sale(outlet, [sales.Tender("cash", 20000)])
    jobs.queue_after_sale(outlet.ledger, sale)
    print_all(outlet, printer)
    drawer, receipt = printer.jobs()
    ours = tokenize(receipt)

    (tmp_path / "receipt.bin").write_bytes(receipt)
    (tmp_path / "drawer.bin").write_bytes(drawer)
    theirs = npos_decode(tmp_path / "receipt.bin")
    kick = npos_decode(tmp_path / "drawer.bin")

    assert theirs["error"] is None
    commands = [(c["ascii"], c["fn"]) for c in theirs["commands"]]
    assert commands[0] == ("ESC", "@")
    assert commands.count(("GS", "V")) == 1 == [t.name for t in ours].count("cut")
    assert [(c["ascii"], c["fn"]) for c in kick["commands"]] == [("ESC", "@"), ("ESC", "p")]
    their_rasters = [(e["width"], e["height"]) for e in theirs["entries"] if e["type"] == "raster"]
    our_rasters = [(t.width, t.height) for t in ours if t.name == "raster"]
    assert their_rasters == our_rasters
    their_text = "".join(e.get("text", "") for e in theirs["entries"] if e["type"] == "text")
    our_text = "".join(t.text for t in ours if t.name == "text")
    assert their_text.replace("\n", "") == our_text.replace("\n", "")
    assert sale.receipt_no in their_text


def test_a_reprint_is_a_new_job_and_the_receipt_says_duplicate(outlet, printer):
    sale = make_sale(outlet, [sales.Tender("upi", 15000)])
    first = jobs.queue_after_sale(outlet.ledger, sale)
    assert len(first) == 1  # no cash: no drawer kick
    again = jobs.queue_receipt(outlet.ledger, sale.receipt_no, duplicate=True)

    print_all(outlet, printer)

    listed = {j.id: j for j in jobs.list_jobs(outlet.ledger)}
    assert listed[again].duplicate and not listed[first[0]].duplicate
    assert all(listed[i].status == "done" for i in (*first, again))
    original, reprint = ("".join(t.text for t in tokenize(job) if t.name == "text")
                         for job in printer.jobs())  # fmt: skip
    assert "* DUPLICATE *" in reprint and "DUPLICATE" not in original


def test_a_return_prints_a_credit_note_against_the_original(outlet, printer):
    sale = make_sale(outlet, [sales.Tender("cash", 20000)])
    returned = sales.return_sale(
        outlet.ledger, sale.receipt_no, [sales.ReturnLine(1, 1)], cashier=outlet.cashier,
        approver=outlet.manager, reason="torn",
    )  # fmt: skip
    jobs.queue_receipt(outlet.ledger, returned.receipt_no)
    print_all(outlet, printer)
    text = "".join(t.text for t in tokenize(printer.jobs()[0]) if t.name == "text")
    assert returned.receipt_no in text and sale.receipt_no in text


def test_without_a_cutter_the_paper_is_fed_and_never_cut(outlet, printer):
    put_printer_settings(outlet.ledger, {"printer_cutter": "no"})
    sale = make_sale(outlet, [sales.Tender("upi", 15000)])
    jobs.queue_receipt(outlet.ledger, sale.receipt_no)
    print_all(outlet, printer)
    names = [t.name for t in tokenize(printer.jobs()[0])]
    assert "cut" not in names and names[-1] == "feed"


@pytest.mark.parametrize("doc_mode", ["bill_of_supply", "cash_memo"])
def test_without_a_tax_invoice_the_receipt_has_no_tax_table(tmp_path, printer, doc_mode):
    from conftest import make_outlet

    from pos.printing.documents.document import Table, Text
    from pos.printing.documents.receipt import TITLES, ReceiptOptions, receipt_for

    shop = make_outlet(tmp_path / doc_mode, doc_mode=doc_mode)
    try:
        item = catalog.find_item(shop.ledger, "MSK-GRN")
        sale = sales.complete_sale(
            shop.ledger, [sales.price_line(item, 1, doc_mode=doc_mode)],
            [sales.Tender("cash", 1000)], shop.cashier,
        )  # fmt: skip
        jobs.queue_receipt(shop.ledger, sale.receipt_no)
        print_all(shop, printer)
        document = receipt_for(shop.ledger, sale.receipt_no, ReceiptOptions())
    finally:
        shop.ledger.close()
    text = "".join(t.text for t in tokenize(printer.jobs()[0]) if t.name == "text")
    assert "Taxable" not in text and "CGST" not in text and "HSN" not in text
    # a bill of supply carries the outlet's GSTIN; a cash memo (unregistered) has none
    assert ("GSTIN: 23AAALZ0423G1ZB" in text) == (doc_mode == "bill_of_supply")
    assert sale.receipt_no in text and "10.00" in text
    title = " / ".join(TITLES[("sale", doc_mode)])
    assert Text(title, align="center", bold=True) in document.blocks
    assert not any(isinstance(block, Table) for block in document.blocks)
