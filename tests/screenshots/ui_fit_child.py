"""Run in a child process on a real X display (Xvfb with a window manager): open every screen
and dialog of the counter, check that each lies on the screen with its key widgets visible,
and save a screenshot of each. Used by test_ui_fit.py.

    python tests/screenshots/ui_fit_child.py DATA_DIR LANGUAGE OUT_DIR

Prints one JSON object: {"problems": [...], "shots": [...], "metrics": {...}}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the other child scripts
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: conftest
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from conftest import MANAGER_PIN, SMALL_CATALOG, make_outlet
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QStatusBar,
    QWidget,
)
from ui_screenshot_child import pump, wait_idle

from pos.outlet import config, users
from pos.products import catalog
from pos.settings import Settings
from pos.ui.counter.close_shift import ZReportDialog
from pos.ui.counter.fitted import TILE_PAD
from pos.ui.shared import theme
from pos.ui.shared.dialogs import ShiftOpenDialog, UnprintedDialog
from pos.ui.shared.fit import show_main, watch
from pos.ui.shell.app import build_window
from pos.ui.shell.first_run import FirstRunWizard
from pos.ui.shell.indicators import ERROR, WARN, IndicatorState

SAMPLE_TILES = {
    "shgs": SMALL_CATALOG["shgs"],
    "products": [
        {**SMALL_CATALOG["products"][0], "sku": f"FIT-{n}", "barcodes": "", "category": en,
         "category_hi": hi}
        for n, (en, hi) in enumerate((
            ("Head-cover masks", "सिर ढकने वाले मास्क"), ("Handwash", "हैंडवॉश"),
            ("COVID-19 kits", "कोविड-19 किट"), ("Household", "घरेलू सामान"),
            ("Food", "खाद्य सामग्री"),
        ))
    ],
}  # fmt: skip
MASK, SOAP, SANITIZER = "8900000000012", "8900000000029", "8900000000036"


class Tour:
    def __init__(self, app: QApplication, out: Path, prefix: str) -> None:
        self.app, self.out, self.prefix = app, out, prefix
        self.problems: list[str] = []
        self.shots: list[str] = []
        self.screen = app.primaryScreen().geometry()

    def settle(self, window: Any = None) -> None:
        if window is not None:
            wait_idle(self.app, window)
        # let the window manager map and frame what was shown (no signal tells us it has)
        for _ in range(40):
            pump(self.app, 25)
            tops = [w for w in self.app.topLevelWidgets() if w.isVisible()]
            if all(w.frameGeometry() != w.geometry() or w.isFullScreen() for w in tops):
                break
        pump(self.app, 150)

    def inside(self, rect: QRect) -> bool:
        return self.screen.contains(rect)

    def check(self, name: str, key_widgets: dict[str, QWidget]) -> None:
        for top in self.app.topLevelWidgets():
            if not top.isVisible():
                continue
            frame = top.frameGeometry()
            if not self.inside(frame):
                self.problems.append(
                    f"{name}: window {type(top).__name__} {frame.getRect()} is off the screen "
                    f"{self.screen.getRect()} (min {top.minimumSizeHint().toTuple()})"
                )
            layout = top.layout()
            if layout is not None and top.height() < layout.minimumSize().height() - 2:
                self.problems.append(
                    f"{name}: {type(top).__name__} is {top.height()} px high, its content needs"
                    f" {layout.minimumSize().height()} (overlapping widgets)"
                )
            for button in top.findChildren(QAbstractButton):
                if (
                    button.isVisibleTo(top)
                    and button.height() < button.minimumSizeHint().height() - 2
                ):
                    self.problems.append(
                        f"{name}: button {button.text()!r} squeezed to {button.height()} px"
                        f" (needs {button.minimumSizeHint().height()})"
                    )
            self.check_texts(name, top)
        for label, widget in key_widgets.items():
            if not widget.isVisible():
                self.problems.append(f"{name}: {label} is not visible")
                continue
            rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
            window = widget.window()
            on_window = QRect(window.mapToGlobal(window.rect().topLeft()), window.size())
            if not self.inside(rect) or not on_window.contains(rect):
                self.problems.append(f"{name}: {label} {rect.getRect()} is off the screen")
            elif widget.width() < 20 or widget.height() < 12:
                self.problems.append(f"{name}: {label} is squeezed to {widget.size().toTuple()}")

    def check_texts(self, name: str, top: QWidget) -> None:
        """A category tile shows its whole name inside it (wrapped, maybe smaller, never cut);
        a status-bar part shows its text or an elided one ending in "…", never a cut word; the
        cashier's name is never elided."""
        for tile in top.findChildren(QPushButton, "tile"):  # any tile, CategoryTile or not
            if not tile.isVisibleTo(top):
                continue
            full = getattr(tile, "name", tile.text())
            metrics = QFontMetrics(tile.font())
            lines = tile.text().split("\n")
            room = tile.width() - 2 * theme.px(TILE_PAD)
            wide = [line for line in lines if metrics.horizontalAdvance(line) > room]
            if wide or " ".join(lines) != full:
                self.problems.append(
                    f"{name}: tile {full!r} shows {tile.text()!r} in {tile.width()} px"
                    f" ({[metrics.horizontalAdvance(line) for line in lines]} px of text)"
                )
            if len(lines) * metrics.lineSpacing() > tile.height():
                self.problems.append(f"{name}: tile {full!r}'s lines overflow its height")
        bar = top.findChild(QStatusBar)
        parts = [] if bar is None else bar.findChildren(QLabel) + bar.findChildren(QPushButton)
        for part in parts:
            if not part.isVisibleTo(top) or not part.text() or "status_" not in part.objectName():
                continue
            shown = part.shown_text() if hasattr(part, "shown_text") else part.text()
            room = part.contentsRect().width() - (8 if isinstance(part, QPushButton) else 0)
            if part.fontMetrics().horizontalAdvance(shown) > room:
                self.problems.append(f"{name}: {part.objectName()} {shown!r} is cut at the edge")
            elif shown != part.text() and not shown.endswith("…"):
                self.problems.append(f"{name}: {part.objectName()} shows {shown!r}")
            if part.objectName() == "status_cashier" and shown != part.text():
                self.problems.append(f"{name}: the cashier's name is cut to {shown!r}")

    def shot(self, name: str, key_widgets: dict[str, QWidget] | None = None,
             window: Any = None) -> None:  # fmt: skip
        self.settle(window)
        self.check(name, key_widgets or {})
        path = self.out / f"{self.prefix}_{name}.png"
        self.app.primaryScreen().grabWindow(0).save(str(path))
        self.shots.append(path.name)


