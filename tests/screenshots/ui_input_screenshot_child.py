"""Run in a child process on a real X display (Xvfb with a window manager): drive the counter's
input screens with real key presses (xdotool) and save a screenshot of each: the lock screen,
an unlock, the quantity keypad for loose goods, the search results, a return with its keypad
and reasons, a paid out, the payment with a part payment, the settings with the manager's PIN.

    python tests/screenshots/ui_input_screenshot_child.py DATA_DIR LANGUAGE WIDTHxHEIGHT OUT_DIR
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the other child scripts
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: conftest
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from conftest import MANAGER_PIN, make_outlet
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from pos.outlet import users
from pos.products import catalog
from pos.ui.shell.app import build_window
from tests.ledger.test_barcodes import OIL


def pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_idle(window) -> None:  # type: ignore[no-untyped-def]
    for _ in range(500):
        QApplication.processEvents()
        if window.ops.runner.pending == 0:
            return
        pump(10)


def keys(*args: str) -> None:
    """Real key presses through the X server, the Qt loop running meanwhile."""
    proc = subprocess.Popen(["xdotool", *args])
    while proc.poll() is None:
        pump(20)
    pump(150)


def main() -> int:
    data_dir, language, size, out = (Path(sys.argv[1]), sys.argv[2], sys.argv[3],
                                     Path(sys.argv[4]))  # fmt: skip
    width, height = (int(n) for n in size.split("x"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    outlet = make_outlet(data_dir)
    catalog.import_catalog(outlet.ledger,
                           catalog.parse_catalog_json(json.dumps({"products": [OIL]})))  # fmt: skip
    users.add_user(outlet.ledger, "Sita", "cashier", "4321", language=language)
    users.add_user(outlet.ledger, "Asha", "manager", "8642", language=language)
    outlet.ledger.close()
    window, ops = build_window(outlet.settings)
    window.resize(width, height)
    window.show()
    pump(300)

    def shot(name: str) -> None:
        pump(250)  # the primary screen asked anew: Qt may replace its QScreen meanwhile
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}_{size}_{language}.png"))

    page = window.login_page
    page.choose("Sita")
    page.pin.setFocus()
    keys("type", "--delay", "30", "4321")
    keys("key", "Return")
    wait_idle(window)
    sale = window.sale_page
    sale.search.setFocus()
    for _ in range(2):  # a scanner that ends its codes with Tab
        keys("type", "--delay", "10", "8900000000012")
        keys("key", "Tab")
        wait_idle(window)
    keys("type", "--delay", "10", "3*8900000000029")
    keys("key", "Return")
    wait_idle(window)
    rung = [(line.item.sku, line.qty) for line in sale.lines]
    if rung != [("MSK-GRN", 2), ("SOAP-NEEM", 3)]:  # real Tab-ended scans, a typed 3*
        raise SystemExit(f"the scans rang up {rung}")
    keys("type", "--delay", "10", "075678164125")  # loose mustard oil: how much?
    keys("key", "Return")
    wait_idle(window)
    shot("quantity")
    keys("type", "1.5")
    keys("key", "Return")
    wait_idle(window)
    sale.search.insert("साबून")  # a misspelt Hindi name (typed by an input method)
    sale.run_search()
    shot("search_results")
    keys("key", "Escape")

    keys("key", "F12")
    dialog = window.dialog
    keys("key", "F2")
    keys("type", "50")
    keys("key", "F4")  # a part payment by UPI
    shot("payment_part")
    keys("key", "ctrl+Delete")  # taken back
    keys("key", "Escape")

    keys("key", "F11")
    keys("type", "40")
    dialog = window.dialog
    dialog.reason.setFocus()
    keys("type", "tea")
    shot("paid_out")
    keys("key", "Escape")

    keys("key", "F9")
    shot("return")
    keys("key", "Escape")

    keys("key", "ctrl+shift+o")
    dialog = window.dialog
    dialog.approval.pin.setFocus()
    keys("type", MANAGER_PIN)
    shot("settings")
    keys("key", "Escape")

    keys("key", "ctrl+l")
    for _ in range(5):
        keys("type", "9999")
        keys("key", "Return")
        wait_idle(window)
    shot("lock_locked_out")
    window.login_page.unlock_button.click()
    pump(200)
    keys("type", MANAGER_PIN)
    shot("unlock")
    keys("key", "Return")
    wait_idle(window)
    if "Sita" not in window.login_page.message.text():  # "Unlocked: Sita"
        raise SystemExit(f"not unlocked: {window.login_page.message.text()}")
    window.close()
    ops.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
