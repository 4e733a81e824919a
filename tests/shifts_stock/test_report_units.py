"""The till's GST summary and SHG statement keep the quantities of one HSN or one SHG per unit
(issue 13): loose mustard oil in millilitres and oil tins in pieces, both HSN 1514 and both
from SHG-LAX, never add up to one number."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pos import clock
from pos.amounts.quantity import PerUnit, format_per_unit
from pos.inventory import stock
from pos.inventory.intake import IntakeSlip
from pos.printing.documents.backoffice_docs import (
    document_csv,
    gst_document,
    intake_slip_document,
    statement_document,
)
from pos.printing.documents.report_adapters import settlement_figures, shift_figures
from pos.printing.documents.report_docs import shg_statement, shift_report
from pos.printing.render.pdf import render_pdf
from pos.products import catalog
from pos.reporting import reports, settlement
from pos.selling import sales
from tests.conftest import SMALL_CATALOG, Outlet

OIL = [
    {"sku": "MUSTARD-L", "barcodes": "8900000000043", "name_en": "Mustard oil (loose)",
     "name_hi": "सरसों तेल (खुला)", "category": "Oil", "category_hi": "तेल", "unit": "ml",
     "hsn": "1514", "gst_rate": "5", "mrp": "0.2", "shg_code": "SHG-LAX"},
    {"sku": "MUSTARD-TIN", "barcodes": "8900000000050", "name_en": "Mustard oil tin 1 l",
     "name_hi": "सरसों तेल टिन 1 लीटर", "category": "Oil", "category_hi": "तेल", "unit": "pc",
     "hsn": "1514", "gst_rate": "5", "mrp": "210", "shg_code": "SHG-LAX"},
]  # fmt: skip


def sell_oil(outlet: Outlet) -> str:
    """5 l of loose oil and 20 tins received from SHG-LAX; 1.5 l and 3 tins sold. The day."""
    led = outlet.ledger
    with_oil = {**SMALL_CATALOG, "products": [*SMALL_CATALOG["products"], *OIL]}
    catalog.import_catalog(led, catalog.parse_catalog_json(json.dumps(with_oil)))
    stock.receive_lot(led, "SHG-LAX", "MUSTARD-L", 5000, user=outlet.manager)
    stock.receive_lot(led, "SHG-LAX", "MUSTARD-TIN", 20, user=outlet.manager)
    lines = [sales.price_line(catalog.find_item(led, sku), qty, doc_mode="tax_invoice")
             for sku, qty in (("MUSTARD-L", 1500), ("MUSTARD-TIN", 3))]  # fmt: skip
    bill = sales.make_bill(lines)
    sales.complete_sale(led, lines, [sales.Tender("cash", bill.total_paise)], outlet.cashier)
    return clock.business_date(clock.now_utc())


def test_the_gst_summary_has_a_line_per_hsn_and_unit_on_screen_pdf_and_csv(
    outlet: Outlet, tmp_path: Path
) -> None:
    day = sell_oil(outlet)
    gst = reports.gst_summary(outlet.ledger, day, day)
    assert [(h.hsn, h.rate_bp, h.uqc, h.qty, h.value_paise) for h in gst.lines] == [
        ("1514", 500, "MLT", 1500, 30000),
        ("1514", 500, "PCS", 3, 63000),
    ]
    assert gst.rates[0].taxable_paise == gst.taxable_paise  # the money is as before
    document = gst_document(outlet.ledger, gst)
    as_csv = document_csv(document)
    assert "1514,5%,MLT,1500," in as_csv and "1514,5%,PCS,3," in as_csv
    assert "1503" not in as_csv  # no sum across units, not even in the total row
    pdf = render_pdf(document, tmp_path / "gst.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "MLT" in text and "PCS" in text and "1503" not in text


def test_the_shg_statement_gives_an_shgs_goods_per_unit_with_its_money_unchanged(
    outlet: Outlet, tmp_path: Path
) -> None:
    day = sell_oil(outlet)
    (lax,) = settlement.shg_statement(outlet.ledger, day, day, shg_code="SHG-LAX")
    assert (lax.units.received, lax.units.sold, lax.units.on_hand) == (
        PerUnit.of({"pc": 20, "ml": 5000}), PerUnit.of({"pc": 3, "ml": 1500}),
        PerUnit.of({"pc": 17, "ml": 3500}))  # fmt: skip
    assert (lax.gross_sales_paise, lax.received_paise) == (93000, 5000 * 20 + 20 * 21000)
    assert format_per_unit(lax.units.sold, "hi") == "3 नग · 1.5 लीटर"
    document = statement_document(outlet.ledger, [lax], day, day)
    as_csv = document_csv(document)
    assert "20 pcs/नग · 5 L/लीटर" in as_csv and "17 pcs/नग · 3.5 L/लीटर" in as_csv
    assert "5020" not in as_csv and "1503" not in as_csv
    shared = shg_statement(settlement_figures(outlet.ledger, [lax], day, day))
    assert "3 pcs/नग · 1.5 L/लीटर" in document_csv(shared)


def test_an_shg_of_one_unit_keeps_its_figures_labelled_with_that_unit(outlet: Outlet) -> None:
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 40, user=outlet.manager)
    day = clock.business_date(clock.now_utc())
    (lax,) = settlement.shg_statement(outlet.ledger, day, day, shg_code="SHG-LAX")
    assert lax.units.received == PerUnit.of({"pc": 40}) and lax.received_qty == 40
    assert str(lax.units.on_hand) == "40 pcs"


def test_the_shift_report_gives_a_categorys_and_an_shgs_quantities_per_unit(
    outlet: Outlet,
) -> None:
    sell_oil(outlet)
    x = reports.x_report(outlet.ledger)
    oil = next(c for c in x.categories if c.category == "Oil")
    assert (oil.qty_sold, oil.sales_paise) == (PerUnit.of({"pc": 3, "ml": 1500}), 93000)
    (lax,) = [g for g in x.shgs if g.shg_code == "SHG-LAX"]
    assert (lax.qty_sold, lax.sold_beyond_stock) == (PerUnit.of({"pc": 3, "ml": 1500}), PerUnit())
    text = document_csv(shift_report(shift_figures(outlet.ledger, x)))
    assert "3 pcs/नग · 1.5 L/लीटर" in text and "1503" not in text


def test_an_intake_slip_totals_its_lots_per_unit(outlet: Outlet) -> None:
    sell_oil(outlet)
    lots = tuple(stock.get_lot(outlet.ledger, n) for n in (1, 2))
    slip = IntakeSlip("SHG-LAX", "Laxmi SHG", lots[0].received_on, lots)
    total = intake_slip_document(outlet.ledger.outlet, slip)
    assert "Total,20 pcs/नग · 5 L/लीटर" in document_csv(total)


def test_quantities_per_unit_read_in_big_units_from_a_thousand_in_either_language() -> None:
    mixed = PerUnit.of({"ml": 4780, "pc": 1200, "g": 250})
    assert format_per_unit(mixed) == "1,200 pcs · 250 g · 4.78 L"
    assert format_per_unit(mixed, "hi") == "1,200 नग · 250 ग्राम · 4.78 लीटर"
    assert format_per_unit(PerUnit.of({"g": -1500}), "both") == "-1.5 kg/किलो"
    assert format_per_unit(PerUnit()) == "0" and not PerUnit.of({"pc": 0})
    assert mixed - PerUnit.of({"pc": 1200}) == PerUnit.of({"g": 250, "ml": 4780})
