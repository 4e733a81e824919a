"""Safe at every key: a manager's PIN at the point of every protected action, the lock screen,
approvals in the journal (pytest-qt, offscreen, real ledger files)."""

from __future__ import annotations

import json
from typing import Any

from conftest import CASHIER_PIN, MANAGER_PIN
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from test_ui_counter import MASK, at_sale, finish, open_window, pay_dialog, scan, settle

from pos.outlet import users
from pos.ui.shared.dialogs import CashMovementDialog, DiscountDialog, ReturnDialog
from pos.ui.shell.login import UnlockDialog
from pos.ui.shell.main_window import MainWindow


def last_event(db: Any, kind: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    row = db.execute(
        "SELECT body FROM events WHERE kind = ? ORDER BY seq DESC LIMIT 1", [kind]
    ).fetchone()
    assert row is not None, f"no {kind} event"
    return json.loads(row[0])["data"]


def failures(db: Any, name: str) -> int:  # type: ignore[no-untyped-def]
    return db.execute("SELECT failed_attempts FROM users WHERE name = ?", [name]).fetchone()[0]


def type_pin(qtbot, window: MainWindow, pin: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.login_page.pin, pin)
    qtbot.keyClick(window.login_page.pin, Qt.Key.Key_Return)
    settle(qtbot, window)


def test_the_lock_screen_preselects_the_locked_cashier_and_wrong_pins_count_against_them(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        qtbot.keyClick(window.sale_page.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.login_page
        assert window.login_page.chosen_name() == "Ravi"  # not the manager listed first
        assert not window.settings_button.isEnabled()
        assert not window.orders_button.isEnabled()  # customers' names and addresses
        window.open_settings()
        window.show_orders()
        assert window.dialog is None  # nothing protected from the lock screen
        assert window.stack.currentWidget() is window.login_page
        for _ in range(users.MAX_FAILURES):
            type_pin(qtbot, window, "9999")
        db = outlet.ledger.db
        assert failures(db, "Ravi") == users.MAX_FAILURES and failures(db, "Meena") == 0
        assert "locked" in window.login_page.message.text()
        assert window.login_page.unlock_button.isVisible()

        window.login_page.unlock_button.click()
        qtbot.waitUntil(lambda: isinstance(window.dialog, UnlockDialog))
        dialog = window.dialog
        assert [dialog.approval.manager.itemData(i)
                for i in range(dialog.approval.manager.count())] == ["Meena"]  # fmt: skip
        for key in MANAGER_PIN:  # the keypad alone, as on a touch-only till
            qtbot.mouseClick(dialog.findChild(QPushButton, f"key_{key}"),
                             Qt.MouseButton.LeftButton)  # fmt: skip
        assert dialog.approval.pin.text() == MANAGER_PIN
        qtbot.keyClick(dialog.approval.pin, Qt.Key.Key_Return)
        settle(qtbot, window)
        qtbot.waitUntil(lambda: window.dialog is None)
        assert failures(db, "Ravi") == 0
        unlocked = last_event(db, "user_unlocked")
        assert (unlocked["user"], unlocked["approved_by"]) == ("Ravi", "Meena")

        type_pin(qtbot, window, CASHIER_PIN)
        assert window.stack.currentWidget() is window.sale_page and window.user.name == "Ravi"
    finally:
        finish(qtbot, window)


def test_a_manager_at_the_counter_still_types_the_pin_for_a_discount_and_it_is_journalled(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        page = window.sale_page
        scan(qtbot, window, MASK)
        qtbot.keyClick(page.search, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: isinstance(window.dialog, DiscountDialog))
        dialog = window.dialog
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)  # not Cancel
        qtbot.keyClicks(dialog.amount, "2")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter: the main action
        settle(qtbot, window)
        assert window.dialog is dialog and "manager's approval" in dialog.message.text()
        qtbot.keyClicks(dialog.approval.pin, MANAGER_PIN)
        assert dialog.message.text() == ""  # the refusal goes as the PIN is typed
        qtbot.keyClick(dialog.approval.pin, Qt.Key.Key_Return)
        settle(qtbot, window)
        assert window.dialog is None and page.lines[0].discount_paise == 200
        dialog = pay_dialog(qtbot, window)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        settle(qtbot, window)
        sale = last_event(outlet.ledger.db, "sale_completed")
        assert sale["lines"][0]["override_approver_id"] == outlet.manager.id
    finally:
        finish(qtbot, window)


def test_voids_no_sales_and_paid_outs_name_the_approving_manager_in_the_journal(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        page = window.sale_page
        scan(qtbot, window, MASK)
        qtbot.keyClick(pay_dialog(qtbot, window).amount, Qt.Key.Key_Return)
        settle(qtbot, window)
        receipt = window.last_receipt

        qtbot.keyClick(page.search, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: isinstance(window.dialog, ReturnDialog))
        returns = window.dialog
        assert returns.receipt.text() == receipt  # the last receipt, selected
        qtbot.waitUntil(lambda: QApplication.focusWidget() is returns.receipt)
        qtbot.keyClick(returns.receipt, Qt.Key.Key_Return)
        returns.findChildren(QPushButton, "reason_choice")[0].click()
        assert returns.reason.text() == "Damaged"
        returns.approval.choose("Meena", MANAGER_PIN)
        qtbot.keyClick(returns, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: returns.confirm is not None and returns.confirm.isVisible())
        returns.confirm.button(QMessageBox.StandardButton.Yes).click()  # are you sure: yes
        settle(qtbot, window)
        assert window.dialog is None

        for kind, key in (("no_sale", Qt.Key.Key_F10), ("paid_out", Qt.Key.Key_F11)):
            qtbot.keyClick(page.search, key)
            qtbot.waitUntil(lambda: isinstance(window.dialog, CashMovementDialog))
            cash = window.dialog
            if kind == "paid_out":
                qtbot.waitUntil(lambda c=cash: QApplication.focusWidget() is c.amount)
                qtbot.keyClicks(cash.amount, "5")
            cash.findChildren(QPushButton, "reason_choice")[0].click()
            qtbot.keyClick(cash.reason, Qt.Key.Key_Space)  # Space types, it never cancels
            assert window.dialog is cash
            cash.approval.choose("Meena", MANAGER_PIN)
            qtbot.keyClick(cash.approval.pin, Qt.Key.Key_Return)
            settle(qtbot, window)
            assert window.dialog is None, cash.message.text()
            moved = last_event(outlet.ledger.db, "cash_movement")
            assert (moved["kind"], moved["approver_id"]) == (kind, outlet.manager.id)
        db = outlet.ledger.db
        voided = [json.loads(b)["data"] for (b,) in db.execute("SELECT body FROM events")]
        voids = [d for d in voided if d.get("original_receipt_no") == receipt]
        assert voids and voids[0]["sale"]["approver_id"] == outlet.manager.id
    finally:
        finish(qtbot, window)


def test_a_restore_needs_a_managers_pin_and_journals_who_approved_it(
    qtbot, outlet, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from test_ui_settings import pin_dialog, settings_screen

    from pos.records import backup
    from pos.ui.backoffice.outlet import OutletPage

    window = open_window(qtbot, outlet.settings)
    good = backup.backup_ledger(outlet.ledger, tmp_path / "usb")
    reopened: list[MainWindow] = []
    try:
        at_sale(qtbot, window)
        dialog = pin_dialog(qtbot, window)  # no PIN typed: nothing opens
        assert dialog.approval.manager.findData("Ravi") == -1  # a cashier is not offered
        dialog.approval.pin.clear()
        dialog.submit()
        settle(qtbot, window)
        assert window.back_office is None and dialog.message.text()
        dialog.reject()
        settle(qtbot, window)
        settings_screen(qtbot, window)  # Meena's PIN: the back office, where restore is
        details = window.back_office.open_area(OutletPage)
        window.reopen = lambda: reopened.append(window)
        details.restore(good)
        settle(qtbot, window)
        assert reopened == [window]
        kept = window.restored
        assert kept is not None
        import sqlite3

        conn = sqlite3.connect(kept)
        try:
            (body,) = conn.execute(
                "SELECT body FROM events WHERE kind = 'ledger_restore_approved'"
            ).fetchone()
        finally:
            conn.close()
        assert json.loads(body)["data"]["by"] == "Meena"
    finally:
        if reopened:
            window.close()
            window.ops.close()
        else:
            finish(qtbot, window)


def test_enter_on_the_held_carts_list_recalls_the_cart_once(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.shared.dialogs import HeldCartsDialog

    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        page = window.sale_page
        scan(qtbot, window, MASK)
        qtbot.keyClick(page.search, Qt.Key.Key_F7)
        settle(qtbot, window)
        qtbot.keyClick(page.search, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda: isinstance(window.dialog, HeldCartsDialog))
        dialog = window.dialog
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
        settle(qtbot, window)
        assert [line.item.sku for line in page.lines] == ["MSK-GRN"]
        assert window.ops.held_carts() == []  # recalled once, not held again and recalled
    finally:
        finish(qtbot, window)


def test_a_cash_difference_over_the_threshold_asks_a_pin_even_from_a_manager(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    from test_ui_settings import as_manager

    from pos.ui.counter.close_shift import CloseShiftDialog

    window = open_window(qtbot, outlet.settings)
    try:
        as_manager(qtbot, window)
        qtbot.keyClick(window.sale_page.search, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(window.dialog, CloseShiftDialog))
        dialog = window.dialog
        dialog.submit()  # nothing counted: the whole float (₹1,000) is missing
        settle(qtbot, window)
        dialog.findChildren(QPushButton, "reason_choice")[1].click()
        assert dialog.reason.text() == "Counting mistake"
        dialog.submit()
        settle(qtbot, window)
        assert window.dialog is dialog and "manager's approval" in dialog.message.text()
        assert window.ops.current_shift() is not None
        dialog.approval.choose("Meena", MANAGER_PIN)
        dialog.submit()
        settle(qtbot, window)
        closed = last_event(outlet.ledger.db, "shift_closed")
        assert closed["approver_id"] == outlet.manager.id
        assert closed["variance_reason"] == "Counting mistake"
    finally:
        finish(qtbot, window)
