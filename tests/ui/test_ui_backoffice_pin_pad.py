"""The back office's PIN keypads (pytest-qt, offscreen): a PIN pad has the digits, backspace
and Enter only (no "." or "00", which belong to amounts); the manager opens the back office by
touch alone, and the amount keypads keep their keys."""

# ruff: noqa: F811  (pytest fixtures imported from test_ui_backoffice)

from __future__ import annotations

from conftest import MANAGER_PIN
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from test_ui_backoffice import area, counter, history, open_back_office  # noqa: F401

from pos.ui.backoffice import OpenBackOfficeDialog
from pos.ui.backoffice.people import PeoplePage
from pos.ui.backoffice.stock import LotChangeDialog, StockPage
from pos.ui.shared.keypad import FieldKeypad

DIGITS = {f"key_{d}" for d in "0123456789"}


def keys(pad: FieldKeypad) -> set[str]:
    return {b.objectName() for b in pad.findChildren(QPushButton)}


def test_the_back_office_pin_pad_has_digits_backspace_and_enter_and_opens_it_by_touch(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(counter.sale_page.search, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: isinstance(counter.dialog, OpenBackOfficeDialog))
    dialog = counter.dialog
    pad = dialog.findChild(FieldKeypad)
    assert keys(pad) == DIGITS | {"key_⌫", "key_enter"}
    dialog.approval.manager.setCurrentIndex(dialog.approval.manager.findData("Meena"))
    dialog.approval.pin.setFocus()
    for digit in MANAGER_PIN + "9":
        qtbot.mouseClick(pad.findChild(QPushButton, f"key_{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.findChild(QPushButton, "key_⌫"), Qt.MouseButton.LeftButton)
    assert dialog.approval.pin.text() == MANAGER_PIN
    qtbot.mouseClick(pad.findChild(QPushButton, "key_enter"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.back_office)


def test_the_people_pin_pad_has_no_point_or_double_zero_and_amount_pads_keep_theirs(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    people = area(qtbot, counter, page, PeoplePage)
    assert keys(people.findChild(FieldKeypad)) == DIGITS | {"key_⌫"}
    stock_page = area(qtbot, counter, page, StockPage)
    stock_page.select_sku("MSK-GRN")
    stock_page.change("damage")
    lot_pad = stock_page.findChild(LotChangeDialog).findChild(FieldKeypad)
    assert {"key_.", "key_00", "key_C"} <= keys(lot_pad)
