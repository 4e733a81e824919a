"""The counter app driven through its widgets (pytest-qt, offscreen), checked against the ledger."""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CASHIER_PIN, MANAGER_PIN, make_outlet
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from pos.outlet import users
from pos.records.ledger import open_ledger
from pos.selling import sales
from pos.ui.counter.payment import PaymentDialog
from pos.ui.language import i18n
from pos.ui.shell.app import build_window
from pos.ui.shell.main_window import MainWindow

MASK, SOAP, SANITIZER = "8900000000012", "8900000000029", "8900000000036"


def _count(db, table: str) -> int:  # type: ignore[no-untyped-def]
    return db[table].count


@pytest.fixture
def fresh(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An outlet with no shift open yet."""
    made = make_outlet(tmp_path / "outlet", open_shift=False)
    yield made
    made.ledger.close()


def open_window(qtbot, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window, _ops = build_window(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def counter(qtbot, outlet) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    yield window
    finish(qtbot, window)


def finish(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot, window)
    window.close()
    window.ops.close()
    i18n.set_language("en")


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait for the task runner to finish what the screen queued (no sleeps)."""
    qtbot.waitUntil(lambda: window.ops.runner.pending == 0, timeout=10_000)


def log_in(qtbot, window: MainWindow, name: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    page = window.login_page
    page.choose(name)
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    settle(qtbot, window)


def scan(qtbot, window: MainWindow, code: str, focus=None) -> None:  # type: ignore[no-untyped-def]
    """A scanner: digits then Enter, sent to whatever has the focus."""
    target = focus or QApplication.focusWidget() or window.sale_page.cart_view
    target.setFocus()
    for char in code:
        qtbot.keyClick(QApplication.focusWidget() or target, char)
    qtbot.keyClick(QApplication.focusWidget() or target, Qt.Key.Key_Return)
    settle(qtbot, window)


def at_sale(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, "Ravi", CASHIER_PIN)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale_page)
    settle(qtbot, window)


def pay_dialog(qtbot, window: MainWindow) -> PaymentDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.sale_page.search, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(window.dialog, PaymentDialog))
    assert isinstance(window.dialog, PaymentDialog)
    qtbot.waitUntil(window.dialog.isActiveWindow)
    return window.dialog


def screen_lines(window: MainWindow) -> list[tuple[str, int, int]]:
    return [(line.item.sku, line.qty, line.gross_paise) for line in window.sale_page.lines]


# ---------------------------------------------------------------- the whole day


