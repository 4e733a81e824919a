"""The back office driven through its widgets (pytest-qt, offscreen): opened by a manager's
own PIN over a cashier's shift, each area's happy path and a refusal, checked in the ledger."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import CASHIER_PIN, MANAGER_PIN, make_outlet
from PySide6.QtCore import Qt
from test_ui_counter import at_sale, finish, open_window, scan, screen_lines, settle

from pos import clock
from pos.amounts.words import rupees_in_words
from pos.inventory import stock
from pos.outlet import users
from pos.products import catalog
from pos.records.ledger import open_ledger
from pos.reporting import settlement
from pos.selling import sales, shifts
from pos.ui.backoffice import BackOfficePage, OpenBackOfficeDialog
from pos.ui.backoffice.intake import IntakePage
from pos.ui.backoffice.people import PeoplePage
from pos.ui.backoffice.receipts import ReceiptsPage
from pos.ui.backoffice.reports import ReportsPage
from pos.ui.backoffice.shg import PayoutDialog, ShgPage
from pos.ui.backoffice.stock import LotChangeDialog, StockPage
from pos.ui.shell.main_window import MainWindow

MASK = "8900000000012"


def last_month(day: int, hour: int = 11) -> datetime:
    first = clock.local(clock.now_utc()).replace(day=1, hour=hour, minute=0, second=0)
    return (first - timedelta(days=1)).replace(day=day)


@pytest.fixture
def history(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """Last month: Durga SHG delivered 10 masks and 6 soaps; 3 masks and 2 soaps were sold,
    one soap came back; the shift opened then is still open (the counter runs on it)."""
    with monkeypatch.context() as patch:  # the outlet was set up last month
        then = last_month(1)
        patch.setattr(clock, "now_utc", lambda: then)
        made = make_outlet(tmp_path / "outlet", open_shift=False)
    led, meena, ravi = made.ledger, made.manager, made.cashier
    shifts.open_shift(led, ravi, 100_000, moment=last_month(2, 9))
    stock.receive_lot(led, "SHG-DUR", "MSK-GRN", 10, user=meena, moment=last_month(2))
    stock.receive_lot(led, "SHG-DUR", "SOAP-NEEM", 6, user=meena, moment=last_month(2, 12))

    def item(sku: str):  # type: ignore[no-untyped-def]
        return catalog.find_item(led, sku)

    sale = sales.complete_sale(
        led,
        [sales.price_line(item("MSK-GRN"), 3, doc_mode="tax_invoice"),
         sales.price_line(item("SOAP-NEEM"), 2, doc_mode="tax_invoice")],
        [sales.Tender("cash", 20_000)], ravi, moment=last_month(5),
    )  # fmt: skip
    sales.return_sale(led, sale.receipt_no, [sales.ReturnLine(2, 1)], cashier=ravi,
                      approver=meena, moment=last_month(6))  # fmt: skip
    yield made
    made.ledger.close()


@pytest.fixture
def counter(qtbot, history):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, history.settings)
    at_sale(qtbot, window)
    yield window
    finish(qtbot, window)


def open_back_office(qtbot, window: MainWindow, pin: str = MANAGER_PIN) -> BackOfficePage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.sale_page.search, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: isinstance(window.dialog, OpenBackOfficeDialog))
    dialog = window.dialog
    dialog.approval.choose("Meena", pin)
    dialog.submit()
    settle(qtbot, window)
    if pin != MANAGER_PIN:
        return None  # type: ignore[return-value]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.back_office)
    return window.back_office


def area(qtbot, window, page: BackOfficePage, cls):  # type: ignore[no-untyped-def]
    shown = page.open_area(cls)
    qtbot.waitUntil(lambda: window.ops.long_runner.pending == 0 and window.ops.runner.pending == 0)
    return shown


def idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.ops.long_runner.pending == 0 and window.ops.runner.pending == 0,
                    timeout=10_000)  # fmt: skip


def events(history, kind: str) -> list[dict]:  # type: ignore[type-arg]
    led = open_ledger(history.settings, readonly=True)
    try:
        rows = led.db.query("SELECT body FROM events WHERE kind = ? ORDER BY seq", [kind])
        return [json.loads(r["body"])["data"] for r in rows]
    finally:
        led.close()


# ---------------------------------------------------------------- the shell


def test_a_manager_opens_the_back_office_during_a_shift_and_comes_back_to_the_same_cart(
    qtbot, counter
) -> None:  # type: ignore[no-untyped-def]
    scan(qtbot, counter, MASK)
    before = screen_lines(counter)
    assert before == [("MSK-GRN", 1, 1000)]
    page = open_back_office(qtbot, counter)
    assert page.manager.name == "Meena" and counter.user.name == "Ravi"
    qtbot.keyClick(page.menu, Qt.Key.Key_Escape)
    assert counter.stack.currentWidget() is counter.sale_page
    assert counter.back_office is None
    assert screen_lines(counter) == before
    qtbot.waitUntil(lambda: counter.sale_page.search.hasFocus())


def test_a_wrong_manager_pin_keeps_the_back_office_shut(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    open_back_office(qtbot, counter, pin="9999")
    assert isinstance(counter.dialog, OpenBackOfficeDialog)
    assert counter.dialog.message.isVisibleTo(counter.dialog)
    assert counter.back_office is None
    assert counter.stack.currentWidget() is counter.sale_page


def test_a_cashier_pin_does_not_open_the_back_office(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(counter.sale_page.search, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: isinstance(counter.dialog, OpenBackOfficeDialog))
    assert counter.dialog.approval.manager.findData("Ravi") == -1  # cashiers are not offered


# ---------------------------------------------------------------- receipts


def test_receipts_lists_the_shift_searches_by_product_and_shows_the_receipt(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    receipts = area(qtbot, counter, page, ReceiptsPage)
    assert [r.kind for r in receipts.model.rows] == ["return", "sale"]  # the shift's, newest first
    receipts.product.setText("neem")
    receipts.tender.setCurrentIndex(receipts.tender.findData("cash"))
    receipts.search()
    idle(qtbot, counter)
    assert len(receipts.model.rows) == 2
    receipts.amount.setText("100")  # 3 masks + 2 soaps = 101.00, rounded: 101
    receipts.search()
    idle(qtbot, counter)
    assert receipts.model.rows == []
    receipts.amount.setText("101")
    receipts.search()
    idle(qtbot, counter)
    [sale] = receipts.model.rows
    receipts.view.selectRow(0)
    assert any(sale.receipt_no in text for text in receipts.document_view.texts())


def test_receipts_refuse_a_bad_amount_and_a_backwards_period_at_the_field(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    receipts = area(qtbot, counter, page, ReceiptsPage)
    shown = list(receipts.model.rows)
    receipts.amount.setText("abc")
    receipts.search()
    assert "abc" in receipts.form.error_text(receipts.amount)
    receipts.amount.clear()
    receipts.date_from.setText("2026-05-02")
    receipts.date_to.setText("2026-05-01")
    receipts.search()
    idle(qtbot, counter)
    assert "after it ends" in receipts.form2.error_text(receipts.date_from)
    assert receipts.model.rows == shown


# ---------------------------------------------------------------- stock intake


def test_a_delivery_is_received_whole_and_its_slip_is_a_pdf(
    qtbot, counter, history, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    intake = area(qtbot, counter, page, IntakePage)
    intake.shg.setCurrentIndex(intake.shg.findData("SHG-LAX"))
    for code, qty, price, expiry in ((MASK, 20, "8", ""), ("SAN-100", 5, "40", "2099-12-31")):
        intake.code.setText(code)
        intake.qty.setValue(qty)
        intake.price.setText(price)
        intake.expiry.setText(expiry)
        intake.add_line()
    assert [r.line.qty for r in intake.model.rows] == [20, 5]
    intake.receive()
    idle(qtbot, counter)
    assert intake.slip is not None and len(intake.slip.lots) == 2
    assert not intake.labels_button.isEnabled()  # both products carry a barcode
    assert events(history, "stock_received")[-1]["shg_code"] == "SHG-LAX"
    pdf = tmp_path / "slip.pdf"
    intake.save_slip(pdf)
    idle(qtbot, counter)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        assert "STOCK INTAKE SLIP" in text and "SHG-LAX" in text and "360.00" in text


def test_an_intake_quantity_of_0_an_early_expiry_or_a_price_above_mrp_is_refused_at_the_field(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    intake = area(qtbot, counter, page, IntakePage)
    before = len(events(history, "stock_received"))
    intake.code.setText(MASK)
    intake.qty.setValue(0)
    intake.add_line()
    assert "zero" in intake.form.error_text(intake.qty)
    intake.qty.setValue(5)
    intake.price.setText("11")  # the mask's MRP is ₹10
    intake.add_line()
    assert "MRP" in intake.form.error_text(intake.price)
    intake.price.setText("8")
    intake.received.setText("2026-05-10")
    intake.expiry.setText("2026-05-01")
    intake.add_line()
    assert "before the received date" in intake.form.error_text(intake.expiry)
    assert intake.model.rows == []
    intake.receive()
    assert intake.form.error_text(intake.code)
    assert len(events(history, "stock_received")) == before


# ---------------------------------------------------------------- stock


def test_stock_shows_levels_and_lots_and_records_damage_on_a_lot(qtbot, counter, history) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    stock_page = area(qtbot, counter, page, StockPage)
    levels = {r.sku: r.on_hand for r in stock_page.levels.rows}
    assert levels["MSK-GRN"] == 7 and levels["SOAP-NEEM"] == 5
    stock_page.filter.setText("neem")
    qtbot.waitUntil(lambda: len(stock_page.levels.rows) == 1)
    stock_page.levels_view.selectRow(0)
    [lot] = stock_page.lots.rows
    stock_page.lots_view.selectRow(0)
    stock_page.change("damage")
    dialog = stock_page.findChild(LotChangeDialog)
    dialog.qty.setValue(2)
    dialog.reason.setText("crushed")
    dialog.submit()
    idle(qtbot, counter)
    led = open_ledger(history.settings, readonly=True)
    try:
        assert stock.get_lot(led, lot.id).on_hand == 3
    finally:
        led.close()
    assert {r.sku: r.on_hand for r in stock_page.levels.rows}["SOAP-NEEM"] == 3


def test_writing_off_more_than_a_lot_holds_is_refused_at_the_field(qtbot, counter, history) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    stock_page = area(qtbot, counter, page, StockPage)
    stock_page.filter.setText("neem")
    qtbot.waitUntil(lambda: len(stock_page.levels.rows) == 1)
    stock_page.levels_view.selectRow(0)
    stock_page.lots_view.selectRow(0)
    stock_page.change("damage")
    dialog = stock_page.findChild(LotChangeDialog)
    dialog.qty.setValue(50)
    dialog.submit()
    assert dialog.form.error_text(dialog.reason)  # a reason first
    dialog.reason.setText("crushed")
    dialog.submit()
    idle(qtbot, counter)
    assert dialog.form.error_text(dialog.qty)
    assert events(history, "stock_moved") == []


# ---------------------------------------------------------------- SHG statement and payout


def statement_of(history, start: str, end: str) -> settlement.ShgSettlement:
    led = open_ledger(history.settings, readonly=True)
    try:
        return settlement.shg_statement(led, start, end, shg_code="SHG-DUR")[0]
    finally:
        led.close()


def period(page: ShgPage) -> tuple[str, str]:
    start = last_month(1).date().isoformat()
    end = (last_month(1).replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    page.date_from.setText(start)
    page.date_to.setText(end.date().isoformat())
    return start, end.date().isoformat()


def test_the_statement_on_screen_and_in_the_pdf_is_the_domains_and_its_payout_is_recorded(
    qtbot, counter, history, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    shg = area(qtbot, counter, page, ShgPage)
    start, end = period(shg)
    shg.refresh()
    idle(qtbot, counter)
    [row] = shg.model.rows
    domain = statement_of(history, start, end)
    assert row == domain
    assert (row.received_qty, row.sold_qty, row.customer_returns_qty) == (16, 5, 1)
    pdf = tmp_path / "statement.pdf"
    shg.save_pdf(pdf)
    idle(qtbot, counter)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        from pos.amounts.money import format_rupees

        for paise in (domain.gross_sales_paise, domain.customer_returns_paise,
                      domain.commission_paise, domain.net_payable_paise, domain.balance_paise):  # fmt: skip
            assert format_rupees(paise) in text
        assert rupees_in_words(domain.balance_paise).en in " ".join(text.split())
        assert f"ST-SHG-DUR-{end.replace('-', '')}" in text
        assert "MSK-GRN" in text and "SOAP-NEEM" in text  # a line per product
        assert "PROVISIONAL" not in text
    shg.view.selectRow(0)
    shg.pay()
    dialog = shg.findChild(PayoutDialog)
    dialog.reference.setText("UTR998877")
    dialog.submit()
    idle(qtbot, counter)
    [paid] = events(history, "settlement_paid")
    assert paid["shg_code"] == "SHG-DUR" and paid["amount_paise"] == domain.net_payable_paise
    assert shg.model.rows[0].settled


def test_a_payout_without_a_reference_or_for_the_wrong_amount_is_refused(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    shg = area(qtbot, counter, page, ShgPage)
    period(shg)
    shg.refresh()
    idle(qtbot, counter)
    shg.view.selectRow(0)
    shg.pay()
    dialog = shg.findChild(PayoutDialog)
    dialog.submit()
    assert dialog.form.error_text(dialog.reference)
    dialog.reference.setText("UTR1")
    dialog.amount.setText("1")
    dialog.submit()
    idle(qtbot, counter)
    assert "is owed" in dialog.form.error_text(dialog.amount)
    assert events(history, "settlement_paid") == []


# ---------------------------------------------------------------- reports


def test_reports_show_the_x_and_write_sales_as_pdf_and_csv(qtbot, counter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    rep = area(qtbot, counter, page, ReportsPage)
    rep.show_report()
    idle(qtbot, counter)
    assert any("X" in t for t in rep.view.texts())
    rep.kind.setCurrentIndex(rep.kind.findData("sales"))
    rep.date_from.setText(last_month(1).date().isoformat())
    rep.show_report()
    idle(qtbot, counter)
    assert rep.built.data.sales_count == 1
    rep.save_pdf(tmp_path / "sales.pdf")
    rep.save_csv(tmp_path / "sales.csv")
    idle(qtbot, counter)
    assert (tmp_path / "sales.pdf").stat().st_size > 1000
    assert "SALES REPORT" in (tmp_path / "sales.csv").read_text(encoding="utf-8")
    rep.kind.setCurrentIndex(rep.kind.findData("gst"))
    rep.show_report()
    idle(qtbot, counter)
    assert rep.built.data.taxable_paise > 0


def test_the_z_of_a_shift_that_does_not_exist_is_refused_at_its_number(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    rep = area(qtbot, counter, page, ReportsPage)
    rep.kind.setCurrentIndex(rep.kind.findData("z"))
    rep.z_number.setValue(77)
    rep.show_report()
    idle(qtbot, counter)
    assert rep.form.error_text(rep.z_number)
    assert rep.built is None


# ---------------------------------------------------------------- people


def test_a_manager_adds_a_cashier_and_resets_a_pin_each_journalled_with_the_approver(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    people = area(qtbot, counter, page, PeoplePage)
    people.name.setText("Sita")
    people.pin.setText("2468")
    people.add()
    idle(qtbot, counter)
    assert "Sita" in [u.name for u in people.model.rows]
    people.name.setText("Ravi")
    people.pin.setText("8642")
    people.reset_pin()
    idle(qtbot, counter)
    people.name.setText("Sita")
    people.deactivate()  # once: it asks
    people.deactivate()  # twice: done
    idle(qtbot, counter)
    assert [e["approved_by"] for e in events(history, "user_added")] == ["Meena"]
    assert [e["user"] for e in events(history, "pin_reset")] == ["Ravi"]
    assert [e["user"] for e in events(history, "user_deactivated")] == ["Sita"]
    led = open_ledger(history.settings)
    try:
        assert users.login(led, "Ravi", "8642").name == "Ravi"
        assert [u.name for u in users.user_rows(led) if not u.active] == ["Sita"]
    finally:
        led.close()


def test_a_pin_of_fewer_than_4_digits_is_refused_at_the_field_and_nobody_is_added(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    people = area(qtbot, counter, page, PeoplePage)
    people.name.setText("Sita")
    people.pin.setText("12")
    people.add()
    idle(qtbot, counter)
    assert "4 to 8 digits" in people.form.error_text(people.pin)
    assert "Sita" not in [u.name for u in people.model.rows]
    assert events(history, "user_added") == []
    assert CASHIER_PIN  # the cashier's own PIN is untouched


# ---------------------------------------------------------------- catalog


def test_a_standalone_outlet_adds_a_product_from_the_screen_and_imports_a_previewed_file(
    qtbot, counter, history, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.catalog import CatalogPage

    page = open_back_office(qtbot, counter)
    cat = area(qtbot, counter, page, CatalogPage)
    assert {p.sku for p in cat.model.rows} == {"MSK-GRN", "SOAP-NEEM", "SAN-100"}
    cat.new_product()
    for key, value in (("sku", "PICKLE-MANGO"), ("name_en", "Mango pickle 500 g"),
                       ("name_hi", "आम का अचार"), ("category", "Food"), ("hsn", "2001"),
                       ("mrp", "120")):  # fmt: skip
        cat.fields[key].setText(value)
    cat.rate.setCurrentIndex(cat.rate.findData("12"))
    cat.save()
    idle(qtbot, counter)
    assert "PICKLE-MANGO" in {p.sku for p in cat.model.rows}
    assert counter.ops.find_item("PICKLE-MANGO").mrp_paise == 12_000
    csv_file = tmp_path / "catalog.csv"
    csv_file.write_text(
        "sku,name_en,category,unit,hsn,gst_rate,mrp,shg_code\n"
        "PICKLE-MANGO,Mango pickle 500 g,Food,pc,2001,12,130,SHG-DUR\n"
        "HONEY-1,Forest honey 250 g,Food,pc,0409,0,180,SHG-LAX\n",
        encoding="utf-8",
    )
    cat.choose_file(csv_file)
    idle(qtbot, counter)
    assert cat.preview.new == ("HONEY-1",)
    assert cat.preview.changed == ("PICKLE-MANGO: Hindi name, MRP",)  # the file has no Hindi
    assert counter.ops.find_item("PICKLE-MANGO").mrp_paise == 12_000  # not yet written
    cat.do_import()
    idle(qtbot, counter)
    assert counter.ops.find_item("PICKLE-MANGO").mrp_paise == 13_000
    assert counter.ops.find_item("HONEY-1").name_en == "Forest honey 250 g"


def test_a_bad_product_or_an_import_with_one_bad_row_writes_nothing(
    qtbot, counter, history, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.catalog import CatalogPage

    page = open_back_office(qtbot, counter)
    cat = area(qtbot, counter, page, CatalogPage)
    before = len(events(history, "catalog_imported"))
    cat.new_product()
    cat.fields["sku"].setText("JAM-1")
    cat.fields["name_en"].setText("Jam")
    cat.fields["category"].setText("Food")
    cat.fields["hsn"].setText("20")
    cat.fields["mrp"].setText("abc")
    cat.save()
    idle(qtbot, counter)
    assert "HSN" in cat.form.error_text(cat.fields["hsn"])
    assert "MRP" in cat.form.error_text(cat.fields["mrp"])
    csv_file = tmp_path / "catalog.csv"
    csv_file.write_text(
        "sku,name_en,category,unit,hsn,gst_rate,mrp,shg_code\n"
        "HONEY-1,Forest honey 250 g,Food,pc,0409,0,180,SHG-LAX\n"
        "HONEY-2,,Food,pc,0409,0,180,SHG-LAX\n",
        encoding="utf-8",
    )
    cat.choose_file(csv_file)
    idle(qtbot, counter)
    assert cat.preview is None and not cat.import_button.isEnabled()
    assert cat.preview_list.count() == 1 and "name_en" in cat.preview_list.item(0).text()
    assert len(events(history, "catalog_imported")) == before
    assert "JAM-1" not in {p.sku for p in cat.model.rows}
    from pos.ui.shared.dialogs import LabelsDialog

    cat.view.selectRow(0)
    cat.print_labels()  # the counter's label dialog, for the selected product
    labels = cat.findChild(LabelsDialog)
    assert labels is not None and labels.product.text() == cat.model.rows[0].sku
    labels.reject()


# ---------------------------------------------------------------- settings in words


def test_settings_show_rupees_percentages_and_lists_and_save_them_as_stored(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.settings import SettingsPage

    page = open_back_office(qtbot, counter)
    s = area(qtbot, counter, page, SettingsPage)
    assert s.fields["variance_threshold_paise"].text() == "100.00"
    assert s.fields["commission"].text() == "10"
    assert s.fields["printer_width_dots"].currentText() == "80 mm"
    s.fields["variance_threshold_paise"].setText("150")
    s.fields["commission"].setText("7.5")
    s.fields["printer_width_dots"].setCurrentIndex(s.fields["printer_width_dots"].findData("384"))
    s.save()
    idle(qtbot, counter)
    values = counter.ops.setting_values()
    assert (values["variance_threshold_paise"], values["commission"],
            values["printer_width_dots"]) == ("15000", "pct:750", "384")  # fmt: skip
    [changed] = events(history, "settings_changed")
    assert changed["by"] == "Meena" and changed["settings"]["commission"] == "pct:750"


def test_a_bad_percentage_or_an_idle_time_of_0_is_refused_at_the_field_and_nothing_is_saved(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.settings import SettingsPage

    page = open_back_office(qtbot, counter)
    s = area(qtbot, counter, page, SettingsPage)
    s.fields["commission"].setText("ten")
    s.save()
    assert "percentage" in s.form.error_text(s.fields["commission"])
    s.fields["commission"].setText("10")
    s.fields["idle_lock_minutes"].setText("0")
    s.save()
    assert "1 to 999" in s.form.error_text(s.fields["idle_lock_minutes"])
    idle(qtbot, counter)
    assert events(history, "settings_changed") == []
    assert counter.ops.setting_values()["idle_lock_minutes"] == "5"


# ---------------------------------------------------------------- stock count


def test_a_count_scanned_shelf_by_shelf_shows_differences_then_posts_them(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.count import CountPage

    page = open_back_office(qtbot, counter)
    count = area(qtbot, counter, page, CountPage)
    for _ in range(3):  # shelf 1: three masks scanned one by one
        count.code.setText(MASK)
        count.scan()
    count.next_shelf()
    count.qty.setValue(6)  # shelf 2: six soaps at once (one more than the ledger's 5)
    count.code.setText("SOAP-NEEM")
    count.scan()
    assert [(c.sku, c.counted, c.on_hand, c.difference) for c in count.model.rows] == [
        ("MSK-GRN", 3, 7, -4), ("SOAP-NEEM", 6, 5, 1)]  # fmt: skip
    assert events(history, "stock_moved") == []  # nothing written before posting
    count.reason.setText("monthly count")
    count.post()
    idle(qtbot, counter)
    assert count.model.rows == []
    levels = {lvl.sku: lvl.on_hand for lvl in stock.levels_page(counter.ops.reader)}
    assert (levels["MSK-GRN"], levels["SOAP-NEEM"]) == (3, 6)
    assert len(events(history, "stock_moved")) == 2


def test_a_count_without_a_reason_or_an_unknown_code_writes_nothing(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.count import CountPage

    page = open_back_office(qtbot, counter)
    count = area(qtbot, counter, page, CountPage)
    count.code.setText("8909999999999")
    count.scan()
    assert "8909999999999" in count.form.error_text(count.code)
    count.code.setText(MASK)
    count.scan()
    count.post()
    assert count.form.error_text(count.reason)
    count.qty.setValue(5)
    count.code.setText("SAN-100")  # no lot of sanitizer was ever received
    count.scan()
    count.reason.setText("monthly count")
    count.post()
    idle(qtbot, counter)
    assert "no lot" in count.form.error_text(count.code)
    assert events(history, "stock_moved") == []


# ---------------------------------------------------------------- outlet


def test_the_outlets_address_phone_and_footer_are_saved_and_a_backup_made_now(
    qtbot, counter, history, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.outlet import OutletPage

    page = open_back_office(qtbot, counter)
    outlet = area(qtbot, counter, page, OutletPage)
    assert outlet.fields["name_en"].text() == counter.ops.reader.outlet.name_en
    assert "No backup yet" in outlet.backup_label.text()
    outlet.fields["address_en"].setText("Station Road, Gaya")
    outlet.fields["address_hi"].setText("स्टेशन रोड, गया")
    outlet.fields["phone"].setText("0631 222 3344")
    outlet.fields["footer_hi"].setText("धन्यवाद, फिर आइए")
    outlet.save()
    idle(qtbot, counter)
    saved = counter.ops.reader.outlet
    assert (saved.address_hi, saved.phone, saved.footer_hi) == (
        "स्टेशन रोड, गया", "0631 222 3344", "धन्यवाद, फिर आइए")  # fmt: skip
    assert events(history, "outlet_changed")[-1]["by"] == "Meena"
    outlet.back_up()
    idle(qtbot, counter)
    assert "Last backup" in outlet.backup_label.text()
    outlet.diagnostics(tmp_path / "diag.zip")
    idle(qtbot, counter)
    assert (tmp_path / "diag.zip").stat().st_size > 0


def test_a_bad_gstin_or_phone_is_refused_at_its_field_and_nothing_is_saved(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.outlet import OutletPage

    page = open_back_office(qtbot, counter)
    outlet = area(qtbot, counter, page, OutletPage)
    outlet.fields["phone"].setText("call me")
    outlet.save()
    idle(qtbot, counter)
    assert "phone" in outlet.form.error_text(outlet.fields["phone"])
    outlet.fields["phone"].setText("0631 222 3344")
    outlet.fields["gstin"].setText("10AAB")  # not a GSTIN's 15 characters
    outlet.save()
    idle(qtbot, counter)
    assert "GSTIN" in outlet.form.error_text(outlet.fields["gstin"])
    assert events(history, "outlet_changed") == []
    assert counter.ops.reader.outlet.phone == ""


def test_an_shg_is_added_with_its_bank_details_and_a_bad_ifsc_is_refused_at_its_field(
    qtbot, counter, history
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.backoffice.catalog import CatalogPage
    from pos.ui.backoffice.shg_edit import ShgDialog

    page = open_back_office(qtbot, counter)
    cat = area(qtbot, counter, page, CatalogPage)
    cat.edit_shgs()
    dialog = cat.findChild(ShgDialog)
    for key, value in (("code", "SHG-RAD"), ("name_en", "Radha SHG"), ("bank_account", "12345678901"),
                       ("ifsc", "sbin12"), ("upi_vpa", "radha@sbi")):  # fmt: skip
        dialog.fields[key].setText(value)
    dialog.submit()
    idle(qtbot, counter)
    assert "IFSC" in dialog.form.error_text(dialog.fields["ifsc"])
    assert "SHG-RAD" not in {code for code, _name in counter.ops.shg_codes()}
    dialog.fields["ifsc"].setText("sbin0001234")
    dialog.submit()
    idle(qtbot, counter)
    [radha] = [row for row in counter.ops.shg_rows() if row.code == "SHG-RAD"]
    assert (radha.bank_account, radha.ifsc, radha.upi_vpa) == (
        "12345678901",
        "SBIN0001234",
        "radha@sbi",
    )
    assert cat.shg.findData("SHG-RAD") >= 0  # offered for products at once


def test_a_back_office_left_idle_returns_to_the_counter_and_locks_it(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    open_back_office(qtbot, counter)
    counter.idle_timeout()
    assert counter.back_office is None
    assert counter.locked and counter.stack.currentWidget() is counter.login_page
