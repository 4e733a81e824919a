"""Run in a child process on a real X display (Xvfb): the counter with its printer (a loopback
network printer) and sync (a district server on 127.0.0.1) indicators live, and the first-run
wizard. Used by test_ui_wiring_screenshots.py.

    python tests/screenshots/ui_wiring_screenshot_child.py WORK_DIR OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the other child scripts
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: conftest
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from conftest import make_outlet
from PySide6.QtWidgets import QApplication
from ui_screenshot_child import pump, wait_idle

from pos.outlet import config
from pos.printing.printers.config import put_printer_settings
from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.settings import Settings
from pos.sync import service
from pos.ui.shell.app import build_window
from pos.ui.shell.first_run import FirstRunWizard
from tests.support.print_fakes import LoopbackPrinter, refused_port
from tests.support.sync_fixtures import make_store


def wait_for(app: QApplication, predicate, what: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(1000):
        app.processEvents()
        if predicate():
            return
        pump(app, 20)
    raise SystemExit(f"timed out waiting for {what}: {getattr(predicate, 'seen', '')}")


def sale_screen(app: QApplication, work: Path, out: Path, printer_up: bool) -> None:
    store = make_store(str(work / "district.sqlite"))
    code = store.add_outlet("G01", "Gwalior")
    printer = LoopbackPrinter() if printer_up else None
    with ServerThread(create_app(store)) as server:
        outlet = make_outlet(work / ("up" if printer_up else "down"))
        service.enroll(outlet.ledger, server.url, code)
        config.set_value(outlet.ledger, "sync_push_delay_seconds", "0")
        port = printer.port if printer else refused_port()
        put_printer_settings(outlet.ledger, {"printer_uri": f"tcp://127.0.0.1:{port}",
                                             "printer_timeout_s": "1"})  # fmt: skip
        outlet.ledger.close()
        window, ops = build_window(outlet.settings)
        window.resize(1366, 768)
        window.show()
        page = window.login_page
        page.choose("Ravi")
        page.pin.setText("1357")
        page.submit()
        wait_idle(app, window)
        sale = window.sale_page
        for code_ in ("8900000000012", "8900000000029"):
            sale.search.setText(code_)
            sale.enter()
            wait_idle(app, window)
        from pos.selling.sales import Tender

        def done(record):  # type: ignore[no-untyped-def]  # as the payment dialog's done does
            window.last_sale(record)
            sale.print_receipt(record.receipt_no)

        lines = list(sale.lines)
        sale.clear_cart()
        ops.complete_cart(sale.cart_id, lines, [Tender("cash", 10000)], sale.cashier, done, print)
        wait_idle(app, window)
        for code_ in ("8900000000012", "8900000000036"):
            sale.search.setText(code_)
            sale.enter()
            wait_idle(app, window)

        def live() -> bool:
            window.poll_indicators()
            wait_idle(app, window)
            sync_ok = (
                "last ok" in window.sync_label.text() and "0 pending" in window.sync_label.text()
            )
            words = "ok" if printer_up else "receipt waiting"
            live.seen = (
                window.sync_label.text(),
                window.printer_label.text(),
                ops.reader.db.execute(
                    "SELECT e.seq, e.kind, o.state FROM events e JOIN outbox o ON o.seq = e.seq ORDER BY e.seq DESC LIMIT 4"
                ).fetchall(),
            )  # type: ignore[attr-defined]
            return sync_ok and words in window.printer_label.text()

        wait_for(app, live, "the indicators")  # (the last texts are in the failure)
        pump(app, 300)
        name = "sale_screen_live.png" if printer_up else "sale_screen_printer_off.png"
        app.primaryScreen().grabWindow(0).save(str(out / name))
        window.close()
        ops.close()
    store.close()
    if printer:
        printer.close()


def wizard(app: QApplication, work: Path, out: Path) -> None:
    w = FirstRunWizard(Settings(work / "empty"))
    w.resize(720, 560)
    w.show()
    pump(app, 300)
    app.primaryScreen().grabWindow(0).save(str(out / "wizard_choose.png"))
    w.choose("district")
    w.server.setText("https://gwalior-district.example.in")
    w.code.setText("7K3Q-PX9M")
    w.name_en.setText("Sarv Gwalior Centre")
    w.name_hi.setText("सर्व ग्वालियर केंद्र")
    w.upi_vpa.setText("sarvgwalior@sbi")
    w.manager.setText("Meena")
    pump(app, 300)
    app.primaryScreen().grabWindow(0).save(str(out / "wizard_district.png"))
    w.reject()


def main() -> int:
    work, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    sale_screen(app, work, out, printer_up=True)
    sale_screen(app, work, out, printer_up=False)
    wizard(app, work, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
