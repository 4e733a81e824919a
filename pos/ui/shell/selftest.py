"""`pos --self-test`: check an installation (the PyInstaller bundle above all) from inside.

Each check exercises a part that a bundle can lose: the SQLite schema files, the demo data,
the fonts, Qt's offscreen platform plugin, python-escpos's capabilities data, reportlab's
HarfBuzz shaping, the Hindi translation. Everything is written into a new temporary folder
that is removed afterwards; the outlet's own data folder is never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pos.errors import PosError


@dataclass
class _State:
    tmp: Path
    facts: dict[str, object] = field(default_factory=dict)


class SelfTestFailed(PosError):
    """One check of the self-test failed (the message names it)."""


def _ledger_and_sale(state: _State) -> str:
    from pos.outlet import users
    from pos.outlet.demo import create_demo_outlet
    from pos.selling import sales, shifts
    from pos.selling.cart import categories, items_in_category
    from pos.settings import resolve_settings

    settings = resolve_settings(state.tmp / "outlet")
    _, ledger = create_demo_outlet(settings)
    try:
        cashier = users.login(ledger, "Ravi", "1111")
        shifts.open_shift(ledger, cashier, 50_000)
        items = [i for c in categories(ledger) for i in items_in_category(ledger, c)][:2]
        if len(items) < 2:
            raise SelfTestFailed("the demo catalog has fewer than two products on sale")
        lines = [sales.price_line(item, 1, doc_mode=ledger.outlet.doc_mode) for item in items]
        total = sales.make_bill(lines).total_paise
        record = sales.complete_sale(ledger, lines, [sales.Tender("cash", total)], cashier)
        state.facts["receipt_no"] = record.receipt_no
        return f"demo outlet created, sale {record.receipt_no} rung up ({total} paise)"
    finally:
        ledger.close()


def _verify(state: _State) -> str:
    from pos.records.ledger import open_ledger
    from pos.records.verify import verify_ledger
    from pos.settings import resolve_settings

    with open_ledger(resolve_settings(state.tmp / "outlet"), check=True) as ledger:
        report = verify_ledger(ledger)
        if not report.ok:
            raise SelfTestFailed(f"ledger verify found problems: {report}")
    return "integrity check and `ledger verify` clean"


def _receipt_raster(state: _State) -> str:
    from PySide6.QtGui import QFontMetrics

    from pos.printing.documents.receipt import ReceiptOptions, receipt_for
    from pos.printing.render.escpos_render import PaperSpec, render_escpos
    from pos.printing.render.raster import ensure_qt, make_font
    from pos.records.ledger import open_ledger
    from pos.settings import resolve_settings

    ensure_qt()
    metrics = QFontMetrics(make_font("normal", False))
    if not all(metrics.inFontUcs4(ord(ch)) for ch in "कगA₹"):
        raise SelfTestFailed("the bundled fonts lack Devanagari, Latin or ₹ glyphs")
    with open_ledger(resolve_settings(state.tmp / "outlet"), readonly=True) as ledger:
        document = receipt_for(ledger, str(state.facts["receipt_no"]), ReceiptOptions())
        state.facts["document"] = document
    data = render_escpos(document, PaperSpec(576, True))
    rasters = data.count(b"\x1dv0")
    if not data.startswith(b"\x1b@") or rasters == 0:
        raise SelfTestFailed("the receipt has no Qt raster (Hindi lines) in its ESC/POS bytes")
    return f"bilingual receipt rendered: {len(data)} ESC/POS bytes, {rasters} Qt raster(s)"


def _pdf(state: _State) -> str:
    import uharfbuzz  # reportlab's shaping engine: a bundle without it prints broken Hindi

    from pos.printing.render.pdf import render_pdf

    target = render_pdf(state.facts["document"], state.tmp / "receipt.pdf")  # type: ignore[arg-type]
    head = target.read_bytes()[:5]
    if head != b"%PDF-":
        raise SelfTestFailed(f"{target} is not a PDF")
    return (
        f"PDF built with shaping (uharfbuzz {uharfbuzz.__version__}): {target.stat().st_size} bytes"
    )


def _translations(state: _State) -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from pos.resources import resource_path

    path = resource_path("translations", "pos_hi.qm")
    translator = QTranslator()
    if not translator.load(str(path)):
        raise SelfTestFailed(f"cannot load the Hindi translation {path}")
    QCoreApplication.installTranslator(translator)
    try:
        hindi = QCoreApplication.translate("pos", "Close the shift")
    finally:
        QCoreApplication.removeTranslator(translator)
    if hindi == "Close the shift" or not any("\u0900" <= ch <= "\u097f" for ch in hindi):
        raise SelfTestFailed("the Hindi translation does not translate 'Close the shift'")
    return f"Hindi translation loaded ('Close the shift' = {hindi})"


def _counter_window(state: _State) -> str:
    from PySide6.QtWidgets import QApplication

    from pos.settings import resolve_settings
    from pos.ui.language import i18n
    from pos.ui.shared import theme
    from pos.ui.shell.app import build_window

    # the screens' own resource folders (pos.ui), wherever they compute them from
    for folder, needed in ((theme.FONTS, "SarvNotoSans-Regular.ttf"),
                           (i18n.TRANSLATIONS, "pos_hi.qm")):  # fmt: skip
        if not (folder / needed).exists():
            raise SelfTestFailed(f"the counter looks for {needed} in {folder}: not there")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise SelfTestFailed("Qt started without widgets (QApplication)")
    window, ops = build_window(resolve_settings(state.tmp / "outlet"))
    try:
        window.resize(1024, 700)
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise SelfTestFailed("the counter window did not show")
        shown = f"{window.width()}x{window.height()}"
    finally:
        window.close()
        ops.close()
        app.processEvents()
    return f"counter window built and shown ({shown}, Qt platform {app.platformName()})"


CHECKS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("ledger and sale", _ledger_and_sale),
    ("ledger verify", _verify),
    ("receipt raster", _receipt_raster),
    ("PDF", _pdf),
    ("translations", _translations),
    ("counter window", _counter_window),
)


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every check in order; 0 when all pass, 1 at the first failure (named)."""
    from pos.resources import is_frozen, resources_root

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a headless machine (CI)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # widgets: the counter check
    out(
        f"Sarv POS self-test (python {sys.version.split()[0]}, "
        f"{'bundle' if is_frozen() else 'source'}, resources {resources_root()})"
    )
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="sarv-selftest-") as tmp:
        state = _State(Path(tmp))
        for name, check in CHECKS:
            try:
                said = check(state)
            except Exception as exc:
                message = exc.message if isinstance(exc, PosError) else repr(exc)
                out(f"FAIL {name}: {message}")
                if not isinstance(exc, PosError):
                    traceback.print_exc()
                out(f"self-test failed at: {name}")
                return 1
            out(f"ok   {name}: {said}")
    del app
    out(f"self-test passed: {len(CHECKS)} checks in {time.monotonic() - started:.1f} s")
    return 0
