"""Paid in and a cash drop from the counter's Paid in / out dialog (F11) reach the ledger as
`pos cash in` and `pos cash drop` would write them; a drop larger than the drawer is refused in
the dialog (pytest-qt, offscreen, real ledger files)."""

from __future__ import annotations

from typing import Any

from conftest import MANAGER_PIN
from PySide6.QtCore import Qt
from test_ui_counter import at_sale, finish, open_window, settle

from pos.ui.shared.dialogs import CashMovementDialog


def movements(outlet: Any) -> list[tuple[str, int, str]]:
    rows = outlet.ledger.db.execute(
        "SELECT kind, amount_paise, reason FROM cash_movements ORDER BY id"
    ).fetchall()
    return [tuple(r) for r in rows]


def cash_dialog(qtbot, window, kind: str) -> CashMovementDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.sale_page.search, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: isinstance(window.dialog, CashMovementDialog))
    dialog = window.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    return dialog


def test_a_paid_in_and_a_cash_drop_from_the_counter_reach_the_ledger(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        for kind, amount, reason in (("paid_in", "500", "float top-up"),
                                     ("drop", "300", "to the safe")):  # fmt: skip
            dialog = cash_dialog(qtbot, window, kind)
            dialog.amount.setText(amount)
            dialog.reason.setText(reason)
            dialog.approval.choose("Meena", MANAGER_PIN)
            dialog.submit()
            settle(qtbot, window)
            qtbot.waitUntil(lambda: window.dialog is None)
        assert movements(outlet) == [("paid_in", 50_000, "float top-up"),
                                     ("drop", 30_000, "to the safe")]  # fmt: skip
    finally:
        finish(qtbot, window)


def test_a_drop_of_more_than_the_drawer_holds_is_refused_in_the_dialog(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        dialog = cash_dialog(qtbot, window, "drop")
        dialog.amount.setText("99999")
        dialog.reason.setText("to the safe")
        dialog.submit()
        settle(qtbot, window)
        assert window.dialog is dialog and "the drawer should hold only" in dialog.message.text()
        assert movements(outlet) == []
    finally:
        finish(qtbot, window)