def dialog_keys(dialog: Any) -> dict[str, QWidget]:
    keys = {"ok": dialog.ok_button}
    if dialog.cancel_button.isVisibleTo(dialog):
        keys["cancel"] = dialog.cancel_button
    return keys


def counter_tour(tour: Tour, data_dir: Path, language: str) -> dict[str, Any]:
    app = tour.app
    outlet = make_outlet(data_dir)
    # the sample catalog's eight categories, "COVID-19 kits" and "Head-cover masks" among them
    catalog.import_catalog(outlet.ledger, catalog.parse_catalog_json(json.dumps(SAMPLE_TILES)))
    users.add_user(outlet.ledger, "Fatima Sultana", "cashier", "4321", language=language)
    users.add_user(outlet.ledger, "Kamla", "manager", "8642", language=language)
    config.set_value(outlet.ledger, "display_language", language)
    outlet.ledger.close()
    window, ops = build_window(outlet.settings)
    show_main(window)
    tour.shot("login", {"status bar": window.statusBar()}, window)
    page = window.login_page
    page.choose("Fatima Sultana")
    page.pin.setText("4321")
    page.submit()
    sale = window.sale_page
    tour.settle(window)
    for code in (MASK, MASK, SOAP, SANITIZER):
        sale.search.setText(code)
        sale.enter()
    wait_idle(app, window)
    sale.search.setText("मास्क" if language == "hi" else "soap")
    sale.run_search()
    sale.say("+ " + "x" * 300)  # a long message never widens or heightens the screen
    keys = {
        "total": sale.total_label, "Pay": sale.pay_button, "Lock": sale.lock_button,
        "Close shift": sale.close_button, "status bar": window.statusBar(),
        "printer status": window.printer_label, "sync status": window.sync_label,
        "last receipt": window.last_label, "search": sale.search,
    }  # fmt: skip
    tour.shot("sale", keys, window)
    window.indicator_states["printer"] = IndicatorState(ERROR, "out of paper", "paper")
    window.refresh_status()
    tour.shot("sale_printer_paper", {**keys, "printer banner": sale.printer_banner}, window)
    # an enrolled till (the Orders button) with a long sync line: the status bar is squeezed,
    # its parts elide and the cashier's name stays whole
    window.indicator_states["sync"] = IndicatorState(
        WARN, "12 sales waiting, last sent 10:42, the district server did not answer"
    )
    window.orders_button.setVisible(True)
    window.refresh_status()
    tour.shot("sale_status_squeezed", keys, window)
    window.orders_button.setVisible(window.ops.reader.device.enrolled)
    window.poll_indicators()
    metrics = {
        "pay_height": sale.pay_button.height(),
        "lock_height": sale.lock_button.height(),
        "total_font_px": sale.total_label.fontInfo().pixelSize(),
        "scale": theme.scale(),
    }

    def dialog(name: str, keys: dict[str, QWidget] | None = None) -> Any:
        wait_idle(app, window)
        d = window.dialog
        if d is None:
            tour.problems.append(f"{name}: no dialog opened")
            return None
        tour.shot(name, {**dialog_keys(d), **(keys or {})}, window)
        return d

    sale.pay()
    d = dialog("payment_cash")
    if d is not None:
        d.set_method("upi")
        tour.shot("payment_upi", {**dialog_keys(d), "QR": d.qr}, window)
        d.set_method("cash")
        d.amount.setText("200")
        d.submit()
    wait_idle(app, window)
    tour.shot("change", {"change": sale.change_banner.amount, **keys}, window)
    receipt = window.last_receipt or ""
    sale.search.setText(MASK)
    sale.enter()
    sale.discount()
    dialog("discount")
    window.dialog.reject()
    sale.hold()
    for code in (SOAP,):
        sale.search.setText(code)
        sale.enter()
    sale.hold()
    sale.recall()
    dialog("held_carts")
    window.dialog.reject()
    sale.returns()
    d = dialog("return_empty")
    if d is not None:
        d.receipt.setText(receipt)
        d.load()
        if hasattr(d, "return_qty"):
            d.return_qty(0, 1)
        tour.shot("return_loaded", dialog_keys(d), window)
        if True:
            d.ask_void()
            tour.shot("void_confirm", {}, window)
            if d.confirm is not None:
                d.confirm.reject()
        d.reject()
    sale.cash("paid_out")
    dialog("cash_movement")
    window.dialog.reject()
    sale.reprint()
    dialog("reprint")
    window.dialog.reject()
    sale.labels()
    dialog("labels")
    window.dialog.reject()
    window.show_print_problems()
    dialog("print_problems")
    window.dialog.reject()
    window.show_dialog(UnprintedDialog([receipt, "G01A-2526-000002"], lambda: None, window))
    dialog("unprinted")
    window.dialog.reject()
    window.show_dialog(ShiftOpenDialog(ops, window.user, lambda _s: None, window))
    dialog("shift_open")
    window.dialog.reject()
    window.show_unexpected(RuntimeError("a test error"))
    tour.shot("unexpected_error", {}, window)
    window.error_box.accept()
    # the customer display: a second top-level window beside the counter
    window.open_customer_display()
    display = window.customer_display
    for code in (MASK, SOAP):
        sale.search.setText(code)
        sale.enter()
    display.move(0, 0)  # on one screen the window manager may stack it under the counter
    display.raise_()
    tour.shot("customer_display_cart", {"display total": display.total}, window)
    sale.pay()
    tour.settle(window)
    display.raise_()
    d = dialog("customer_display_qr", {"display QR": display.qr})
    if d is not None:
        d.amount.setText("100")
        d.submit()
    display.raise_()
    tour.shot("customer_display_thanks", {"thanks": display.thanks_text}, window)
    display.close()
    window.customer_display = None
    # a manager: settings, then the close with a variance error and the Z
    window.lock()
    page.choose("Kamla")
    page.pin.setText("8642")
    page.submit()
    tour.settle(window)
    window.logout()
    page.choose("Kamla")
    page.pin.setText("8642")
    page.submit()
    tour.settle(window)
    window.open_settings()
    dialog("settings_manager_pin")  # the Settings button asks a manager's own PIN first
    window.dialog.reject()
    window.close_shift()
    d = dialog("close_shift")
    if d is not None:
        first = next(iter(d.counts.values()))
        first.setValue(3)
        d.submit()
        wait_idle(app, window)
        tour.shot("close_shift_counted", dialog_keys(d), window)
        d.submit()  # a difference over the threshold without a manager: refused
        wait_idle(app, window)
        tour.shot("close_shift_variance_error", {**dialog_keys(d), "message": d.message}, window)
        d.reason.setText("counted short")
        d.approval.choose("Meena", MANAGER_PIN)
        d.submit()
        wait_idle(app, window)
        z = window.dialog
        if isinstance(z, ZReportDialog):
            tour.shot("z_report", dialog_keys(z), window)
        else:
            tour.problems.append(f"z_report: no Z after the close ({d.message.text()})")
        z.accept()
    # full screen: a new shift, a cart, and the status bar still on the screen
    tour.settle(window)
    page.choose("Fatima Sultana")
    page.pin.setText("4321")
    page.submit()
    wait_idle(app, window)
    if isinstance(window.dialog, ShiftOpenDialog):
        window.dialog.submit()
        wait_idle(app, window)
    for code in (MASK, SOAP):
        sale.search.setText(code)
        sale.enter()
    sale.say("+ " + "x" * 300)
    window.showFullScreen()
    tour.shot("sale_fullscreen", keys, window)
    window.close()
    ops.close()
    return metrics


def wizard_tour(tour: Tour, data_dir: Path, language: str) -> None:
    from pos.ui.language import i18n

    i18n.set_language(language)
    w = FirstRunWizard(Settings(data_dir / "empty"))
    watch(w)
    w.resize(theme.px(720), theme.px(560))
    w.show()
    tour.shot("wizard_choose", {"district": w.district_button, "demo": w.demo_button})
    w.choose("district")
    tour.shot("wizard_district", {"ok": w.ok_button})
    w.reject()


def main() -> int:
    data_dir, language, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    theme.apply(app)
    size = app.primaryScreen().geometry()
    tour = Tour(app, out, f"fit_{size.width()}x{size.height()}_{language}")
    metrics = counter_tour(tour, data_dir / "outlet", language)
    wizard_tour(tour, data_dir, language)
    print(json.dumps({"problems": tour.problems, "shots": tour.shots, "metrics": metrics}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