def test_a_whole_day_through_the_widgets_leaves_the_ledger_holding_what_the_screen_showed(
    qtbot, fresh
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, fresh.settings)
    page = window.sale_page

    # Log in and open the shift with the float pre-filled.
    log_in(qtbot, window, "Ravi", CASHIER_PIN)
    qtbot.waitUntil(lambda: window.dialog is not None)
    float_box = window.dialog.amount
    assert float_box.text() == "0.00"  # no earlier close: nothing left in the drawer
    float_box.setText("2000")
    qtbot.keyClick(float_box, Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    assert "Ravi" in window.cashier_label.text()
    assert "not set up" in window.printer_label.text()
    assert "not enrolled" in window.sync_label.text()  # standalone

    # Ring up by scan (twice: the quantity goes up), from the cart's focus.
    scan(qtbot, window, MASK, focus=page.cart_view)
    scan(qtbot, window, MASK, focus=page.cart_view)
    assert screen_lines(window) == [("MSK-GRN", 2, 2000)]
    # ... by search as you type ...
    qtbot.keyClicks(page.search, "neem")
    qtbot.waitUntil(lambda: [i.sku for i in page.results_model.items] == ["SOAP-NEEM"])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    # ... and by tile.
    tile = next(b for b in page.tile_buttons if b.text() == "Sanitizer")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    page.add_result(0)
    settle(qtbot, window)
    assert screen_lines(window) == [("MSK-GRN", 2, 2000), ("SOAP-NEEM", 1, 3550),
                                    ("SAN-100", 1, 4900)]  # fmt: skip
    assert page.total_label.text() == "₹105.00"  # 104.50 rounds up
    assert page.figure_labels["round_off"][1].text() == "₹0.50"
    first_lines = screen_lines(window)

    # Split tender: ₹50 by UPI with its UTR, the rest in cash with a quick amount.
    dialog = pay_dialog(qtbot, window)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F2)
    assert dialog.method == "upi" and dialog.link.startswith("upi://pay?pa=sarvgwalior@upi&")
    dialog.amount.setText("50")
    dialog.reference.setText("UTR123456")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F4)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F7)  # ₹100 cash
    assert dialog.change_label.text() == "₹45.00"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert page.lines == []  # the screen clears at once
    settle(qtbot, window)
    first = window.last_receipt
    assert first and first in page.message.text() and "₹45.00" in page.message.text()

    # Hold a cart, ring another, recall the held one.
    scan(qtbot, window, SOAP)
    qtbot.keyClick(page.search, Qt.Key.Key_F7)
    settle(qtbot, window)
    assert page.lines == []
    scan(qtbot, window, MASK)
    qtbot.keyClick(page.search, Qt.Key.Key_F8)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.dialog is not None)
    window.dialog.submit()
    settle(qtbot, window)
    assert [line.item.sku for line in page.lines] == ["SOAP-NEEM"]  # the mask cart is held now
    assert page.total_label.text() == "₹36.00"
    dialog = pay_dialog(qtbot, window)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F5)  # exact
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    second = window.last_receipt
    assert second != first

    # A return of one mask from the first sale, approved by the manager.
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.dialog is not None)
    returns = window.dialog
    qtbot.keyClicks(returns.receipt, first)
    qtbot.keyClick(returns.receipt, Qt.Key.Key_Return)
    returns.return_qty(0, 1)
    returns.reason.setText("torn")
    returns.approval.choose("Meena", MANAGER_PIN)
    returns.submit()
    settle(qtbot, window)
    assert window.dialog is None
    assert "refund ₹10.00" in page.message.text()

    # Reprint: available (the print service is wired in; no printer set up reads so).
    assert page.reprint_button.isEnabled()

    # The ledger holds exactly what the screen showed.
    ledger = open_ledger(fresh.settings)
    try:
        sale = sales.get_sale(ledger, first)
        assert [(x["sku"], x["qty"], x["gross_paise"]) for x in sale.lines] == first_lines
        assert sale.total_paise == 10_500 and sale.round_off_paise == 50
        assert sorted((p.method, p.amount_paise, p.change_paise, p.reference)
                      for p in sale.payments) == [("cash", 5_500, 4_500, None),
                                                  ("upi", 5_000, 0, "UTR123456")]  # fmt: skip
        assert sales.get_sale(ledger, second).total_paise == 3_600
        assert sales.returnable(ledger, first)[1] == 1
        held = [c for c in __import__("pos.selling.cart").selling.cart.carts(ledger, "held")]
        assert [[line.item.sku for line in c.lines] for c in held] == [["MSK-GRN"]]
    finally:
        ledger.close()

    close_with_variance(qtbot, window)
    finish(qtbot, window)


def close_with_variance(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.counter.close_shift import CloseShiftDialog, ZReportDialog

    page = window.sale_page
    if page.lines:  # the recalled cart: hold it so the shift can close
        qtbot.keyClick(page.search, Qt.Key.Key_F7)
        settle(qtbot, window)
    qtbot.keyClick(page.search, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialog, CloseShiftDialog))
    dialog = window.dialog
    biggest = max(dialog.counts)
    dialog.counts[biggest].setValue(1)
    dialog.submit()
    settle(qtbot, window)
    assert dialog.figures is not None and dialog.figures.variance_paise != 0
    assert "Difference" in dialog.result.text()
    dialog.reason.setText("counted twice")
    dialog.approval.choose("Meena", MANAGER_PIN)
    dialog.submit()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ZReportDialog))
    assert window.dialog.print_button.isEnabled()  # wired to the print service
    window.dialog.accept()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login_page)
    assert window.ops.current_shift() is None


