"""Issue 12's points the first back office tests left open, through the widgets (pytest-qt,
offscreen, real ledger files, a loopback printer): the receipt found is reprinted DUPLICATE
and a void starts from it, a report goes to the thermal printer, lots near expiry are coloured
and units go back to the SHG, a locked user is unlocked, an enrolled outlet's catalog is
read-only "from the district"."""

# ruff: noqa: F811  (pytest fixtures imported from test_ui_backoffice)

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import MANAGER_PIN
from PySide6.QtWidgets import QLabel
from test_ui_backoffice import area, events, history, idle, open_back_office  # noqa: F401
from test_ui_counter import at_sale, finish, log_in, open_window
from test_ui_printing import texts, use_printer

from pos import clock
from pos.errors import AuthFailed, LockedOut
from pos.inventory.stock import Lot
from pos.outlet import users
from pos.ui.backoffice.catalog import CatalogPage
from pos.ui.backoffice.common import BAD, LOW
from pos.ui.backoffice.people import PeoplePage
from pos.ui.backoffice.receipts import ReceiptsPage
from pos.ui.backoffice.reports import ReportsPage
from pos.ui.backoffice.stock import LotChangeDialog, StockPage, lot_colour
from pos.ui.counter.returns import ReturnDialog
from tests.support.print_fakes import LoopbackPrinter


@pytest.fixture
def printer():  # type: ignore[no-untyped-def]
    fake = LoopbackPrinter()
    yield fake
    fake.close()


def test_the_shifts_last_receipts_reprint_a_duplicate_start_a_void_and_a_report_prints(
    qtbot, history, printer
) -> None:  # type: ignore[no-untyped-def]
    use_printer(history, printer.port)
    window = open_window(qtbot, history.settings)
    try:
        at_sale(qtbot, window)
        page = open_back_office(qtbot, window)
        receipts = area(qtbot, window, page, ReceiptsPage)
        receipts.last_of_shift()  # F2: one key away
        idle(qtbot, window)
        kinds = [r.kind for r in receipts.model.rows]
        assert kinds == ["return", "sale"]
        receipts.view.selectRow(kinds.index("sale"))
        sale = receipts.current()
        receipts.reprint()
        qtbot.waitUntil(lambda: any(sale.receipt_no in t and "DUPLICATE" in t
                                    for t in texts(printer)), timeout=15_000)  # fmt: skip
        receipts.start_return()
        dialog = receipts.findChild(ReturnDialog)
        assert dialog is not None and dialog.receipt.text() == sale.receipt_no
        dialog.reject()
        reports = area(qtbot, window, page, ReportsPage)
        reports.show_report()  # the X so far
        idle(qtbot, window)
        reports.print_report()
        idle(qtbot, window)
        assert "Sent to the printer" in reports.message.text()
        qtbot.waitUntil(lambda: any("18%" in t and sale.receipt_no not in t  # the X's tax lines
                                    for t in texts(printer)), timeout=15_000)  # fmt: skip
        # (its labels, in English and Hindi, are drawn: not printer text)
    finally:
        finish(qtbot, window)


def test_lots_near_or_past_expiry_are_coloured_and_units_go_back_to_the_shg(qtbot, history) -> None:  # type: ignore[no-untyped-def]
    today = date.fromisoformat(clock.business_date(clock.now_utc()))

    def lot(expiry: date | None, on_hand: int = 3) -> Lot:
        return Lot(1, 1, "SHG-DUR", 1, "MSK-GRN", "Mask", 5, "2026-01-01",
                   expiry.isoformat() if expiry else None, None, on_hand)  # fmt: skip

    assert lot_colour(lot(today + timedelta(days=10))) == LOW  # within 30 days
    assert lot_colour(lot(today - timedelta(days=1))) == BAD  # expired, still on the shelf
    assert lot_colour(lot(today + timedelta(days=90))) is None
    assert lot_colour(lot(today - timedelta(days=1), on_hand=0)) is None  # nothing left
    window = open_window(qtbot, history.settings)
    try:
        at_sale(qtbot, window)
        page = open_back_office(qtbot, window)
        stock_page = area(qtbot, window, page, StockPage)
        row = [r.sku for r in stock_page.levels.rows].index("MSK-GRN")
        stock_page.levels_view.selectRow(row)
        stock_page.lots_view.selectRow(0)
        stock_page.change("return")
        dialog = stock_page.findChild(LotChangeDialog)
        dialog.qty.setValue(2)
        dialog.reason.setText("faded colour")
        dialog.submit()
        idle(qtbot, window)
        [moved] = events(history, "stock_moved")
        assert (moved["kind"], moved["qty"], moved["shg_code"]) == ("return_to_shg", -2, "SHG-DUR")
        assert {r.sku: r.on_hand for r in stock_page.levels.rows}["MSK-GRN"] == 5
    finally:
        finish(qtbot, window)


def test_a_user_locked_after_wrong_pins_is_unlocked_from_people(qtbot, history) -> None:  # type: ignore[no-untyped-def]
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(AuthFailed):
            users.login(history.ledger, "Ravi", "0000")
    with pytest.raises(LockedOut):
        users.login(history.ledger, "Ravi", "0000")
    window = open_window(qtbot, history.settings)
    try:
        log_in(qtbot, window, "Meena", MANAGER_PIN)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale_page)
        page = open_back_office(qtbot, window)
        people = area(qtbot, window, page, PeoplePage)
        people.name.setText("Nobody")
        people.unlock()
        idle(qtbot, window)
        assert people.form.error_text(people.name)  # refused at the field
        people.name.setText("Ravi")
        people.unlock()
        idle(qtbot, window)
        [unlocked] = events(history, "user_unlocked")
        assert (unlocked["user"], unlocked["approved_by"]) == ("Ravi", "Meena")
    finally:
        finish(qtbot, window)


