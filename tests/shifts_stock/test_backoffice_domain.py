"""The back office's domain pieces without Qt: amounts in words, settings in words, pages of
stock and catalog, receipt search, a delivery taken in whole or not at all."""

from __future__ import annotations

import pytest

from pos.amounts import words
from pos.errors import InvalidInput
from pos.inventory import intake, stock
from pos.outlet import settings_words
from pos.products import catalog, catalog_edit
from pos.selling import receipts, sales


@pytest.mark.parametrize(
    ("paise", "en", "hi"),
    [
        (62_940, "Rupees six hundred twenty-nine and paise forty only",
         "छह सौ उनतीस रुपये और चालीस पैसे मात्र"),
        (100, "Rupees one only", "एक रुपये मात्र"),
        (12_345_678_900, "Rupees twelve crore thirty-four lakh fifty-six thousand seven "
         "hundred eighty-nine only", "बारह करोड़ चौंतीस लाख छप्पन हज़ार सात सौ नवासी रुपये मात्र"),
        (0, "Rupees zero only", "शून्य रुपये मात्र"),
    ],
)  # fmt: skip
def test_amounts_read_in_words_in_the_indian_system_in_both_languages(paise, en, hi) -> None:  # type: ignore[no-untyped-def]
    assert words.rupees_in_words(paise) == words.Words(en, hi)


def test_settings_in_words_turn_rupees_and_percentages_back_into_what_is_stored() -> None:
    assert settings_words.to_words("variance_threshold_paise", "10000") == "100.00"
    assert settings_words.from_words("variance_threshold_paise", "150.50") == "15050"
    assert settings_words.to_words("commission", "pct:750") == "7.5"
    assert settings_words.from_words("commission", "7.5") == "pct:750"
    assert settings_words.from_words("commission", "margin") == "margin"
    assert settings_words.from_words("printer_width_dots", "384") == "384"
    assert settings_words.from_words("commission", "7.25") == "pct:725"  # exact: no float
    for key, bad in (("commission", "101"), ("commission", "7.555"), ("commission", "₹5"),
                     ("commission", "-1"), ("commission", ".5"), ("idle_lock_minutes", "0"),
                     ("printer_drawer_pin", "3"), ("variance_threshold_paise", "-1")):  # fmt: skip
        with pytest.raises(InvalidInput):
            settings_words.from_words(key, bad)


def test_stock_and_catalog_come_a_page_at_a_time_in_sku_order_and_filter_in_the_ledger(
    outlet,
) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    first = stock.levels_page(led, limit=2)
    rest = stock.levels_page(led, after_sku=first[-1].sku, limit=2)
    assert [r.sku for r in first + rest] == [r.sku for r in stock.stock_levels(led)]
    assert [r.sku for r in stock.levels_page(led, "neem")] == ["SOAP-NEEM"]
    page = catalog_edit.catalog_page(led, limit=2)
    assert [p.sku for p in page] == ["MSK-GRN", "SAN-100"]
    assert [p.sku for p in catalog_edit.catalog_page(led, after_sku="SAN-100")] == ["SOAP-NEEM"]
    assert catalog_edit.catalog_page(led, "sanitizer")[0].mrp_paise == 4900


