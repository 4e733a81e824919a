"""A centre manager new to the app, driving the back office by keys as the real window is
driven (pytest-qt, offscreen, real ledger files): the keys on the buttons work, the keyboard's
focus goes where the hand expects, and what a refusal or a date looks like to them."""

# ruff: noqa: F811  (pytest fixtures imported from test_ui_backoffice)

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QScrollArea
from test_ui_backoffice import (  # noqa: F401
    area,
    counter,
    events,
    history,
    idle,
    last_month,
    open_back_office,
)

from pos.amounts.money import format_rupees
from pos.ui.backoffice.catalog import CatalogPage
from pos.ui.backoffice.intake import IntakePage
from pos.ui.backoffice.outlet import OutletPage
from pos.ui.backoffice.people import PeoplePage
from pos.ui.backoffice.receipts import ReceiptsPage
from pos.ui.backoffice.reports import ReportsPage
from pos.ui.backoffice.settings import SettingsPage
from pos.ui.backoffice.shg import PayoutDialog, ShgPage
from pos.ui.backoffice.stock import LotChangeDialog, StockPage
from pos.ui.language.i18n import set_language


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key pressed where the keyboard's focus is, as on the real till."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_back_office_key_the_counter_also_uses_runs_the_back_office_button(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    catalog = area(qtbot, counter, page, CatalogPage)
    catalog.fields["sku"].setText("typed before")
    press(qtbot, Qt.Key.Key_F6)  # New product; F6 is the counter's Discount too
    assert catalog.fields["sku"].text() == ""
    assert catalog.fields["sku"].hasFocus()
    people = area(qtbot, counter, page, PeoplePage)
    people.name.setText("")
    press(qtbot, Qt.Key.Key_F5)  # Add user; F5 is the counter's Quantity too
    assert people.form.error_text(people.name) != ""


