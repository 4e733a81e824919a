"""The Stock screen's reorder levels through its widgets (pytest-qt, offscreen): the manager
sets a product's level, the product shows as low at or below it; a negative level or text is
refused at the field, in the user's language, and nothing is written."""

# ruff: noqa: F811  (pytest fixtures imported from test_ui_backoffice)

from __future__ import annotations

from test_ui_backoffice import area, counter, events, history, idle, open_back_office  # noqa: F401

from pos.ui.backoffice.common import LOW
from pos.ui.backoffice.stock import ReorderDialog, StockPage, level_colour
from pos.ui.language import i18n


def open_reorder(qtbot, counter, sku: str) -> tuple[StockPage, ReorderDialog]:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    stock_page = area(qtbot, counter, page, StockPage)
    row = [r.sku for r in stock_page.levels.rows].index(sku)
    stock_page.levels_view.selectRow(row)
    stock_page.set_level()
    dialog = stock_page.findChild(ReorderDialog)
    assert dialog is not None and dialog.level.text() == "0"
    return stock_page, dialog


def test_the_manager_sets_a_reorder_level_and_the_product_shows_as_low(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    stock_page, dialog = open_reorder(qtbot, counter, "MSK-GRN")  # 7 on hand
    assert level_colour({r.sku: r for r in stock_page.levels.rows}["MSK-GRN"]) is None
    dialog.level.setText("8")
    dialog.submit()
    idle(qtbot, counter)
    qtbot.waitUntil(lambda: {r.sku: r.reorder_level for r in stock_page.levels.rows}
                    ["MSK-GRN"] == 8)  # fmt: skip
    mask = {r.sku: r for r in stock_page.levels.rows}["MSK-GRN"]
    assert level_colour(mask) == LOW and mask.low
    soap = {r.sku: r for r in stock_page.levels.rows}["SOAP-NEEM"]
    assert level_colour(soap) is None  # 5 on hand, no level set
    [entry] = events(history, "reorder_level_set")
    assert (entry["sku"], entry["level"], entry["by"]) == ("MSK-GRN", 8, "Meena")


def test_a_negative_or_non_numeric_level_is_refused_at_the_field_in_hindi(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    _page, dialog = open_reorder(qtbot, counter, "MSK-GRN")
    dialog.level.setText("-2")
    dialog.submit()
    idle(qtbot, counter)
    assert "whole number of 0 or more" in dialog.form.error_text(dialog.level)
    i18n.set_language("hi")
    try:
        dialog.level.setText("दस")
        dialog.submit()
        idle(qtbot, counter)
        shown = dialog.form.error_text(dialog.level)
        assert "पूरी संख्या" in shown and "दस" in shown and "whole" not in shown
    finally:
        i18n.set_language("en")
    assert events(history, "reorder_level_set") == []
