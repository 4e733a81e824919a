"""A clock behind the ledger at the counter: the refused write offers "Confirm the clock", where
a manager's name and PIN record `clock_confirmed` (the screen of `pos clock confirm`), and the
sale then goes through (pytest-qt, offscreen, real ledger files)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from conftest import MANAGER_PIN
from PySide6.QtCore import Qt
from test_ui_counter import MASK, at_sale, finish, open_window, pay_dialog, scan, settle

from pos import clock
from pos.errors import ApprovalRequired
from pos.outlet import users
from pos.products import catalog
from pos.selling import sales
from pos.ui.shared.clock_dialog import ClockDialog
from pos.ui.shared.dialogs import CashMovementDialog


def clock_went_back(outlet: Any) -> None:
    """A sale stamped two days ahead: the clock was ahead, then put right."""
    line = sales.price_line(catalog.find_item(outlet.ledger, "MSK-GRN"), 1, doc_mode="tax_invoice")
    sales.complete_sale(outlet.ledger, [line], [sales.Tender("cash", 1000)], outlet.cashier,
                        moment=clock.now_utc() + timedelta(days=2))  # fmt: skip


def confirmations(outlet: Any) -> list[dict[str, Any]]:
    rows = outlet.ledger.db.execute(
        "SELECT body FROM events WHERE kind = 'clock_confirmed' ORDER BY seq"
    ).fetchall()
    return [json.loads(row[0])["data"] for row in rows]


def pay_exact(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = pay_dialog(qtbot, window)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_F5)  # exact
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, window)


def refused_sale(qtbot, outlet):  # type: ignore[no-untyped-def]
    clock_went_back(outlet)
    window = open_window(qtbot, outlet.settings)
    at_sale(qtbot, window)
    scan(qtbot, window, MASK)
    pay_exact(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ClockDialog))
    return window, window.dialog


def test_a_manager_confirms_the_clock_from_the_counter_and_the_sale_goes_through(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    window, dialog = refused_sale(qtbot, outlet)
    try:
        assert "clock" in window.sale_page.message.text()
        assert [line.item.sku for line in window.sale_page.lines] == ["MSK-GRN"]  # kept
        today = clock.local(clock.now_utc()).strftime("%d-%m-%Y")
        assert today in dialog.now_label.text()
        dialog.approval.choose("Meena", MANAGER_PIN)
        qtbot.keyClick(dialog.approval.pin, Qt.Key.Key_Return)
        settle(qtbot, window)
        qtbot.waitUntil(lambda: window.dialog is None)
        assert [c["approver_id"] for c in confirmations(outlet)] == [outlet.manager.id]
        assert "Clock confirmed" in window.sale_page.message.text()
        pay_exact(qtbot, window)
        qtbot.waitUntil(lambda: window.last_receipt is not None)
        assert window.sale_page.lines == []
    finally:
        finish(qtbot, window)


def test_a_wrong_pin_or_a_cashier_does_not_confirm_the_clock(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    window, dialog = refused_sale(qtbot, outlet)
    try:
        dialog.approval.choose("Meena", "0000")
        dialog.submit()
        settle(qtbot, window)
        assert window.dialog is dialog and "wrong PIN" in dialog.message.text()
        assert confirmations(outlet) == []
        with pytest.raises(ApprovalRequired):
            users.confirm_clock(outlet.ledger, outlet.cashier)
        assert confirmations(outlet) == []
    finally:
        finish(qtbot, window)


def test_a_paid_in_refused_for_the_clock_offers_the_confirming_over_its_dialog(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    clock_went_back(outlet)
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        window.sale_page.cash("paid_in")
        cash = window.dialog
        assert isinstance(cash, CashMovementDialog)
        cash.kind.setCurrentIndex(cash.kind.findData("paid_in"))
        cash.amount.setText("100")
        cash.reason.setText("float top-up")
        cash.approval.choose("Meena", MANAGER_PIN)
        cash.submit()
        settle(qtbot, window)
        qtbot.waitUntil(lambda: cash.findChild(ClockDialog) is not None)
        assert "clock" in cash.message.text()
        confirm = cash.findChild(ClockDialog)
        confirm.approval.choose("Meena", MANAGER_PIN)
        confirm.submit()
        settle(qtbot, window)
        assert len(confirmations(outlet)) == 1
    finally:
        finish(qtbot, window)