def test_an_enrolled_outlets_catalog_is_read_only_from_the_district(qtbot, history) -> None:  # type: ignore[no-untyped-def]
    history.ledger.db.execute(
        "UPDATE device SET enrolled_at = '2026-01-01T00:00:00.000000Z',"
        " server_url = 'https://district.example.in'"
    )
    window = open_window(qtbot, history.settings)
    try:
        at_sale(qtbot, window)
        page = open_back_office(qtbot, window)
        cat = area(qtbot, window, page, CatalogPage)
        note = cat.findChild(QLabel, "from_district")
        assert note is not None and note.isVisibleTo(cat) and "district" in note.text()
        for button in (cat.save_button, cat.new_button, cat.file_button, cat.shg_button):
            assert not button.isEnabled()
        assert cat.labels_button.isEnabled()  # labels from the district's catalog too
    finally:
        finish(qtbot, window)


def test_a_price_change_from_the_screen_starts_at_its_date_and_time_with_the_category_in_hindi(
    qtbot, history
) -> None:  # type: ignore[no-untyped-def]
    from pos.products import catalog
    from pos.records.ledger import open_ledger

    window = open_window(qtbot, history.settings)
    try:
        at_sale(qtbot, window)
        page = open_back_office(qtbot, window)
        cat = area(qtbot, window, page, CatalogPage)
        cat.view.selectRow([p.sku for p in cat.model.rows].index("MSK-GRN"))
        cat.edit_selected()
        tomorrow = clock.local(clock.now_utc()) + timedelta(days=1)
        cat.fields["mrp"].setText("12")
        cat.fields["category_hi"].setText("मास्क और कपड़ा")
        cat.fields["effective_from"].setText(tomorrow.strftime("%Y-%m-%dT09:00"))
        cat.save()
        idle(qtbot, window)
        assert window.ops.find_item("MSK-GRN").mrp_paise == 1000  # today's price stays
        led = open_ledger(history.settings, readonly=True)
        try:
            later = clock.local(clock.now_utc()).replace(hour=10) + timedelta(days=1)
            item = catalog.find_item(led, "MSK-GRN", later.astimezone(clock.now_utc().tzinfo))
            assert item.mrp_paise == 1200
            assert {p.sku: p.category_hi for p in cat.model.rows}["MSK-GRN"] == "मास्क और कपड़ा"
        finally:
            led.close()
        cat.fields["effective_from"].setText("next week")  # refused at its field
        cat.save()
        idle(qtbot, window)
        assert cat.form.error_text(cat.fields["effective_from"])
    finally:
        finish(qtbot, window)


def test_a_catalog_preview_runs_in_the_background_with_the_busy_bar_and_rows_are_frozen(
    qtbot, history, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    window = open_window(qtbot, history.settings)
    try:
        at_sale(qtbot, window)
        page = open_back_office(qtbot, window)
        cat = area(qtbot, window, page, CatalogPage)
        file = tmp_path / "catalog.csv"
        file.write_text("sku,name_en,category,unit,hsn,gst_rate,mrp,shg_code\n"
                        "HONEY-1,Forest honey,Food,pc,0409,0,180,SHG-LAX\n", encoding="utf-8")  # fmt: skip
        cat.choose_file(file)
        # queued on the long runner: the bar shows until its answer comes back to the screen,
        # and the writer (the counter's sales) has nothing waiting behind it
        assert cat.busy_bar.isVisibleTo(cat) and window.ops.runner.pending == 0
        idle(qtbot, window)
        assert not cat.busy_bar.isVisibleTo(cat) and cat.preview.new == ("HONEY-1",)
        product = cat.model.rows[0]
        assert dataclasses.is_dataclass(product)
        with pytest.raises(dataclasses.FrozenInstanceError):
            product.sku = "X"  # type: ignore[misc]
    finally:
        finish(qtbot, window)


def test_a_category_colour_chosen_on_the_product_form_colours_its_counter_tile(
    qtbot, history
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, history.settings)
    try:
        at_sale(qtbot, window)
        page = open_back_office(qtbot, window)
        cat = area(qtbot, window, page, CatalogPage)
        cat.view.selectRow([p.sku for p in cat.model.rows].index("SOAP-NEEM"))
        cat.edit_selected()
        assert cat.colour.currentData() == ""  # by the tile's place until chosen
        cat.colour.setCurrentIndex(cat.colour.findData("#ad1457"))
        cat.save()
        idle(qtbot, window)
        assert {p.sku: p.category_colour for p in cat.model.rows}["SOAP-NEEM"] == "#ad1457"
        page.back()
        window.sale_page.build_tiles()
        [soap] = [b for b, (en, _hi) in zip(window.sale_page.tile_buttons,
                                            window.sale_page.tile_names, strict=True)
                  if en == "Soap"]  # fmt: skip
        assert "#ad1457" in soap.styleSheet()
    finally:
        finish(qtbot, window)
