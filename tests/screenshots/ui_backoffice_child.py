"""Run in a child process on a real X display (Xvfb with openbox): open the back office over
a cashier's shift and every area and dialog in it, check each fits the screen with its key
widgets visible, and save a screenshot of each. Used by test_ui_backoffice_fit.py.

    python tests/ui_backoffice_child.py DATA_DIR LANGUAGE OUT_DIR

Prints one JSON object: {"problems": [...], "shots": [...]}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the other child scripts
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: conftest
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from conftest import MANAGER_PIN, make_outlet
from PySide6.QtWidgets import QApplication, QWidget
from ui_fit_child import Tour, dialog_keys
from ui_screenshot_child import wait_idle

from pos.inventory import reorder, stock
from pos.outlet import config, users
from pos.products import catalog
from pos.selling import sales
from pos.ui.backoffice import BackOfficePage
from pos.ui.backoffice.intake import IntakePage
from pos.ui.backoffice.people import PeoplePage
from pos.ui.backoffice.receipts import ReceiptsPage
from pos.ui.backoffice.reports import ReportsPage
from pos.ui.backoffice.shg import PayoutDialog, ShgPage
from pos.ui.backoffice.stock import LotChangeDialog, ReorderDialog, StockPage
from pos.ui.shared import theme
from pos.ui.shared.fit import show_main
from pos.ui.shell.app import build_window


def idle(app: QApplication, window: Any) -> None:
    wait_idle(app, window)
    for _ in range(500):
        app.processEvents()
        if window.ops.long_runner.pending == 0 and window.ops.runner.pending == 0:
            return


def seed(data_dir: Path, language: str) -> Any:
    outlet = make_outlet(data_dir)
    led, meena = outlet.ledger, outlet.manager
    users.add_user(led, "Sita", "cashier", "4321", language=language)
    config.set_value(led, "display_language", language)
    stock.receive_lot(led, "SHG-DUR", "MSK-GRN", 40, user=meena, expiry="2099-01-31")
    stock.receive_lot(led, "SHG-LAX", "SOAP-NEEM", 12, user=meena, shg_price_paise=3000)
    reorder.set_reorder_level(led, "SOAP-NEEM", 10, user=meena)  # 5 left after the sales: low
    for n in range(1, 8):
        lines = [sales.price_line(catalog.find_item(led, "MSK-GRN"), n, doc_mode="tax_invoice"),
                 sales.price_line(catalog.find_item(led, "SOAP-NEEM"), 1,
                                  doc_mode="tax_invoice")]  # fmt: skip
        sales.complete_sale(led, lines, [sales.Tender("cash", 50_000)], outlet.cashier)
    led.close()
    return outlet


def tour_back_office(tour: Tour, data_dir: Path, language: str) -> None:
    app = tour.app
    outlet = seed(data_dir, language)
    window, ops = build_window(outlet.settings)
    show_main(window)
    page = window.login_page
    page.choose("Sita")
    page.pin.setText("4321")
    page.submit()
    tour.settle(window)
    window.open_back_office()
    wait_idle(app, window)
    dialog = window.dialog
    tour.shot("open", dialog_keys(dialog), window)
    dialog.approval.choose("Meena", MANAGER_PIN)
    dialog.submit()
    idle(app, window)
    back: BackOfficePage = window.back_office
    if back is None:
        tour.problems.append("the back office did not open")
        return

    def area(cls: type, name: str, keys: dict[str, QWidget]) -> Any:
        shown = back.open_area(cls)
        idle(app, window)
        tour.shot(name, {"back": back.back_button, "areas": back.menu, **keys}, window)
        return shown

    receipts = area(ReceiptsPage, "receipts", {})
    receipts.view.selectRow(0)
    idle(app, window)
    tour.shot("receipts_selected", {"list": receipts.view, "return": receipts.return_button},
              window)  # fmt: skip
    receipts.amount.setText("abc")
    receipts.search()
    tour.shot("receipts_refused", {"amount": receipts.amount}, window)
    intake = area(IntakePage, "intake", {})
    intake.code.setText("MSK-GRN")
    intake.qty.setValue(20)
    intake.price.setText("8")
    intake.add_line()
    intake.code.setText("SOAP-NEEM")
    intake.qty.setValue(0)
    intake.add_line()
    tour.shot("intake_refused", {"receive": intake.receive_button, "lines": intake.view}, window)
    stock_page = area(StockPage, "stock", {})
    stock_page.levels_view.selectRow(0)
    stock_page.lots_view.selectRow(0)
    tour.shot("stock_lots", {"levels": stock_page.levels_view, "lots": stock_page.lots_view},
              window)  # fmt: skip
    stock_page.change("damage")
    lot_dialog = stock_page.findChild(LotChangeDialog)
    if lot_dialog is not None:
        tour.shot("stock_damage", dialog_keys(lot_dialog), window)
        lot_dialog.reject()
    stock_page.set_level()  # the selected product's reorder level, refused when negative
    level_dialog = stock_page.findChild(ReorderDialog)
    if level_dialog is not None:
        level_dialog.level.setText("-5")
        level_dialog.submit()
        idle(app, window)
        tour.shot("stock_reorder_refused", {**dialog_keys(level_dialog),
                                            "level": level_dialog.level}, window)  # fmt: skip
        level_dialog.reject()
    from pos.ui.backoffice.count import CountPage

    count = area(CountPage, "count", {})
    for code in ("MSK-GRN", "MSK-GRN", "SOAP-NEEM"):
        count.code.setText(code)
        count.scan()
    count.post()
    tour.shot("count_refused", {"post": count.post_button, "lines": count.view}, window)
    shg = area(ShgPage, "shg", {})
    shg.view.selectRow(0)
    shg.pay()
    payout = shg.findChild(PayoutDialog)
    if payout is not None:
        payout.submit()
        tour.shot("shg_payout_refused", dialog_keys(payout), window)
        payout.reject()
    reports = area(ReportsPage, "reports", {})
    reports.show_report()
    idle(app, window)
    tour.shot("reports_x", {"pdf": reports.pdf_button, "print": reports.print_button}, window)
    reports.kind.setCurrentIndex(reports.kind.findData("gst"))
    reports.show_report()
    idle(app, window)
    tour.shot("reports_gst", {"csv": reports.csv_button}, window)
    people = area(PeoplePage, "people", {})
    people.name.setText("Kamla")
    people.pin.setText("12")
    people.add()
    tour.shot("people_refused", {"pin": people.pin, "list": people.view}, window)
    from pos.ui.backoffice.catalog import CatalogPage

    catalog_page = area(CatalogPage, "catalog", {})
    catalog_page.view.selectRow(0)
    catalog_page.fields["hsn"].setText("12")
    catalog_page.save()
    idle(app, window)
    tour.shot("catalog_refused", {"save": catalog_page.save_button, "list": catalog_page.view},
              window)  # fmt: skip
    from pos.ui.backoffice.outlet import OutletPage

    outlet_page = area(OutletPage, "outlet", {})
    outlet_page.fields["phone"].setText("call me")
    outlet_page.save()
    idle(app, window)
    tour.shot("outlet_refused", {"phone": outlet_page.fields["phone"]}, window)
    from pos.ui.backoffice.settings import SettingsPage

    settings_page = area(SettingsPage, "settings", {})
    settings_page.fields["commission"].setText("ten")
    settings_page.save()
    tour.shot("settings_refused", {"commission": settings_page.fields["commission"]}, window)
    settings_page.fields["commission"].setText("10")
    settings_page.fields["printer_timeout_s"].setText("99")
    settings_page.save()
    tour.shot("settings_refused_timeout", {"timeout": settings_page.fields["printer_timeout_s"]},
              window)  # fmt: skip
    from pos.ui.backoffice.district import DistrictPage

    district = area(DistrictPage, "district", {"join": district_page_button(back, DistrictPage)})
    district.server.setText("")
    district.enrol()
    tour.shot("district_refused", {"server": district.server}, window)
    from pos.errors import ClockBehind

    window.report_error(ClockBehind("the device clock is behind the last recorded event "
                                    "(2026-12-02T10:00:00Z); check the date and time, then a "
                                    "manager must confirm it"))  # fmt: skip
    idle(app, window)
    tour.shot("clock_confirm", {"confirm": window.dialog.ok_button}, window.dialog)
    window.dialog.reject()
    idle(app, window)
    back.back()
    tour.settle(window)
    tour.shot("back_at_the_counter", {"search": window.sale_page.search}, window)
    window.close()
    ops.close()


def district_page_button(back: BackOfficePage, cls: type) -> QWidget:
    button: QWidget = back.area(cls).enrol_button
    return button


def main() -> int:
    data_dir, language, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    theme.apply(app)
    size = app.primaryScreen().geometry()
    tour = Tour(app, out, f"bo_{size.width()}x{size.height()}_{language}")
    tour_back_office(tour, data_dir / "outlet", language)
    print(json.dumps({"problems": tour.problems, "shots": tour.shots}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
