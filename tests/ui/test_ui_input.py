"""The keyboard, the scanner and the touch screen at the counter: scans however they end,
typed quantities, loose goods, search words, payment keys (pytest-qt, offscreen)."""

from __future__ import annotations

import json

import pytest
from conftest import CASHIER_PIN, make_outlet
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from test_ui_counter import (
    MASK,
    SOAP,
    at_sale,
    finish,
    log_in,
    open_window,
    pay_dialog,
    scan,
    screen_lines,
    settle,
)

from pos.products import catalog
from pos.selling import sales
from pos.ui.counter.scan_input import QuantityDialog, clean_scan
from tests.ledger.test_barcodes import OIL


def type_in(qtbot, window, text: str, end=Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    search = window.sale_page.search
    search.setFocus()
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, end)
    settle(qtbot, window)


def test_scans_ended_by_tab_enter_or_lf_each_add_the_item_and_clear_the_box(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    page = counter.sale_page
    type_in(qtbot, counter, MASK, Qt.Key.Key_Tab)
    assert page.search.text() == "" and QApplication.focusWidget() is page.search
    type_in(qtbot, counter, MASK, Qt.Key.Key_Tab)  # not appended to the first scan
    type_in(qtbot, counter, SOAP)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "]E0" + SOAP)  # an AIM prefix, then LF (Ctrl+J)
    qtbot.keyClick(page.search, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, counter)
    assert screen_lines(counter) == [("MSK-GRN", 2, 2000), ("SOAP-NEEM", 2, 7100)]
    assert page.search.text() == ""
    assert clean_scan("\x02]E08900000000012\r\n") == "8900000000012"


def test_a_quantity_typed_before_a_scan_or_a_search_or_on_a_selected_line(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    page = counter.sale_page
    type_in(qtbot, counter, "3*" + MASK)
    type_in(qtbot, counter, "2x neem")
    assert screen_lines(counter) == [("MSK-GRN", 3, 3000), ("SOAP-NEEM", 2, 7100)]
    page.select_row(0)
    qtbot.keyClicks(page.search, "5")
    qtbot.keyClick(page.search, Qt.Key.Key_F5)  # the quantity key takes the typed number
    settle(qtbot, counter)
    assert screen_lines(counter)[0] == ("MSK-GRN", 5, 5000) and page.search.text() == ""
    qtbot.keyClick(page.search, Qt.Key.Key_F5)  # nothing typed: the dialog with the keypad
    qtbot.waitUntil(lambda: isinstance(counter.dialog, QuantityDialog))
    dialog = counter.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
    qtbot.keyClicks(dialog.amount, "2")  # replaces the selected "5"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert screen_lines(counter)[0] == ("MSK-GRN", 2, 2000)
    removed = counter.ops.reader.db.execute("SELECT sum(qty) FROM removed_lines").fetchone()
    assert removed == (3,)  # the 3 taken off are recorded for the Z


def test_loose_goods_take_a_weight_or_volume_in_litres_or_ml(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    catalog.import_catalog(
        outlet.ledger, catalog.parse_catalog_json(json.dumps({"products": [OIL]}))
    )
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        type_in(qtbot, window, "075678164125")  # mustard oil by the litre: asks how much
        qtbot.waitUntil(lambda: isinstance(window.dialog, QuantityDialog))
        dialog = window.dialog
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        for key in ("1", ".", "5"):
            dialog.findChild(QPushButton, f"key_{key}").click()
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        settle(qtbot, window)
        assert screen_lines(window) == [("OIL-MUS", 1500, 30000)]  # 1.5 l at ₹200 a litre
        type_in(qtbot, window, "250ml*OIL-MUS")
        assert screen_lines(window) == [("OIL-MUS", 1750, 35000)]
        type_in(qtbot, window, "250g*OIL-MUS")  # a weight for a liquid: refused, said why
        assert "sold by volume" in window.sale_page.message.text()
        assert screen_lines(window) == [("OIL-MUS", 1750, 35000)]
    finally:
        finish(qtbot, window)


def test_esc_clears_the_search_and_a_name_that_finds_nothing_says_so_in_words(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    page = counter.sale_page
    geometry = page.cart_view.geometry()
    type_in(qtbot, counter, "bicycle")
    assert page.message.text() == "No product is called “bicycle”"
    assert page.cart_view.geometry() == geometry  # the message line never moves the layout
    qtbot.keyClicks(page.search, "ne")
    assert page.message.text() == ""  # typing again: the old refusal is gone
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.results_model.items == []
    assert page.cart_view.geometry() == geometry


def test_a_misspelt_hindi_name_still_finds_the_product(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    page = counter.sale_page
    page.search.insert("साबून")  # for साबुन (typed by an input method)
    qtbot.waitUntil(lambda: [i.sku for i in page.results_model.items] == ["SOAP-NEEM"])
    row = page.results_model.data(page.results_model.index(0), Qt.ItemDataRole.DisplayRole)
    assert "नीम साबुन" in row and "Neem soap" in row and "₹35.50" in row and "in stock" in row
    assert page.results_view.visualRect(page.results_model.index(0)).height() >= 48
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert screen_lines(counter) == [("SOAP-NEEM", 1, 3550)]


def test_quick_amounts_keep_the_card_tender_and_a_part_payment_can_be_taken_back(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, MASK)
    dialog = pay_dialog(qtbot, counter)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F3)  # card
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F9)  # ₹500
    assert dialog.method == "card" and dialog.amount.text() == "500.00"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert "only cash gives change" in dialog.message.text()  # refused, not turned into cash
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F5)  # exact keeps the card
    assert dialog.method == "card" and dialog.amount.text() == "10.00"
    dialog.amount.setText("4")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F4)  # a part payment by mistake
    assert dialog.due_label.text() == "₹6.00"
    dialog.remove_part_button.click()
    assert dialog.tenders == [] and dialog.paid_list.count() == 0
    assert dialog.due_label.text() == "₹10.00"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F1)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    sale = sales.get_sale(counter.ops.reader, counter.last_receipt)
    assert [(p.method, p.amount_paise) for p in sale.payments] == [("cash", 1000)]


def test_a_prefilled_amount_is_replaced_by_what_is_typed(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made = make_outlet(tmp_path / "outlet", open_shift=False)
    window = open_window(qtbot, made.settings)
    try:
        log_in(qtbot, window, "Ravi", CASHIER_PIN)
        qtbot.waitUntil(lambda: window.dialog is not None)
        box = window.dialog.amount
        qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
        qtbot.keyClicks(box, "1000")
        assert box.text() == "1000"  # not "0.001000"
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert window.dialog is not None and window.dialog.isVisible()  # Space never cancels
    finally:
        finish(qtbot, window)
        made.ledger.close()


@pytest.fixture
def counter(qtbot, outlet):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    yield window
    finish(qtbot, window)


def test_a_weighing_scale_label_rings_up_the_weight_it_carries(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    from pos.outlet import config
    from pos.products import barcodes

    catalog.import_catalog(
        outlet.ledger, catalog.parse_catalog_json(json.dumps({"products": [OIL]}))
    )
    config.set_value(outlet.ledger, "scale_barcode", "21IIIIIWWWWW")
    oil = catalog.find_item(outlet.ledger, "OIL-MUS")
    body = f"21{oil.product_id:05d}00750"
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        scan(qtbot, window, body + str(barcodes.check_digit(body)))
        assert screen_lines(window) == [("OIL-MUS", 750, 15000)]  # 750 ml at ₹200 a litre
        assert window.dialog is None  # the label said how much: nothing asked
    finally:
        finish(qtbot, window)
