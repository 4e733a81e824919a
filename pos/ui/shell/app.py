"""Start the counter app: ``run_app(settings)`` opens it on the outlet in the data dir."""

from __future__ import annotations

import logging
import sys
import threading
import time
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from pos.settings import Settings
from pos.ui.language.i18n import tr
from pos.ui.operations import Operations
from pos.ui.shared import fit, theme
from pos.ui.shell.indicators import Hooks
from pos.ui.shell.main_window import MainWindow

log = logging.getLogger("pos.ui")


def setup_logging(settings: Settings) -> logging.Handler:
    folder = settings.data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "counter.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("pos")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def install_error_hook(window: MainWindow) -> None:
    """An unexpected error anywhere (a slot, a callback) is logged and shown once; the app
    and the sale in progress carry on."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        window.show_unexpected(error)

    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error(
            "unexpected error in %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )

    threading.excepthook = thread_hook


def build_window(
    settings: Settings, hooks: Hooks | None = None, *, services: bool = True
) -> tuple[MainWindow, Operations]:
    """The window on the outlet's ledger (QApplication must exist); the caller shows it.

    Without ``hooks`` the counter starts its own background services (the print service,
    and the sync scheduler when the outlet is enrolled); closing the window stops them.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app)
    ops = Operations(settings)
    running = None
    if hooks is None and services:
        from pos.ui.shell.services import CounterServices

        running = CounterServices(ops)
        running.start()
    window = MainWindow(ops, hooks, running)
    install_error_hook(window)
    return window, ops


OPEN_COUNTERS: list[MainWindow] = []  # the counter shown (after a restore, the new one)


def show_counter(
    settings: Settings, hooks: Hooks | None = None, *, fullscreen: bool = False
) -> MainWindow:
    """Build and show the counter; after a restore from the app it reopens itself on the
    restored ledger (the new window is shown before the old one closes)."""
    window, _ops = build_window(settings, hooks)

    def reopen() -> None:
        fresh = show_counter(settings, hooks, fullscreen=fullscreen)
        log.info("counter reopened after a restore")
        window.close()
        window.ops.close()
        if window in OPEN_COUNTERS:
            OPEN_COUNTERS.remove(window)
        fresh.activateWindow()

    window.reopen = reopen
    fit.show_main(window, fullscreen=fullscreen)
    OPEN_COUNTERS.append(window)
    return window


def first_run(settings: Settings) -> bool:
    """An empty data dir: the first-run wizard (district, standalone or demo). True when set up."""
    from pos.ui.shell.first_run import FirstRunWizard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app)
    wizard = FirstRunWizard(settings)
    fit.watch(wizard)
    wizard.resize(theme.px(720), theme.px(560))
    accepted = wizard.exec() == FirstRunWizard.DialogCode.Accepted
    log.info("first run: %s", wizard.result_.message if wizard.result_ else "cancelled")
    if accepted and wizard.result_ is not None and wizard.result_.short_code:
        # the till's code (from the district when enrolled): the start of every receipt number
        code = wizard.result_.short_code
        QMessageBox.information(None, tr("This counter's code"), tr(
            "This counter is {code}: its receipt numbers start {code}-. Another counter of the "
            "outlet has its own code."
        ).format(code=code))  # fmt: skip
    return accepted and settings.ledger_path.exists()


def run_app(settings: Settings, *, fullscreen: bool = False, hooks: Hooks | None = None) -> int:
    started = time.perf_counter()
    handler = setup_logging(settings)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sarv POS")
    if not settings.ledger_path.exists() and not first_run(settings):
        logging.getLogger("pos").removeHandler(handler)
        handler.close()
        print("nothing was set up; run `pos` again to set up the outlet", file=sys.stderr)
        return 1
    show_counter(settings, hooks, fullscreen=fullscreen)
    log.info("counter ready in %.0f ms", (time.perf_counter() - started) * 1000)
    try:
        return int(app.exec())
    finally:
        for counter in OPEN_COUNTERS:
            counter.ops.close()
        OPEN_COUNTERS.clear()
        logging.getLogger("pos").removeHandler(handler)
        handler.close()