def test_closing_the_shift_counts_blind_then_shows_the_variance_and_the_z_report(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, MASK)
    dialog = pay_dialog(qtbot, counter)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    close_with_variance(qtbot, counter)


# ---------------------------------------------------------------- refusals change nothing


def test_a_wrong_pin_shows_its_message_and_logs_nobody_in(qtbot, counter, outlet) -> None:  # type: ignore[no-untyped-def]
    events = _count(outlet.ledger.db, "events")
    log_in(qtbot, counter, "Ravi", "0000")
    assert "wrong PIN" in counter.login_page.message.text()
    assert counter.login_page.message.isVisible()
    assert counter.user is None and counter.stack.currentWidget() is counter.login_page
    assert _count(outlet.ledger.db, "events") == events


def test_an_unknown_barcode_shows_its_message_and_leaves_the_cart_alone(
    qtbot, counter, outlet
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, MASK)
    before = (_count(outlet.ledger.db, "events"), screen_lines(counter))
    scan(qtbot, counter, "8909999999994")
    assert "no product" in counter.sale_page.message.text()
    assert (_count(outlet.ledger.db, "events"), screen_lines(counter)) == before


def test_a_tender_below_the_total_is_refused_in_the_payment_dialog(qtbot, counter, outlet) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, SANITIZER)
    dialog = pay_dialog(qtbot, counter)
    dialog.amount.setText("20")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert "below the total" in dialog.message.text()
    assert counter.dialog is dialog and dialog.isVisible()
    assert screen_lines(counter) == [("SAN-100", 1, 4900)]
    assert sales.last_receipt_no(outlet.ledger) is None


def test_a_return_without_approval_is_refused_and_nothing_is_returned(
    qtbot, counter, outlet
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, SOAP)
    dialog = pay_dialog(qtbot, counter)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    receipt = counter.last_receipt
    events = _count(outlet.ledger.db, "events")
    qtbot.keyClick(counter.sale_page.search, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: counter.dialog is not None)
    returns = counter.dialog
    returns.receipt.setText(receipt)
    returns.load()
    returns.return_qty(0, 1)
    returns.submit()
    settle(qtbot, counter)
    assert "manager's approval" in returns.message.text()
    assert counter.dialog is returns
    assert _count(outlet.ledger.db, "events") == events
    assert sales.returnable(outlet.ledger, receipt) == {1: 1}


# ---------------------------------------------------------------- the cart survives


