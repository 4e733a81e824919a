"""Honest feedback on the counter's screens and the customer display, driven through the
widgets (pytest-qt, offscreen) and checked against the ledger."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import MANAGER_PIN
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from test_ui_counter import at_sale, finish, open_window, pay_dialog, scan, settle

from pos import clock
from pos.outlet import config
from pos.printing.documents.document import QrCode
from pos.printing.documents.receipt import ReceiptOptions, receipt_for
from pos.selling import sales
from pos.ui.counter.close_shift import ZReportDialog
from pos.ui.counter.report_view import DocumentView
from pos.ui.counter.returns import ReturnDialog
from pos.ui.shell.indicators import ERROR, OK, IndicatorState
from pos.ui.shell.main_window import MainWindow

MASK, SOAP, SANITIZER = "8900000000012", "8900000000029", "8900000000036"


@pytest.fixture
def counter(qtbot, outlet) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    yield window
    finish(qtbot, window)


def cash_sale(qtbot, window, codes, tendered: str) -> str:  # type: ignore[no-untyped-def]
    for code in codes:
        scan(qtbot, window, code)
    dialog = pay_dialog(qtbot, window)
    dialog.amount.setText(tendered)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    return window.last_receipt or ""


def close_to_z(qtbot, window) -> ZReportDialog:  # type: ignore[no-untyped-def]
    """Count one big note (a difference: a reason and a manager), close, return the Z."""
    from pos.ui.counter.close_shift import CloseShiftDialog

    qtbot.keyClick(window.sale_page.search, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialog, CloseShiftDialog))
    dialog = window.dialog
    dialog.counts[max(dialog.counts)].setValue(1)
    dialog.submit()
    settle(qtbot, window)
    dialog.reason.setText("counted twice")
    dialog.approval.choose("Meena", MANAGER_PIN)
    dialog.submit()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ZReportDialog))
    return window.dialog  # type: ignore[return-value]


def test_the_change_stays_in_large_type_until_the_next_item_is_scanned(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    page = counter.sale_page
    receipt = cash_sale(qtbot, counter, [SOAP], "100")  # ₹36 bill: ₹64 change
    assert page.cart_stack.currentWidget() is page.change_banner
    assert page.change_banner.amount.text() == "Change: ₹64.00"
    assert receipt in page.change_banner.detail.text()
    page.say("Sync started")  # other messages come and go: the change stays
    assert page.cart_stack.currentWidget() is page.change_banner
    scan(qtbot, counter, MASK)
    assert page.cart_stack.currentWidget() is page.cart_view


def test_a_printer_out_of_paper_is_a_banner_with_its_remedy_and_goes_when_it_prints(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    banner = counter.sale_page.printer_banner
    assert not banner.isVisible()
    counter.indicator_states["printer"] = IndicatorState(ERROR, "out of paper", "paper")
    counter.refresh_status()
    assert banner.isVisible() and "load a new roll" in banner.text()
    counter.indicator_states["printer"] = IndicatorState(ERROR, "off", "off")
    counter.refresh_status()
    assert "switch it on" in banner.text()
    counter.indicator_states["printer"] = IndicatorState(OK, "ok", "ok")
    counter.refresh_status()
    assert not banner.isVisible()


def test_printing_a_z_without_a_printer_says_so_instead_of_sent(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    z = close_to_z(qtbot, counter)
    z.print_report()
    settle(qtbot, counter)
    assert "No printer is set up" in z.message.text()
    assert "printer" in z.message.text() and "Queued" not in z.message.text()
    z.accept()


def test_a_held_cart_is_labelled_with_the_outlets_local_time(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, MASK)
    before = clock.local(clock.now_utc()).strftime("%H:%M")
    qtbot.keyClick(counter.sale_page.search, Qt.Key.Key_F7)
    after = clock.local(clock.now_utc()).strftime("%H:%M")
    settle(qtbot, counter)  # the held cart is written on the task runner
    held = counter.ops.held_carts()
    assert len(held) == 1 and held[0].label.split()[0] in (before, after)
    assert held[0].label.split()[0] != clock.now_utc().strftime("%H:%M")  # not the UTC clock


def test_the_return_dialog_shows_prices_and_the_refund_before_it_is_confirmed(
    qtbot, counter, outlet
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    receipt = cash_sale(qtbot, counter, [SOAP, MASK, MASK], "100")
    qtbot.keyClick(counter.sale_page.search, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: isinstance(counter.dialog, ReturnDialog))
    dialog = counter.dialog
    qtbot.keyClicks(dialog.receipt, receipt)
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    prices = [dialog.lines.item(r, 3).text() for r in range(dialog.lines.rowCount())]
    assert prices == ["₹35.50", "₹10.00"]
    assert dialog.refund_label.text().endswith("₹0.00")
    dialog.return_qty(1, 1)
    assert dialog.refund_label.text() == "Refund for the lines chosen: ₹10.00"
    dialog.return_qty(0, 1)  # 35.50 + 10.00 = 45.50, rounded as the return will be
    assert dialog.refund_label.text().endswith("₹46.00")
    dialog.reason.setText("torn")
    dialog.approval.choose("Meena", MANAGER_PIN)
    dialog.submit()
    settle(qtbot, counter)
    returned = sales.get_sale(outlet.ledger, counter.ops.last_receipt_no() or "")
    assert returned.kind == "return" and returned.total_paise == 4600


def test_a_void_asks_are_you_sure_with_the_amount_and_no_keeps_the_sale(
    qtbot, counter, outlet
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    receipt = cash_sale(qtbot, counter, [SOAP, MASK], "50")
    qtbot.keyClick(counter.sale_page.search, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: isinstance(counter.dialog, ReturnDialog))
    dialog = counter.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.receipt, receipt)
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    dialog.approval.choose("Meena", MANAGER_PIN)
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.confirm is not None and dialog.confirm.isVisible())
    assert receipt in dialog.confirm.text() and "₹46.00" in dialog.confirm.text()
    dialog.confirm.button(QMessageBox.StandardButton.No).click()
    settle(qtbot, counter)
    assert sales.returnable(outlet.ledger, receipt) == {1: 1, 2: 1}  # nothing voided
    assert counter.dialog is dialog and dialog.isVisible()
    dialog.reject()


def test_the_z_on_screen_is_the_printed_report_with_local_times_and_names(
    qtbot, counter, outlet
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    cash_sale(qtbot, counter, [MASK], "10")
    shift = counter.ops.current_shift()
    z = close_to_z(qtbot, counter)
    assert isinstance(z.view, DocumentView)
    shown = z.view.texts()
    printed = z.view.document
    from pos.printing.documents.document import Row, Table, Text
    from pos.ui.counter.report_view import _words

    for block in printed.blocks:  # every text of the printed Z is on the screen (a label the
        if isinstance(block, Text):  # paper prints in both languages, in the screen's one)
            assert _words(block.text) in shown
        elif isinstance(block, Row):
            assert all(_words(cell) in shown for cell in block.cells)
        elif isinstance(block, Table):
            assert all(_words(cell) in shown for row in block.rows for cell in row)
    assert "Opening float" in shown and "Opening float / शुरुआती नकद" not in shown
    assert "Ravi" in shown  # the cashier's name, not an id
    opened = clock.local(clock.from_iso(shift.opened_at)).strftime("%d-%m-%Y %H:%M")
    assert opened in shown  # the outlet's local time
    z.accept()


def test_a_receipt_paid_by_upi_carries_no_payable_upi_qr(outlet) -> None:  # type: ignore[no-untyped-def]
    from pos.products.catalog import find_item

    line = sales.price_line(find_item(outlet.ledger, MASK), 2, doc_mode="tax_invoice")
    sale = sales.complete_sale(outlet.ledger, [line], [sales.Tender("upi", 2000)], outlet.cashier)
    for policy in ("upi", "always"):
        document = receipt_for(outlet.ledger, sale.receipt_no, ReceiptOptions(upi_qr=policy))
        assert not [b for b in document.blocks if isinstance(b, QrCode)]


# ---------------------------------------------------------------- the customer display


def displays() -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "customer_display" and w.isVisible()]  # fmt: skip


def test_the_customer_display_is_off_by_default(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    assert config.get(counter.ops.reader, "customer_display") == "off"
    assert counter.customer_display is None and displays() == []


def test_the_customer_display_shows_the_lines_the_qr_for_the_amount_and_the_change(
    qtbot, outlet, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    config.set_value(outlet.ledger, "customer_display", "on")
    window = open_window(qtbot, outlet.settings)
    try:
        display = window.customer_display
        assert display is not None and displays() == [display]
        assert display.isWindow() and display is not window.window()
        at_sale(qtbot, window)
        scan(qtbot, window, MASK)
        scan(qtbot, window, SOAP)
        lines = [display.lines.item(i).text() for i in range(display.lines.count())]
        assert len(lines) == 2 and "सूती मास्क हरा" in lines[0] and "₹35.50" in lines[1]
        assert display.total.text().endswith("₹46.00")
        dialog = pay_dialog(qtbot, window)
        assert display.pages.currentWidget() is display.pay_page
        assert "₹46.00" in display.pay_text.text()
        pixmap = display.qr.pixmap()
        assert pixmap is not None and not pixmap.isNull()
        if shutil.which("zbarimg"):
            from tests.support.print_fakes import zbar

            png = tmp_path / "qr.png"
            pixmap.save(str(png))
            (link,) = zbar(png)
            assert link.startswith("upi://pay?pa=sarvgwalior@upi") and "am=46.00" in link
        dialog.amount.setText("50")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        settle(qtbot, window)
        assert display.pages.currentWidget() is display.thanks_page
        assert "Thank you" in display.thanks_text.text() and "₹4.00" in display.thanks_text.text()
        scan(qtbot, window, MASK)  # the next customer
        assert display.pages.currentIndex() == 0 and display.lines.count() == 1
    finally:
        finish(qtbot, window)
    assert displays() == []


def test_turning_the_customer_display_on_in_settings_opens_it_at_once(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    config.set_value(counter.ops.writer, "customer_display", "on")
    counter.ops.reader.reload()
    counter.apply_customer_display()
    assert counter.customer_display is not None and displays() == [counter.customer_display]
    config.set_value(counter.ops.writer, "customer_display", "off")
    counter.ops.reader.reload()
    counter.apply_customer_display()
    assert counter.customer_display is None and displays() == []


@pytest.mark.parametrize("value", ["on", "off"])
def test_the_customer_display_setting_accepts_on_and_off(outlet, value: str) -> None:  # type: ignore[no-untyped-def]
    config.set_value(outlet.ledger, "customer_display", value)
    assert config.get(outlet.ledger, "customer_display") == value
