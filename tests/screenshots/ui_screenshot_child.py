"""Run in a child process on a real X display (Xvfb): open the counter in a real window,
ring up a cart and save a screenshot of the screen. Used by test_ui_screenshots.py.

    python tests/screenshots/ui_screenshot_child.py DATA_DIR LANGUAGE OUT.png
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

from pos.outlet import users
from pos.ui.shell.app import build_window


def pump(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_idle(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    for _ in range(500):
        app.processEvents()
        if window.ops.runner.pending == 0:
            return
        pump(app, 10)


def main() -> int:
    data_dir, language, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    app = QApplication([])
    outlet = make_outlet(data_dir)
    users.add_user(outlet.ledger, "Sita", "cashier", "4321", language=language)
    outlet.ledger.close()
    window, ops = build_window(outlet.settings)
    window.resize(1366, 768)
    window.show()
    pump(app, 200)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(out.with_name(out.stem.replace("sale_screen", "login") + ".png")))
    page = window.login_page
    page.choose("Sita")
    page.pin.setText("4321")
    page.submit()
    wait_idle(app, window)
    sale = window.sale_page
    for code in ("8900000000012", "8900000000012", "8900000000029", "8900000000036"):
        sale.search.setText(code)
        sale.enter()
        wait_idle(app, window)
    sale.search.setText("मास्क" if language == "hi" else "soap")
    sale.run_search()
    pump(app, 300)
    shot = screen.grabWindow(0)  # the X screen as shown, not a widget render
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = shot.save(str(out))
    sale.pay()  # and the payment dialog, on UPI with its QR
    dialog = window.dialog
    dialog.set_method("upi")
    pump(app, 300)
    screen.grabWindow(0).save(
        str(out.with_name(out.stem.replace("sale_screen", "payment") + ".png"))
    )
    dialog.reject()
    window.close()
    ops.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