def test_a_cart_in_progress_survives_an_app_restart(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    at_sale(qtbot, window)
    scan(qtbot, window, MASK)
    scan(qtbot, window, MASK)
    scan(qtbot, window, SOAP)
    shown = screen_lines(window)
    finish(qtbot, window)

    again = open_window(qtbot, outlet.settings)
    at_sale(qtbot, again)
    qtbot.waitUntil(lambda: bool(again.sale_page.lines))
    assert screen_lines(again) == shown
    assert "restored" in again.sale_page.message.text()
    finish(qtbot, again)


def test_an_unexpected_error_shows_one_dialog_is_logged_and_the_sale_survives(
    qtbot, counter, caplog, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, MASK)

    def broken(text: str, limit: int = 30) -> list:  # type: ignore[type-arg]
        raise RuntimeError("search index exploded")

    monkeypatch.setattr(counter.ops, "search", broken)
    with caplog.at_level(logging.ERROR, logger="pos.ui"):
        qtbot.keyClicks(counter.sale_page.search, "soa")
        qtbot.waitUntil(lambda: counter.error_box is not None and counter.error_box.isVisible())
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1 and "search index exploded" in boxes[0].text()
    assert any("unexpected error" in r.message for r in caplog.records)
    assert screen_lines(counter) == [("MSK-GRN", 1, 1000)]
    boxes[0].accept()
    qtbot.waitUntil(counter.isActiveWindow)
    monkeypatch.undo()
    scan(qtbot, counter, SOAP)
    assert [row[0] for row in screen_lines(counter)] == ["MSK-GRN", "SOAP-NEEM"]


def test_the_lock_keeps_the_cart_and_the_pin_unlocks_it(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, MASK)
    counter.idle.setInterval(1)  # the idle time, shortened; the timer itself fires
    counter.idle.start()
    qtbot.waitUntil(lambda: counter.locked)
    counter.idle.setInterval(60_000)
    assert counter.stack.currentWidget() is counter.login_page and counter.locked
    log_in(qtbot, counter, "Ravi", "9999")
    assert counter.locked and "wrong PIN" in counter.login_page.message.text()
    log_in(qtbot, counter, "Ravi", CASHIER_PIN)
    assert counter.stack.currentWidget() is counter.sale_page
    assert screen_lines(counter) == [("MSK-GRN", 1, 1000)]
    qtbot.keyClick(counter.sale_page.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert counter.locked  # and on a keypress


def test_lowering_a_quantity_and_removing_a_line_are_recorded(qtbot, counter, outlet) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    for _ in range(3):
        scan(qtbot, counter, MASK)
    scan(qtbot, counter, SOAP)
    page = counter.sale_page
    page.select_row(0)
    qtbot.keyClick(page.search, Qt.Key.Key_F4)
    assert screen_lines(counter)[0] == ("MSK-GRN", 2, 2000)
    page.select_row(1)
    qtbot.keyClick(page.search, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, counter)
    assert screen_lines(counter) == [("MSK-GRN", 2, 2000)]
    rows = list(outlet.ledger.db.query("SELECT qty, value_paise FROM removed_lines ORDER BY id"))
    assert rows == [{"qty": 1, "value_paise": 1000}, {"qty": 1, "value_paise": 3550}]


def test_a_line_discount_needs_a_manager_and_then_shows_in_the_total(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, SANITIZER)
    page = counter.sale_page
    qtbot.keyClick(page.search, Qt.Key.Key_F6)
    dialog = counter.dialog
    dialog.amount.setText("4")
    dialog.submit()
    settle(qtbot, counter)
    assert "manager's approval" in dialog.message.text()
    assert page.total_label.text() == "₹49.00"
    dialog.approval.choose("Meena", MANAGER_PIN)
    dialog.submit()
    settle(qtbot, counter)
    assert page.total_label.text() == "₹45.00"
    assert page.lines[0].approver_id == users.get_user(counter.ops.reader, "Meena").id


def test_upi_shows_a_qr_of_the_pay_link_for_the_exact_amount(qtbot, counter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, SOAP)
    scan(qtbot, counter, MASK)
    dialog = pay_dialog(qtbot, counter)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F2)
    hint = counter.ops.next_receipt_hint()
    expected = (
        "upi://pay?pa=sarvgwalior@upi&pn=Sarv%20Gwalior%20Marketing%20Centre&am=46.00"
        f"&cu=INR&tn={hint}"
    )
    assert dialog.link == expected
    if shutil.which("zbarimg"):
        png = tmp_path / "qr.png"
        dialog.qr.pixmap().save(str(png))
        out = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
        assert out.stdout.strip() == expected


def test_product_names_show_in_the_users_language_with_the_other_beside_it(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    users.add_user(outlet.ledger, "Sita", "cashier", "4321", language="hi")
    window = open_window(qtbot, outlet.settings)
    log_in(qtbot, window, "Sita", "4321")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale_page)
    scan(qtbot, window, MASK)
    page = window.sale_page
    assert page.pay_button.text().startswith("भुगतान")
    name = page.cart_model.data(page.cart_model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert name == "सूती मास्क हरा\nCotton mask green"
    finish(qtbot, window)


def test_every_text_on_the_counter_has_a_hindi_translation_and_the_qm_is_built() -> None:
    import importlib.util
    import tempfile

    spec = importlib.util.spec_from_file_location("ts_build", i18n.TRANSLATIONS / "build.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.missing("hi") == []
    with tempfile.TemporaryDirectory() as folder:
        fresh_qm = Path(folder) / "pos_hi.qm"
        build.build(i18n.TRANSLATIONS / "pos_hi.ts", fresh_qm)
        assert fresh_qm.read_bytes() == (i18n.TRANSLATIONS / "pos_hi.qm").read_bytes()


# ---------------------------------------------------------------- against the shifts API
# Shift close, X/Z and cash movements come with the shifts issue; these fakes stand in for
# its agreed signatures so the screens' side of the contract is tested now.


@pytest.fixture
def fake_shifts(monkeypatch):  # type: ignore[no-untyped-def]
    from dataclasses import dataclass

    from pos.selling import shifts

    calls: list[tuple] = []  # type: ignore[type-arg]

    @dataclass(frozen=True)
    class CloseFigures:
        expected_paise: int
        counted_paise: int
        variance_paise: int
        needs_approval: bool

    @dataclass(frozen=True)
    class Closed:
        id: int
        z_number: int

    def count_variance(ledger, counted):  # type: ignore[no-untyped-def]
        total = sum(k * v for k, v in counted.items())
        return CloseFigures(100_000, total, total - 100_000, total != 100_000)

    def close_shift(ledger, counted, *, user, approver=None, reason=""):  # type: ignore[no-untyped-def]
        calls.append(("close", dict(counted), user.name, approver and approver.name, reason))
        return Closed(1, 7)

    def cash_movement(ledger, kind, amount_paise, reason, *, user, approver=None):  # type: ignore[no-untyped-def]
        calls.append(("cash", kind, amount_paise, reason, user.name, approver and approver.name))

    from pos.reporting import reports

    # the shift is not really closed: the Z shown is the open shift's figures
    real_x = reports.x_report
    monkeypatch.setattr(reports, "z_report", lambda ledger, shift_id: real_x(ledger))
    monkeypatch.setattr(shifts, "DENOMINATIONS_PAISE", (50_000, 10_000, 1_000, 100))
    monkeypatch.setattr(shifts, "count_variance", count_variance)
    monkeypatch.setattr(shifts, "close_shift", close_shift)
    monkeypatch.setattr(shifts, "cash_movement", cash_movement)
    return calls


def test_the_close_dialog_sends_the_blind_count_reason_and_approver_to_close_shift(
    qtbot, fake_shifts, outlet
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.counter.close_shift import CloseShiftDialog, ZReportDialog

    window = open_window(qtbot, outlet.settings)
    at_sale(qtbot, window)
    qtbot.keyClick(window.sale_page.search, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, CloseShiftDialog)
    assert "Expected" not in dialog.result.text()  # blind: nothing expected shown yet
    dialog.counts[50_000].setValue(2)
    dialog.counts[100].setValue(3)
    dialog.submit()
    settle(qtbot, window)
    assert dialog.result.text() == ("Expected: ₹1,000.00\nCounted: ₹1,003.00\nDifference: ₹3.00")
    assert dialog.second.isVisible() and not dialog.counts[100].isEnabled()
    dialog.reason.setText("extra coins")
    dialog.approval.choose("Meena", MANAGER_PIN)
    dialog.submit()
    settle(qtbot, window)
    assert fake_shifts == [("close", {50_000: 2, 100: 3}, "Ravi", "Meena", "extra coins")]
    assert isinstance(window.dialog, ZReportDialog)
    assert window.dialog.heading.text() == "Shift closed — Z 7"
    window.dialog.accept()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login_page)
    finish(qtbot, window)


def test_no_sale_and_paid_out_go_to_cash_movement_with_their_reason(
    qtbot, fake_shifts, outlet
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    at_sale(qtbot, window)
    page = window.sale_page
    assert page.no_sale_button.isEnabled()
    qtbot.keyClick(page.search, Qt.Key.Key_F10)
    dialog = window.dialog
    assert dialog.kind.currentData() == "no_sale" and not dialog.amount.isEnabled()
    dialog.reason.setText("change for a ₹500 note")
    dialog.submit()  # no PIN: refused in the dialog
    settle(qtbot, window)
    assert window.dialog is dialog and "manager's approval" in dialog.message.text()
    dialog.approval.choose("Meena", MANAGER_PIN)
    dialog.submit()
    settle(qtbot, window)
    qtbot.keyClick(page.search, Qt.Key.Key_F11)
    dialog = window.dialog
    dialog.amount.setText("40")
    dialog.reason.setText("tea")
    dialog.approval.choose("Meena", MANAGER_PIN)
    dialog.submit()
    settle(qtbot, window)
    assert fake_shifts == [("cash", "no_sale", 0, "change for a ₹500 note", "Ravi", "Meena"),
                           ("cash", "paid_out", 4000, "tea", "Ravi", "Meena")]  # fmt: skip
    finish(qtbot, window)


def test_printing_and_sync_plug_in_through_hooks_and_run_off_the_gui_thread(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    import threading

    from pos.ui.shell.indicators import Hooks, IndicatorState

    printed: list[tuple[str, str, bool]] = []

    class Sync:
        name = "sync"

        def state(self) -> IndicatorState:
            return IndicatorState("warn", "3 sales waiting, last sent 10:42")

    def record(kind: str):  # type: ignore[no-untyped-def]
        return lambda receipt: printed.append(
            (kind, receipt, threading.current_thread() is threading.main_thread())
        )

    hooks = Hooks(printer=Hooks.not_set_up().printer, sync=Sync(),
                  print_receipt=record("receipt"), reprint=record("duplicate"))  # fmt: skip
    window, _ops = build_window(outlet.settings, hooks)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, window)
    assert window.sync_label.text() == "Sync: 3 sales waiting, last sent 10:42"
    at_sale(qtbot, window)
    scan(qtbot, window, MASK)
    dialog = pay_dialog(qtbot, window)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    receipt = window.last_receipt
    page = window.sale_page
    assert page.reprint_button.isEnabled() and "not set up" not in page.reprint_button.text()
    qtbot.keyClick(page.search, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.dialog is not None)
    assert window.dialog.receipt.text() == receipt
    window.dialog.submit()
    settle(qtbot, window)
    assert printed == [("receipt", receipt, False), ("duplicate", receipt, False)]
    finish(qtbot, window)


def test_a_void_by_receipt_number_with_a_manager_refunds_the_whole_sale(
    qtbot, counter, outlet
) -> None:  # type: ignore[no-untyped-def]
    at_sale(qtbot, counter)
    scan(qtbot, counter, SOAP)
    scan(qtbot, counter, MASK)
    dialog = pay_dialog(qtbot, counter)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    receipt = counter.last_receipt
    qtbot.keyClick(counter.sale_page.search, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: counter.dialog is not None)
    voiding = counter.dialog
    qtbot.waitUntil(voiding.isActiveWindow)
    qtbot.keyClicks(voiding.receipt, receipt.lower())  # typed as it comes
    qtbot.keyClick(voiding.receipt, Qt.Key.Key_Return)
    voiding.reason.setText("customer changed mind")
    voiding.approval.choose("Meena", MANAGER_PIN)
    qtbot.keyClick(voiding.receipt, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: voiding.confirm is not None and voiding.confirm.isVisible())
    assert "₹46.00" in voiding.confirm.text() and receipt in voiding.confirm.text()
    voiding.confirm.button(QMessageBox.StandardButton.Yes).click()  # are you sure: yes
    settle(qtbot, counter)
    assert counter.dialog is None
    assert (
        "Void" in counter.sale_page.message.text() and "₹46.00" in counter.sale_page.message.text()
    )
    assert sales.returnable(outlet.ledger, receipt) == {1: 0, 2: 0}
