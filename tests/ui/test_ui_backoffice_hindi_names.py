"""The back office's Stock, Stock count and SHG statement lists on a Hindi screen (pytest-qt,
offscreen): the Hindi product and SHG names first with the English beside them, and the unit
in words, as the counter shows an item; on an English screen the English name alone."""

# ruff: noqa: F811  (pytest fixtures imported from test_ui_backoffice)

from __future__ import annotations

from test_ui_backoffice import area, counter, history, idle, open_back_office  # noqa: F401

from pos.printing.documents.document import Table
from pos.ui.backoffice.count import CountPage
from pos.ui.backoffice.shg import ShgPage
from pos.ui.backoffice.stock import StockPage
from pos.ui.language import i18n


def cells(model, key: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Each row's shown texts (Qt's display role), keyed by its first column's text."""
    rows = {}
    for row in range(model.rowCount()):
        texts = [model.index(row, c).data() for c in range(model.columnCount())]
        rows[texts[0].split()[0] if key == "first word" else texts[0]] = texts
    return rows


def test_stock_and_count_lists_show_the_hindi_name_first_and_the_unit_in_hindi(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    i18n.set_language("hi")
    try:
        stock_page = area(qtbot, counter, page, StockPage)
        mask = cells(stock_page.levels, "sku")["MSK-GRN"]
        assert mask[1] == "सूती मास्क हरा  ·  Cotton mask green"
        assert mask[4] == "नग" and "pc" not in mask
        stock_page.select_sku("MSK-GRN")
        [lot] = [stock_page.lots.index(r, 1).data() for r in range(stock_page.lots.rowCount())]
        assert lot == "SHG-DUR दुर्गा स्वयं सहायता समूह  ·  Durga SHG"
        count_page = area(qtbot, counter, page, CountPage)
        count_page.code.setText("SOAP-NEEM")
        count_page.scan()
        soap = cells(count_page.model, "sku")["SOAP-NEEM"]
        assert soap[1] == "नीम साबुन 100 ग्राम  ·  Neem soap 100 g" and soap[5] == "नग"
    finally:
        i18n.set_language("en")
    english = cells(stock_page.levels, "sku")["MSK-GRN"]
    assert (english[1], english[4]) == ("Cotton mask green", "pc")


def test_the_shg_statement_list_shows_the_shgs_hindi_name_first(qtbot, counter, history) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    i18n.set_language("hi")
    try:
        shg_page = area(qtbot, counter, page, ShgPage)
        shg_page.date_from.setText(history.ledger.db.execute(
            "SELECT min(received_on) FROM lots").fetchone()[0])  # fmt: skip
        shg_page.refresh()
        idle(qtbot, counter)
        durga = cells(shg_page.model, "first word")["SHG-DUR"]
        assert durga[0] == "SHG-DUR दुर्गा स्वयं सहायता समूह  ·  Durga SHG"
        statement = shg_page.model.rows[[r.shg_code for r in shg_page.model.rows].index("SHG-DUR")]
        document = counter.ops.statement_document([statement], statement.period_from,
                                                  statement.period_to)  # fmt: skip
        [by_product] = [b for b in document.blocks if isinstance(b, Table)]
        products = [row[0] for row in by_product.rows]  # the statement PDF's product lines
        assert "SOAP-NEEM Neem soap 100 g / नीम साबुन 100 ग्राम" in products
    finally:
        i18n.set_language("en")