def test_receipts_are_found_by_number_amount_product_and_tender_newest_first(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    mask = catalog.find_item(led, "MSK-GRN")
    soap = catalog.find_item(led, "SOAP-NEEM")
    a = sales.complete_sale(led, [sales.price_line(mask, 2, doc_mode="tax_invoice")],
                            [sales.Tender("cash", 2000)], outlet.cashier)  # fmt: skip
    b = sales.complete_sale(led, [sales.price_line(soap, 1, doc_mode="tax_invoice")],
                            [sales.Tender("upi", 3600)], outlet.cashier)  # fmt: skip
    assert [r.receipt_no for r in receipts.last_of_shift(led)] == [b.receipt_no, a.receipt_no]
    assert [r.receipt_no for r in receipts.find_receipts(led, tender="upi")] == [b.receipt_no]
    assert [r.receipt_no for r in receipts.find_receipts(led, product="mask")] == [a.receipt_no]
    assert [r.receipt_no for r in receipts.find_receipts(led, total_paise=2000)] == [a.receipt_no]
    assert receipts.find_receipts(led, receipt=a.receipt_no[-3:])[0].tenders == ("cash",)
    with pytest.raises(InvalidInput):
        receipts.find_receipts(led, date_from="2026-05-02", date_to="2026-05-01")


def test_a_delivery_with_one_bad_line_writes_none_of_its_lines(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    lines = [intake.IntakeLine("MSK-GRN", 10, 800), intake.IntakeLine("SOAP-NEEM", 5, 9999)]
    with pytest.raises(intake.IntakeLineRefused) as refused:
        intake.receive_intake(led, "SHG-DUR", "2026-01-05", lines, user=outlet.manager)
    assert refused.value.line == 1 and "above the MRP" in refused.value.message
    assert stock.lots_of(led, "MSK-GRN") == []
    slip = intake.receive_intake(led, "SHG-DUR", "2026-01-05",
                                 lines[:1], user=outlet.manager)  # fmt: skip
    assert [lot.qty_received for lot in slip.lots] == [10] and slip.total_paise == 8000


def test_a_delivered_product_without_a_barcode_is_listed_for_labels(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    catalog_edit.save_product(led, {"sku": "PICKLE-1", "name_en": "Mango pickle", "category": "Food",
                                    "unit": "pc", "hsn": "2001", "gst_rate": "12", "mrp": "120",
                                    "shg_code": "SHG-DUR"})  # fmt: skip
    lines = [intake.IntakeLine("MSK-GRN", 10), intake.IntakeLine("PICKLE-1", 4)]
    slip = intake.receive_intake(led, "SHG-DUR", "2026-01-05", lines, user=outlet.manager)
    assert [lot.sku for lot in intake.lots_needing_labels(led, slip)] == ["PICKLE-1"]


def test_the_statements_lines_per_product_add_up_to_its_goods(outlet) -> None:  # type: ignore[no-untyped-def]
    from pos.reporting import settlement, statement_lines

    led, meena = outlet.ledger, outlet.manager
    lot = stock.receive_lot(led, "SHG-DUR", "MSK-GRN", 10, user=meena)
    stock.receive_lot(led, "SHG-DUR", "SOAP-NEEM", 6, user=meena)
    sale = sales.complete_sale(
        led, [sales.price_line(catalog.find_item(led, "MSK-GRN"), 3, doc_mode="tax_invoice"),
              sales.price_line(catalog.find_item(led, "SOAP-NEEM"), 2, doc_mode="tax_invoice")],
        [sales.Tender("cash", 20_000)], outlet.cashier)  # fmt: skip
    sales.return_sale(led, sale.receipt_no, [sales.ReturnLine(2, 1)], cashier=outlet.cashier,
                      approver=meena)  # fmt: skip
    stock.write_off(led, lot.id, "damage", 1, "torn", user=meena)
    today = led.db.execute("SELECT max(business_date) FROM sales").fetchone()[0]
    [whole] = settlement.shg_statement(led, today, today, shg_code="SHG-DUR")
    lines = statement_lines.statement_lines(led, "SHG-DUR", today, today)
    assert [(x.sku, x.received, x.sold, x.customer_returns, x.damaged, x.on_hand) for x in lines] == [
        ("MSK-GRN", 10, 3, 0, 1, 6), ("SOAP-NEEM", 6, 2, 1, 0, 5)]  # fmt: skip
    for field, total in (("received", whole.received_qty), ("sold", whole.sold_qty),
                         ("customer_returns", whole.customer_returns_qty),
                         ("damaged", whole.damaged_qty), ("on_hand", whole.on_hand_qty)):  # fmt: skip
        assert sum(getattr(x, field) for x in lines) == total, field


def test_every_settings_default_survives_being_shown_in_words_and_saved_back() -> None:
    from pos.outlet import config

    for spec in config.SETTINGS:
        shown = settings_words.to_words(spec.key, spec.default)
        assert settings_words.from_words(spec.key, shown) == spec.default, spec.key