def test_the_counter_keys_work_again_after_the_back_office(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    qtbot.keyClick(page.menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: counter.sale_page.search.hasFocus())
    press(qtbot, Qt.Key.Key_F2)
    assert counter.sale_page.search.hasFocus()
    with qtbot.waitSignal(counter.sale_page.buttons[0].shortcut.activated, timeout=2000):
        press(qtbot, Qt.Key.Key_F2)


def test_an_area_opened_by_its_key_takes_the_keyboard_so_letters_typed_stay_in_it(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    press(qtbot, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)  # Catalog
    idle(qtbot, counter)
    catalog = page.area(CatalogPage)
    assert page.pages.currentWidget() is catalog
    qtbot.keyClicks(QApplication.focusWidget(), "PICKLE")  # not the areas' list: P is People
    assert page.pages.currentWidget() is catalog
    assert catalog.filter.text() == "PICKLE"


@pytest.mark.parametrize("language", ["en", "hi"])
def test_every_field_of_a_long_form_is_inside_the_screen_at_1024_px(
    qtbot, counter, language
) -> None:  # type: ignore[no-untyped-def]
    counter.showNormal()
    counter.resize(1024, 768)
    set_language(language)
    try:
        page = open_back_office(qtbot, counter)
        fields_inside(qtbot, counter, page)
    finally:
        set_language("en")


def fields_inside(qtbot, counter, page) -> None:  # type: ignore[no-untyped-def]
    for cls in (CatalogPage, OutletPage, SettingsPage):
        shown = area(qtbot, counter, page, cls)
        scroll = shown.findChild(QScrollArea)
        qtbot.waitUntil(lambda s=scroll: s.viewport().width() > 100)
        QApplication.processEvents()
        form = scroll.widget().findChild(QFormLayout)
        right = scroll.viewport().width()
        for row in range(form.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = form.itemAt(row, role)
                if item is None or item.widget() is None:
                    continue
                widget = item.widget()
                edge = widget.mapTo(scroll.viewport(), QPoint(widget.width(), 0)).x()
                assert edge <= right, (cls.__name__, row, edge, right)


def test_dates_typed_day_first_as_people_write_them_are_taken_as_that_day(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    intake = area(qtbot, counter, page, IntakePage)
    intake.received.setText("30/11/2026")
    intake.code.setText("MSK-GRN")
    intake.qty.setValue(5)
    intake.expiry.setText("31-03-27")
    intake.add_line()
    assert intake.form.error_text(intake.expiry) == ""
    intake.receive()
    idle(qtbot, counter)
    received = events(history, "stock_received")[-1]
    assert (received["received_on"], received["expiry"]) == ("2026-11-30", "2027-03-31")
    catalog = area(qtbot, counter, page, CatalogPage)
    catalog.fields["effective_from"].setText("1-12-2026 9:00")
    assert catalog.fields["effective_from"].text() == "2026-12-01T09:00"
    catalog.fields["effective_from"].setText("next week")  # as typed: the domain refuses it
    assert catalog.fields["effective_from"].text() == "next week"


def test_a_document_is_offered_in_documents_then_where_the_last_one_was_saved(
    qtbot, counter, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from pos.ui.backoffice.common import AreaPage

    monkeypatch.setattr(AreaPage, "save_folder", None)
    QStandardPaths.setTestModeEnabled(True)  # Documents in a test folder, not the user's
    asked: list[str] = []
    picked = tmp_path / "usb" / "x.pdf"

    def dialog(_parent, _title, where, _pattern):  # type: ignore[no-untyped-def]
        asked.append(where)
        return str(picked), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    page = open_back_office(qtbot, counter)
    reports = area(qtbot, counter, page, ReportsPage)
    try:
        assert reports.ask_save_path("x-report.pdf", "PDF (*.pdf)") == picked
        assert reports.ask_save_path("z-report.csv", "CSV (*.csv)") == picked
    finally:
        QStandardPaths.setTestModeEnabled(False)
    first, second = Path(asked[0]), Path(asked[1])
    assert first.name == "x-report.pdf" and first.parent != Path.cwd()
    assert first.parent.is_dir()
    assert second == tmp_path / "usb" / "z-report.csv"


def test_a_write_off_says_what_was_recorded_after_the_stock_list_reloads(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    stock_page = area(qtbot, counter, page, StockPage)
    stock_page.filter.setText("neem")
    qtbot.waitUntil(lambda: len(stock_page.levels.rows) == 1)
    stock_page.levels_view.selectRow(0)
    [lot] = stock_page.lots.rows
    stock_page.change("damage")
    dialog = stock_page.findChild(LotChangeDialog)
    dialog.qty.setValue(2)
    dialog.reason.setText("crushed")
    dialog.submit()
    idle(qtbot, counter)
    qtbot.waitUntil(lambda: stock_page.levels.rows[0].on_hand == 3)
    assert stock_page.message.text() == f"Recorded: SOAP-NEEM · Lot {lot.id} · Damaged 2"


def test_a_statement_or_receipt_shown_goes_when_the_next_search_finds_nothing(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    receipts = area(qtbot, counter, page, ReceiptsPage)
    receipts.date_from.setText("2026-01-01")
    receipts.date_to.setText("2099-12-31")
    receipts.search()
    idle(qtbot, counter)
    assert receipts.document_view is not None  # the sale of last month
    receipts.receipt.setText("NO-SUCH-RECEIPT")
    receipts.search()
    idle(qtbot, counter)
    assert receipts.model.rows == [] and receipts.document_view is None
    shg = area(qtbot, counter, page, ShgPage)
    shg.date_from.setText(last_month(1).date().isoformat())
    shg.refresh()
    idle(qtbot, counter)
    assert shg.document_view is not None
    shg.date_from.setText("01-01-2020")  # before the outlet was set up: no SHG
    shg.date_to.setText("31-01-2020")
    shg.refresh()
    idle(qtbot, counter)
    assert shg.model.rows == [] and shg.document_view is None


def test_the_payout_dialog_names_the_shg_its_period_and_its_balance(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    page = open_back_office(qtbot, counter)
    shg = area(qtbot, counter, page, ShgPage)
    shg.date_from.setText(last_month(1).date().isoformat())
    shg.refresh()
    idle(qtbot, counter)
    statement = shg.model.rows[0]
    shg.pay()
    dialog = shg.findChild(PayoutDialog)
    whom = dialog.findChild(QLabel, "payout_whom").text()
    assert statement.shg_code in whom and statement.name_en in whom
    assert statement.period_from in whom and statement.period_to in whom
    assert format_rupees(statement.balance_paise) in whom
    dialog.reject()


def test_the_back_office_x_shows_the_managers_cash_sales_and_expected_cash(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    reports = area(qtbot, counter, page, ReportsPage)
    reports.kind.setCurrentIndex(reports.kind.findData("x"))
    reports.show_report()
    idle(qtbot, counter)
    x = reports.built.data
    cash = {t.method: t for t in x.tenders}["cash"]  # last month's sale was paid in cash
    assert cash.sales_paise > 0
    text = "\n".join(reports.view.texts())
    assert "Cash / नकद" in text and "Expected cash" in text


def test_a_person_picked_shows_their_own_role_and_language_and_deactivate_asks_first(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    people = area(qtbot, counter, page, PeoplePage)
    people.language.setCurrentIndex(people.language.findData("hi"))  # typed for a new person
    people.view.selectRow([u.name for u in people.model.rows].index("Meena"))
    assert people.role.currentData() == "manager" and people.language.currentData() == "en"
    people.view.selectRow([u.name for u in people.model.rows].index("Ravi"))
    press(qtbot, Qt.Key.Key_F8)
    idle(qtbot, counter)
    assert events(history, "user_deactivated") == []
    assert "Ravi" in people.message.text()
    press(qtbot, Qt.Key.Key_F8)
    idle(qtbot, counter)
    assert [e["user"] for e in events(history, "user_deactivated")] == ["Ravi"]


def test_settings_saved_names_what_changed_in_the_words_of_its_label(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    settings = area(qtbot, counter, page, SettingsPage)
    width = settings.fields["printer_width_dots"]
    width.setCurrentIndex(width.findData("384"))  # 58 mm
    press(qtbot, Qt.Key.Key_F10)
    idle(qtbot, counter)
    assert settings.message.text() == "Settings saved: Paper width"
    press(qtbot, Qt.Key.Key_F10)
    idle(qtbot, counter)
    assert settings.message.text() == "Nothing changed"


def test_an_import_lists_every_bad_row_at_once_by_its_line_in_the_file(
    qtbot, counter, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "products.csv"
    file.write_text(
        "sku,name_en,category,unit,hsn,gst_rate,mrp,shg_code\n"
        "PAPAD-200,Urad papad,Food,pc,1905,0,60,SHG-LAX\n"
        "BADI-250,Moong badi,Food,pc,1904,5,abc,SHG-LAX\n"  # line 3: MRP
        "DIYA-12,Clay diya,Household,pc,6912,12,48,SHG-XYZ\n",  # line 4: no such SHG
        encoding="utf-8",
    )
    page = open_back_office(qtbot, counter)
    catalog = area(qtbot, counter, page, CatalogPage)
    catalog.choose_file(file)
    idle(qtbot, counter)
    rows = [catalog.preview_list.item(i).text() for i in range(catalog.preview_list.count())]
    assert len(rows) == 2
    assert rows[0].startswith("Row 3: MRP")
    assert rows[1].startswith("Row 4: DIYA-12: unknown SHG code SHG-XYZ")
    assert catalog.message.text() == "Nothing imported: 2 bad rows"


def test_the_stock_area_gives_the_products_more_room_than_one_products_lots(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    counter.showNormal()
    counter.resize(1024, 768)
    page = open_back_office(qtbot, counter)
    stock_page = area(qtbot, counter, page, StockPage)
    qtbot.waitUntil(lambda: stock_page.levels_view.height() > 50)
    assert stock_page.levels_view.height() > 1.5 * stock_page.lots_view.height()


def test_ctrl_g_in_the_back_office_switches_its_language_and_keeps_the_area(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.language import i18n

    page = open_back_office(qtbot, counter)
    area(qtbot, counter, page, StockPage)
    try:
        press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: counter.back_office not in (page, None))
        fresh = counter.back_office
        assert i18n.current_language() == "hi"
        assert isinstance(fresh.pages.currentWidget(), StockPage)
        assert fresh.menu.item(0).text().startswith("रसीदें")
        assert fresh.manager.name == "Meena"
        assert fresh.area(StockPage).filter.hasFocus()
    finally:
        set_language("en")


def test_a_refusal_under_a_dialogs_field_is_shown_whole_not_over_the_field(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect

    page = open_back_office(qtbot, counter)
    shg = area(qtbot, counter, page, ShgPage)  # this month: the period has not ended
    qtbot.waitUntil(lambda: bool(shg.model.rows))
    shg.pay()
    dialog = shg.findChild(PayoutDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.amount.setText("10")
    dialog.reference.setText("UTR 1")
    dialog.submit()
    idle(qtbot, counter)
    label = dialog.form.errors[dialog.amount]
    qtbot.waitUntil(lambda: label.isVisible() and "not ended" in label.text())

    def apart() -> bool:
        field = QRect(dialog.amount.mapTo(dialog, QPoint(0, 0)), dialog.amount.size())
        shown = QRect(label.mapTo(dialog, QPoint(0, 0)), label.size())
        return not shown.intersects(field)

    qtbot.waitUntil(apart, timeout=2000)
    assert label.height() >= label.heightForWidth(label.width())  # every line of it
    dialog.reject()


def test_a_count_of_one_reads_in_the_singular(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    stock_page = area(qtbot, counter, page, StockPage)
    stock_page.filter.setText("neem")
    qtbot.waitUntil(lambda: len(stock_page.levels.rows) == 1)
    qtbot.waitUntil(lambda: stock_page.message.text() == "1 product")


def test_start_again_asks_before_throwing_away_a_counted_shelf(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.count import CountPage

    page = open_back_office(qtbot, counter)
    count = area(qtbot, counter, page, CountPage)
    count.code.setText("MSK-GRN")
    count.scan()
    press(qtbot, Qt.Key.Key_F7)
    assert count.counted == {"MSK-GRN": 1} and "once more" in count.message.text()
    press(qtbot, Qt.Key.Key_F7)
    assert count.counted == {} and count.model.rows == []


def test_the_statement_pdf_is_the_selected_shgs_to_hand_to_it(
    qtbot, counter, history, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from pos.inventory import stock

    stock.receive_lot(history.ledger, "SHG-LAX", "SOAP-NEEM", 5, user=history.manager)
    page = open_back_office(qtbot, counter)
    shg = area(qtbot, counter, page, ShgPage)  # this month: every SHG with stock
    qtbot.waitUntil(lambda: len(shg.model.rows) > 1)
    shg.view.selectRow(1)
    chosen, other = shg.model.rows[1].shg_code, shg.model.rows[0].shg_code
    pdf = tmp_path / "statement.pdf"
    shg.save_pdf(pdf)
    idle(qtbot, counter)
    qtbot.waitUntil(pdf.exists)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert f"ST-{chosen}-" in text and f"ST-{other}-" not in text


def test_the_printer_address_box_shows_what_an_address_looks_like(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    settings = area(qtbot, counter, page, SettingsPage)
    assert "tcp://192.168.1.50:9100" in settings.fields["printer_uri"].placeholderText()
