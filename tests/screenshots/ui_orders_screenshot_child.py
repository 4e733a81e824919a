"""Run in a child process on a real X display (Xvfb with a window manager): the counter's
Orders panel with a new order, at one window size and language. Used by
test_ui_orders_screenshots.py.

    python tests/screenshots/ui_orders_screenshot_child.py DATA_DIR LANGUAGE WIDTHxHEIGHT OUT.png
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the other child scripts
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: conftest
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from conftest import make_outlet
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from pos.inventory import stock
from pos.outlet import users
from pos.selling import orders
from pos.sync import orders_protocol as op
from pos.ui.shell.app import build_window


def pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def sample_order(n: int) -> op.OutletOrder:
    return op.OutletOrder(
        order_id=f"{n:08x}-1111-4111-8111-111111111111", app_order_id=f"CITY-{n}",
        status="placed", version=n, customer_name=["Sunita Devi", "रमेश कुमार"][n % 2],
        phone="9876543210", address="12 Station Road, near the water tank, Gaya",
        area="823001", payment=["cod_cash", "cod_upi", "prepaid_upi"][n % 3],
        prepaid_ref="412345678901" if n % 3 == 2 else None, claimed_by=None,
        placed_at="2026-11-30T06:00:00.000000Z",
        lines=[op.OrderLine(line_no=1, sku="MSK-GRN", name_en="Cotton mask green",
                            name_hi="सूती मास्क हरा", qty=3, unit_price_paise=1000),
               op.OrderLine(line_no=2, sku="SOAP-NEEM", name_en="Neem soap 100 g",
                            name_hi="नीम साबुन 100 ग्राम", qty=2, unit_price_paise=3550)],
    )  # fmt: skip


def main() -> int:
    data_dir, language, size, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
    width, height = (int(x) for x in size.split("x"))
    app = QApplication([])
    outlet = make_outlet(data_dir)
    users.add_user(outlet.ledger, "Sita", "cashier", "4321", language=language)
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 50, user=outlet.manager)
    stock.receive_lot(outlet.ledger, "SHG-DUR", "SOAP-NEEM", 50, user=outlet.manager)
    new = orders.receive(outlet.ledger, [sample_order(n) for n in range(1, 5)], "till")
    orders.accept(outlet.ledger, new[1], outlet.cashier)
    orders.pack(outlet.ledger, new[1], outlet.cashier)
    outlet.ledger.close()
    window, ops = build_window(outlet.settings, services=False)
    window.resize(width, height)
    window.show()
    pump(300)
    page = window.login_page
    page.choose("Sita")
    page.pin.setText("4321")
    page.submit()
    for _ in range(300):
        app.processEvents()
        if ops.runner.pending == 0 and window.user is not None:
            break
        pump(10)
    window.orders_arrived(new[2:])
    window.show_orders()
    pump(400)
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = app.primaryScreen().grabWindow(window.winId()).save(str(out))
    window.close()
    ops.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
