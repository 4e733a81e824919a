"""The counter between cashiers and under stray keys (pytest-qt, offscreen): a shift change
starts the next cashier on a clean sale screen in their language, Alt+digit never types into
a field, and a category tile's name fits the tile."""

from __future__ import annotations

from conftest import MANAGER_PIN
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from test_ui_counter import (
    at_sale,
    close_with_variance,
    finish,
    log_in,
    open_window,
    pay_dialog,
    scan,
    settle,
)

from pos.outlet import users
from pos.ui.backoffice import OpenBackOfficeDialog
from pos.ui.backoffice.stock import StockPage
from pos.ui.counter.fitted import TILE_PAD, CategoryTile
from pos.ui.counter.payment import PaymentDialog
from pos.ui.language import i18n
from pos.ui.shared.dialogs import ShiftOpenDialog
from pos.ui.shared.theme import px

MASK = "8900000000012"
ALT = Qt.KeyboardModifier.AltModifier


def test_after_a_shift_change_the_next_cashier_sees_a_clean_sale_screen_in_hindi(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    users.add_user(outlet.ledger, "Sita", "cashier", "4321", language="hi")
    window = open_window(qtbot, outlet.settings)
    page = window.sale_page
    at_sale(qtbot, window)
    scan(qtbot, window, MASK)
    dialog = pay_dialog(qtbot, window)
    dialog.amount.setText("50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert page.cart_stack.currentWidget() is page.change_banner  # Ravi's "Change ₹40"
    assert "₹40.00" in page.change_banner.amount.text() and "Change" in page.message.text()

    close_with_variance(qtbot, window)
    log_in(qtbot, window, "Sita", "4321")
    qtbot.waitUntil(lambda: isinstance(window.dialog, ShiftOpenDialog))
    qtbot.keyClick(window.dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)

    assert i18n.current_language() == "hi"
    assert page.cart_stack.currentWidget() is page.cart_view
    assert page.change_banner.change_paise is None and page.change_banner.amount.text() == ""
    assert page.message.text() == "" and not page.message.isVisible()
    assert page.search.text() == "" and page.lines == []
    assert "Sita" in window.cashier_label.text()
    finish(qtbot, window)


def test_alt_digit_on_the_sale_screen_opens_that_back_office_area_and_types_nothing(
    qtbot, outlet
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    page = window.sale_page
    at_sale(qtbot, window)
    qtbot.keyClicks(page.search, "soap")
    qtbot.keyClick(page.search, Qt.Key.Key_3, ALT)
    assert page.search.text() == "soap"
    qtbot.waitUntil(lambda: isinstance(window.dialog, OpenBackOfficeDialog))
    window.dialog.approval.choose("Meena", MANAGER_PIN)
    window.dialog.submit()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.back_office)
    assert isinstance(window.back_office.pages.currentWidget(), StockPage)  # Alt+3 inside too
    finish(qtbot, window)


def test_alt_digit_in_the_amount_tendered_types_nothing(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    at_sale(qtbot, window)
    scan(qtbot, window, MASK)
    dialog = pay_dialog(qtbot, window)
    assert isinstance(dialog, PaymentDialog)
    dialog.amount.setText("20")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_5, ALT)
    assert dialog.amount.text() == "20"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_0)  # a plain digit still types
    assert dialog.amount.text() == "200"
    dialog.reject()
    finish(qtbot, window)


def test_a_long_category_name_wraps_in_its_tile_and_one_too_long_ends_in_an_ellipsis(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    tile = CategoryTile("#2e7d32")
    qtbot.addWidget(tile)
    tile.resize(98, 48)  # a quarter of the tiles' column at 1024 px
    tile.show()
    tile.set_name("COVID-19 kits")
    room = tile.width() - 2 * px(TILE_PAD)
    metrics = QFontMetrics(tile.font())
    assert tile.text() == "COVID-19\nkits"
    assert all(metrics.horizontalAdvance(line) <= room for line in tile.text().split("\n"))
    tile.set_name("Sanitizer")
    assert tile.text() == "Sanitizer"  # one word that fits stays one line
    tile.set_name("Extraordinarilylongcategoryname")
    assert tile.text().endswith("…") and tile.name == "Extraordinarilylongcategoryname"
    assert QFontMetrics(tile.font()).horizontalAdvance(tile.text()) <= room
