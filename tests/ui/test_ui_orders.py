# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""The counter's Orders panel and the packing slip, on a real till enrolled with a real
district server on 127.0.0.1: the alert (signal, banner, beep), each step through the
widgets, the slip as a PDF with its UPI QR; screenshots saved to test-artifacts/."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from pos.inventory import stock
from pos.selling import orders
from pos.server.delivery import orders as district_orders
from pos.sync import service
from pos.sync.scheduler import SchedulerConfig, SyncScheduler
from pos.ui.language import i18n
from pos.ui.shell.app import build_window
from pos.ui.shell.main_window import MainWindow
from tests.conftest import CASHIER_PIN, ROOT, Outlet, make_outlet
from tests.support.delivery_fakes import CityApp, city_app, order_body
from tests.support.print_fakes import zbar
from tests.support.sync_fixtures import District, sqlite_district  # noqa: F401
from tests.ui.test_ui_counter import finish, log_in, settle

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture
def till(sqlite_district: District, tmp_path: Path) -> Iterator[tuple[Outlet, CityApp]]:
    sqlite_district.publish_small_catalog()
    made = make_outlet(tmp_path / "till")
    service.enroll(made.ledger, sqlite_district.url, sqlite_district.enrolment_code("G01"))
    for shg, sku, qty in (("SHG-LAX", "MSK-GRN", 20), ("SHG-DUR", "SOAP-NEEM", 10)):
        stock.receive_lot(made.ledger, shg, sku, qty, user=made.manager)
    district_orders.set_areas(sqlite_district.store, "G01", ["823001"])
    app = city_app(sqlite_district.store, sqlite_district.url)
    yield made, app
    made.ledger.close()


def _window(qtbot, outlet: Outlet) -> MainWindow:  # type: ignore[no-untyped-def]
    window, _ops = build_window(outlet.settings, services=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_scheduler_reports_a_new_order_once_within_the_pull_interval(till) -> None:  # type: ignore[no-untyped-def]
    outlet, app = till
    got: list[list[str]] = []
    arrived = threading.Event()

    def on_new(ids: list[str]) -> None:
        got.append(ids)
        arrived.set()

    scheduler = SyncScheduler(
        outlet.settings, SchedulerConfig(orders_every_s=0.2, pull_every_s=3600),
        on_new_orders=on_new,
    )  # fmt: skip
    scheduler.start()
    try:
        order_id = app.place(order_body()).json()["order"]["order_id"]
        assert arrived.wait(30)
        scheduler.sync_now()
        scheduler.sync_now()
    finally:
        scheduler.stop()
    assert got == [[order_id]]


def test_a_new_order_alerts_with_a_banner_a_sound_and_a_signal_then_walks_to_paid(
    qtbot,
    till,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    outlet, app = till
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    order_id = app.place(order_body(payment="cod_upi")).json()["order"]["order_id"]
    new = service.sync_once(outlet.ledger, do_orders=True).new_orders
    window = _window(qtbot, outlet)
    try:
        log_in(qtbot, window, "Ravi", CASHIER_PIN)
        assert window.orders_button.isVisibleTo(window)  # an enrolled till takes orders
        with qtbot.waitSignal(window.orders_panel.order_alert) as alert:
            window.orders_arrived(new)
        assert alert.args == [[order_id]] and beeps == [1]
        assert window.orders_panel.banner.isVisibleTo(window.orders_panel)
        window.show_orders()
        panel = window.orders_panel
        assert window.stack.currentWidget() is panel
        assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == order_id[:8]
        assert "Sunita Devi" in panel.detail.text() and "₹101.00" in panel.detail.text()
        _shot(window, "orders-panel-new-en")
        answers = iter(["Raju", "412345678901"])
        monkeypatch.setattr(panel, "_ask", lambda *_a: next(answers))
        for step in ("accept", "pack", "dispatch", "deliver"):
            assert panel.buttons[step].isEnabled(), step
            panel.buttons[step].click()
            settle(qtbot, window)
            assert panel.message.property("level") != "error", panel.message.text()
        order = orders.get_order(outlet.ledger, order_id)
        assert order.status == "delivered" and order.receipt_no
        assert "Receipt" in panel.detail.text()
        assert window.last_receipt == order.receipt_no  # the status bar's last receipt
        window.set_language("hi")
        window.show_orders()
        _shot(window, "orders-panel-delivered-hi")
    finally:
        finish(qtbot, window)
        i18n.set_language("en")


def test_the_packing_slip_pdf_has_the_address_phone_items_amount_and_a_upi_qr_for_it(
    till,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from pos.printing.documents.packing_slip import slip_for
    from pos.printing.render.pdf import render_pdf

    outlet, app = till
    order_id = app.place(order_body()).json()["order"]["order_id"]
    service.sync_once(outlet.ledger, do_orders=True)
    orders.accept(outlet.ledger, order_id, outlet.cashier)
    order = orders.pack(outlet.ledger, order_id, outlet.cashier)
    pdf = render_pdf(slip_for(outlet.ledger, order), tmp_path / "slip.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    for words in ("PACKING SLIP", "Sunita Devi", "9876543210", "12 Station Road", "823001",
                  "Cotton mask green", "101.00"):  # fmt: skip
        assert words in text, words
    png = tmp_path / "slip"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(png)],
                   check=True)  # fmt: skip
    codes = zbar(png.with_suffix(".png"))
    vpa = outlet.ledger.outlet.upi_vpa
    assert codes and "am=101.00" in codes[0] and f"pa={vpa}" in codes[0]
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(png.with_suffix(".png"), ARTIFACTS / "packing-slip.png")
    shutil.copy(pdf, ARTIFACTS / "packing-slip.pdf")


def _shot(window: MainWindow, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTIFACTS / f"{name}.png"))


def test_the_packing_slip_renders_for_a_58_mm_roll_and_is_queued_when_a_printer_is_set_up(
    till,  # type: ignore[no-untyped-def]
) -> None:
    from pos.db.selling import print_q
    from pos.outlet import config
    from pos.printing.documents.packing_slip import queue_slip, slip_for
    from pos.printing.render.escpos_render import PaperSpec, render_escpos
    from tests.support.print_fakes import refused_port

    outlet, app = till
    order_id = app.place(order_body("SLIP-58")).json()["order"]["order_id"]
    service.sync_once(outlet.ledger, do_orders=True)
    orders.accept(outlet.ledger, order_id, outlet.cashier)
    order = orders.pack(outlet.ledger, order_id, outlet.cashier)
    data = render_escpos(slip_for(outlet.ledger, order), PaperSpec(width_dots=384))
    assert data.startswith(b"\x1b@") and b"SLIP-58" in data
    assert b"\x1dv0" in data  # the Devanagari and the rupee lines go as a raster
    assert queue_slip(outlet.ledger, order) is None  # no printer: nothing queued
    config.set_value(outlet.ledger, "printer_uri", f"tcp://127.0.0.1:{refused_port()}")
    job = queue_slip(outlet.ledger, order)
    assert job is not None
    queued = print_q.get_job(outlet.ledger.db, job)
    assert queued is not None and queued["ref"] == f"ORDER {order_id[:8]}"
