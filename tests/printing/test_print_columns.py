"""Receipt rows on 58 mm and 80 mm paper: every column keeps a space before it and reads back
(issue 10: on 384 dots "1 x 1450.00" printed as "11450.00"). Every demo product at
quantities 1, 12 and 999 is rung up, its receipt laid out and printed to bytes, and each item
row is parsed back, from the layout model both thermal renderers share and from the ESC/POS
bytes (our tokenizer; npm npos too when installed), to its quantity, rate and amount."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pos.amounts.money import format_paise
from pos.outlet import users
from pos.outlet.demo import create_demo_outlet, sample_file
from pos.printing.documents.document import Row
from pos.printing.documents.receipt import LINE_WEIGHTS, ReceiptOptions, build_receipt
from pos.printing.render.columns import row_lines, row_plan
from pos.printing.render.decode import paper_image, tokenize
from pos.printing.render.escpos_render import PaperSpec, render_escpos
from pos.products import catalog
from pos.selling import sales, shifts
from pos.settings import resolve_settings
from tests.support.print_fakes import ARTIFACTS, npos_available, npos_decode

QUANTITIES = (1, 12, 999)
WIDTHS = {384: 32, 576: 48}  # dots: characters of printer text
FIGURE = re.compile(r"^\d+\.\d\d$")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The demo outlet with one sale per demo product and quantity, and one of all of them
    per quantity: {(sku or '*', qty): SaleRecord}."""
    _made, ledger = create_demo_outlet(resolve_settings(tmp_path_factory.mktemp("demo")))
    cashier = users.get_user(ledger, "Ravi")
    shifts.open_shift(ledger, cashier, 100_000)
    skus = [p["sku"] for p in json.loads(Path(sample_file("catalog.json")).read_text())["products"]]
    items = [catalog.find_item(ledger, sku) for sku in skus]
    rung = {}
    doc_mode = ledger.outlet.doc_mode
    for qty in QUANTITIES:
        for item in items:
            line = sales.price_line(item, qty, doc_mode=doc_mode)
            rung[(item.sku, qty)] = sales.complete_sale(
                ledger, [line], [sales.Tender("cash", line.gross_paise + 100)], cashier
            )
        lines = [sales.price_line(item, qty, doc_mode=doc_mode) for item in items]
        total = sales.make_bill(lines).total_paise
        rung[("*", qty)] = sales.complete_sale(ledger, lines, [sales.Tender("upi", total)], cashier)
    yield ledger, rung
    ledger.close()


def item_rows(document) -> list[Row]:  # type: ignore[no-untyped-def]
    """The rows under the item header (qty, rate, amount), in order."""
    return [b for b in document.blocks if isinstance(b, Row) and len(b.cells) == 4 and not b.bold]


def figures(tokens: list[str]) -> tuple[int, int, int]:
    """(qty, rate paise, amount paise) from the last three tokens of an item row; each must be
    a figure on its own (a merged '11450.00' is not)."""
    qty, rate, amount = tokens[-3:]
    assert qty.isdigit() and FIGURE.match(rate) and FIGURE.match(amount), tokens
    return int(qty), int(rate.replace(".", "")), int(amount.replace(".", ""))


def expected(sale: sales.SaleRecord) -> list[tuple[int, int, int]]:
    return [(line["qty"], line["unit_price_paise"], line["gross_paise"]) for line in sale.lines]


def printed_rows(text: str, sale: sales.SaleRecord) -> list[tuple[int, int, int]]:
    """Item rows read back from the printer text: the section between the item header's rule
    and the next rule, each line's name words skipped, then HSN, rate, qty, rate, amount."""
    section = text.split("HSN GST", 1)[1].split("\n", 2)[2]
    words = section.split("-----", 1)[0].split()
    out = []
    for line in sale.lines:
        name = line["name_en"].split()
        assert words[: len(name)] == name, (words[:10], name)
        words = words[len(name) :]
        out.append(figures(words[:5]))
        assert words[0] == line["hsn"] and words[1].endswith("%")
        words = words[5:]
    assert words == []
    return out


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("qty", QUANTITIES)
def test_every_demo_product_row_reads_back_its_quantity_rate_and_amount_from_the_layout(
    demo, width, qty
) -> None:  # type: ignore[no-untyped-def]
    ledger, rung = demo
    columns = WIDTHS[width]
    for (sku, n), sale in rung.items():
        if n != qty:
            continue
        document = build_receipt(ledger.outlet, sale, "Ravi", ReceiptOptions())
        rows = item_rows(document)
        assert len(rows) == len(sale.lines), sku
        for row, want in zip(rows, expected(sale), strict=True):
            lines = row_lines(row.cells, row.weights, row.aligns, columns)
            assert all(len(line) <= columns for line in lines), lines
            assert figures(" ".join(lines).split()) == want, (sku, lines)


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("qty", QUANTITIES)
def test_every_demo_product_row_reads_back_from_the_printer_bytes(
    demo, width, qty, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ledger, rung = demo
    sale = rung[("*", qty)]
    document = build_receipt(ledger.outlet, sale, "Ravi", ReceiptOptions())
    payload = render_escpos(document, PaperSpec(width))
    tokens = tokenize(payload)
    text = "".join(t.text for t in tokens if t.name == "text")
    assert printed_rows(text, sale) == expected(sale)
    ARTIFACTS.mkdir(exist_ok=True)
    paper_image(tokens, width).save(ARTIFACTS / f"receipt_all_products_{qty}_{width}.png")
    if npos_available():
        (tmp_path / "receipt.bin").write_bytes(payload)
        theirs = npos_decode(tmp_path / "receipt.bin")
        their_text = "\n".join(e.get("text", "") for e in theirs["entries"] if e["type"] == "text")
        assert printed_rows(their_text, sale) == expected(sale)


def test_a_row_too_wide_for_58_mm_puts_the_amount_on_a_line_of_its_own() -> None:
    cells = ("6307 5%", "100000", format_paise(145_000), format_paise(14_500_000_000))
    plan = row_plan(cells, (7, 3, 4, 5), ("left", "right", "right", "right"), 32)
    assert [[slot.text for slot in band] for band in plan] == [list(cells[:3]), [cells[3]]]
    lines = row_lines(cells, (7, 3, 4, 5), ("left", "right", "right", "right"), 32)
    assert lines[0].split() == " ".join(cells[:3]).split() and lines[1] == cells[3].rjust(32)
    assert figures(" ".join(lines).split()) == (100000, 145_000, 14_500_000_000)


@pytest.mark.parametrize("columns", sorted(WIDTHS.values()))
def test_one_at_1234_50_keeps_its_quantity_apart_from_its_rate_in_the_old_weights(columns) -> None:
    aligns = ("left", "right", "right", "right")
    lines = row_lines(("3808 18%", "1", "1234.50", "1234.50"), LINE_WEIGHTS, aligns, columns)
    assert figures(" ".join(lines).split()) == (1, 123_450, 123_450)
    assert all(len(line) <= columns for line in lines)
