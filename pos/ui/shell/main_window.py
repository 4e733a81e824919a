"""The counter's main window: login ⇄ sale screen, the status bar, the idle lock, the scanner
that types from any focus, and the one place that shows an unexpected error."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
)

from pos import clock
from pos.errors import ClockBehind, PosError
from pos.outlet.users import User
from pos.selling.sales import SaleRecord
from pos.ui.counter.close_shift import CloseShiftDialog, ZReportDialog
from pos.ui.counter.customer_display import CustomerDisplay
from pos.ui.counter.fitted import ElidedButton, ElidedLabel
from pos.ui.counter.sale import SalePage
from pos.ui.language import i18n
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared import fit
from pos.ui.shared.clock_dialog import ClockDialog
from pos.ui.shared.dialogs import PrintProblemsDialog, ShiftOpenDialog, UnprintedDialog
from pos.ui.shared.fit import shrinkable
from pos.ui.shared.theme import px
from pos.ui.shared.widgets import ActionButton
from pos.ui.shell.indicators import Hooks, IndicatorState
from pos.ui.shell.login import LoginPage

log = logging.getLogger("pos.ui")
STATUS_SECONDS = 5


class MainWindow(QMainWindow):
    def __init__(self, ops: Operations, hooks: Hooks | None = None, services: Any = None) -> None:
        super().__init__()
        self.ops = ops
        self.services = services  # pos.ui.shell.services.CounterServices, stopped on close
        self.hooks = hooks or (services.hooks() if services else Hooks.not_set_up())
        self.print_problems: list[Any] = []
        self.unprinted: list[str] = []
        self.restored: Path | None = None  # the copy of the ledger a restore replaced
        self.reopen: Callable[[], None] | None = None  # run_app reopens after a restore
        self.user: User | None = None
        self.locked = False
        # From the ledger, so a restart (a power cut) still shows the last sale.
        self.last_receipt: str | None = ops.last_receipt_no()
        self.dialog: QDialog | None = None
        self.error_box: QMessageBox | None = None
        self.update_title()
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.login_page = LoginPage(ops, self.logged_in, self)
        self.sale_page = SalePage(self)
        self.stack.addWidget(self.login_page)
        self.stack.addWidget(self.sale_page)
        from pos.ui.counter.orders_panel import OrdersPanel  # home delivery

        self.orders_panel = OrdersPanel(ops, self, self.go_to_sale)
        self.stack.addWidget(self.orders_panel)
        self._build_status()
        for n in range(1, 11):  # Alt+1 … Alt+9, Alt+0: the back office's areas, as in it
            QShortcut(QKeySequence(f"Alt+{n % 10}"), self.sale_page).activated.connect(
                lambda n=n: self.open_back_office_area(n)
            )
        idle_minutes = int(ops.setting("idle_lock_minutes") or 5)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(1, idle_minutes) * 60_000)
        self.idle.timeout.connect(self.idle_timeout)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_SECONDS * 1000)
        self.status_timer.timeout.connect(self.poll_indicators)
        self.status_timer.start()
        ops.runner.unhandled = self.report_error
        ops.ledger_did_change.connect(self._ledger_changed)
        QApplication.instance().installEventFilter(self)
        if services is not None:
            services.bridge.printer_changed.connect(lambda _s: self.poll_indicators())
            services.bridge.sync_changed.connect(lambda _s: self.poll_indicators())
            services.bridge.orders_arrived.connect(self.orders_arrived)
        self.customer_display: CustomerDisplay | None = None
        if ops.setting("customer_display") == "on":
            self.open_customer_display()
        self.show_login()
        self.poll_indicators()
        self.check_unprinted()

    def apply_customer_display(self) -> None:
        """Open or close the customer display as the setting now says (no restart)."""
        wanted = self.ops.setting("customer_display") == "on"
        if wanted and self.customer_display is None:
            self.open_customer_display()
            self.customer_display.show_cart(list(self.sale_page.lines))  # type: ignore[union-attr]
        elif not wanted and self.customer_display is not None:
            self.customer_display.close()
            self.customer_display.deleteLater()
            self.customer_display = None

    def open_customer_display(self) -> None:
        """The second window facing the customer, fed by the sale page's signals."""
        display = CustomerDisplay(self.ops.outlet_name("en"), self.ops.outlet_name("hi"))
        self.sale_page.cart_did_change.connect(display.show_cart)
        self.sale_page.payment_did_start.connect(display.show_payment)
        self.sale_page.sale_did_complete.connect(display.show_thanks)
        display.place()
        self.customer_display = display

    # ------------------------------------------------------------ status bar

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.cashier_label = ElidedLabel(self)
        self.shift_label = ElidedLabel(self)
        # The printer and sync indicators are flat buttons: the printer's opens the print
        # problems (Ctrl+Shift+P), the sync one syncs now (Ctrl+Shift+S) once enrolled.
        self.printer_label = ElidedButton(self)
        self.sync_label = ElidedButton(self)
        self.printer_label.clicked.connect(lambda _c=False: self.show_print_problems())
        self.sync_label.clicked.connect(lambda _c=False: self.sync_now())
        for key, slot in (("Ctrl+Shift+P", self.show_print_problems),
                          ("Ctrl+Shift+S", self.sync_now)):  # fmt: skip
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.sync_label.setEnabled(self.hooks.sync_now is not None)
        self.sync_label.most = px(260)
        self.last_label = ElidedLabel(self)
        for label, name in (
            (self.cashier_label, "status_cashier"),
            (self.shift_label, "status_shift"),
            (self.printer_label, "status_printer"),
            (self.sync_label, "status_sync"),
            (self.last_label, "status_last"),
        ):
            label.setObjectName(name)
            shrinkable(label, 60)  # a long sync line elides with "…"; it never widens the window
            bar.addWidget(label)
        self.settings_button = ActionButton(N_("Settings"), "Ctrl+Shift+O", self.open_settings,
                                            self)  # fmt: skip
        self.settings_button.setObjectName("settings_button")
        self.settings_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                           QSizePolicy.Policy.Maximum)  # fmt: skip
        bar.addPermanentWidget(self.settings_button)
        self.orders_button = ActionButton(N_("Orders"), "Ctrl+Shift+D", self.show_orders, self)
        self.orders_button.setObjectName("orders_button")
        self.orders_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        bar.addPermanentWidget(self.orders_button)
        # Home-delivery orders come through the district: a standalone till has none, and the
        # room goes to the printer and sync states (clipped at 1024 px wide otherwise).
        self.orders_button.setVisible(self.ops.reader.device.enrolled)
        self.back_office: Any = None  # pos.ui.backoffice.BackOfficePage while it is open
        self.indicator_states = {
            "printer": IndicatorState("off", N_("not set up")),
            "sync": IndicatorState("off", N_("not set up")),
        }
        self.refresh_status()

    def update_title(self) -> None:
        """ "Sarv POS — outlet" in the screen's language (the outlet's Hindi name in Hindi)."""
        self.setWindowTitle(tr("Sarv POS") + " — " + self.ops.outlet_name(i18n.current_language()))

    def refresh_status(self) -> None:
        self.cashier_label.setText(tr("Cashier") + ": " + (self.user.name if self.user else "—"))
        shift = self.ops.current_shift()
        self.shift_label.setText(
            tr("Shift")
            + (
                f" #{shift.id} "
                + tr("since")
                + " "
                + clock.local(clock.from_iso(shift.opened_at)).strftime("%H:%M")
                if shift
                else ": " + tr("closed")
            )
        )
        colours = {"ok": "#1b5e20", "warn": "#e65100", "error": "#b71c1c", "off": "#616161"}
        for name, label in (("printer", self.printer_label), ("sync", self.sync_label)):
            state = self.indicator_states[name]
            label.setText(
                tr(N_("Printer") if name == "printer" else N_("Sync")) + ": " + tr(state.text)
            )
            label.setStyleSheet(
                f"color: {colours.get(state.level, '#616161')}; border: none; background: none;"
                " padding: 0 4px; text-align: left; min-height: 0;"
            )
        self.printer_label.setToolTip(
            self.printer_label.text() + "\n" + tr("Print problems")
            + (f" ({len(self.print_problems)})" if self.print_problems else "")
            + "  [Ctrl+Shift+P]"
        )  # fmt: skip
        self.sync_label.setToolTip(tr("Sync now") + "  [Ctrl+Shift+S]")
        self.last_label.setText(tr("Last receipt") + f": {self.last_receipt or '—'}")
        # the cashier's name comes first, then the printer's state: the other parts elide
        # before they do (a long sync line takes at most its share)
        for part, most in ((self.cashier_label, 260), (self.printer_label, 180)):
            part.setMinimumWidth(min(part.full_width(), px(most)))
        self.sync_label.setToolTip(self.sync_label.text() + "\n" + self.sync_label.toolTip())
        self.sale_page.printer_banner.show_state(self.indicator_states["printer"])

    def poll_indicators(self) -> None:
        for indicator in (self.hooks.printer, self.hooks.sync):
            name = indicator.name

            def done(state: IndicatorState, name: str = name) -> None:
                self.indicator_states[name] = state
                self.refresh_status()

            self.ops.run_hook(indicator.state, done, lambda e: log.warning("status: %s", e))
        if self.hooks.print_problems is not None:
            self.ops.run_hook(self.hooks.print_problems, self._problems_listed,
                              lambda e: log.warning("print problems: %s", e))  # fmt: skip

    def _problems_listed(self, problems: list[str]) -> None:
        self.print_problems = problems
        self.refresh_status()

    def show_print_problems(self) -> None:
        hook = self.hooks.print_problems
        if hook is None:
            return

        def listed(problems: list[str]) -> None:
            self._problems_listed(problems)
            self.show_dialog(PrintProblemsDialog(problems, self.retry_printing, self,
                                                 on_reprint=self.reprint_duplicate))  # fmt: skip

        self.ops.run_hook(hook, listed, self.report_error)

    def reprint_duplicate(self, receipt_no: str) -> None:
        """A receipt sent but not confirmed, printed again marked DUPLICATE."""
        hook = self.hooks.reprint
        if hook is not None:
            self.ops.run_hook(lambda: hook(receipt_no), lambda _r: self.poll_indicators(),
                              self.report_error)  # fmt: skip

    def retry_printing(self) -> None:
        hook = self.hooks.retry_printing
        if hook is not None:
            self.ops.run_hook(hook, lambda _r: self.poll_indicators(), self.report_error)

    def sync_now(self) -> None:
        hook = self.hooks.sync_now
        if hook is not None:
            self.ops.run_hook(hook, lambda _r: self.poll_indicators(), self.report_error)
            self.sale_page.say(tr("Sync started"))

    def open_settings(self) -> None:
        """The outlet's one settings screen, the back office's Settings area: from the sale
        screen only, behind a manager's own PIN every time (a manager may step in during a
        cashier's shift)."""
        from pos.ui.backoffice.settings import SettingsPage

        self.open_back_office_at(SettingsPage)

    def open_back_office(self) -> None:
        """The back office over the counter, opened by a manager with their own PIN (also
        during a cashier's shift); the sale page and its cart stay as they are underneath."""
        self.open_back_office_at(None)

    def open_back_office_area(self, number: int) -> None:
        """Alt+``number`` on the sale screen: the back office at its ``number``th area (the
        one Alt+``number`` picks inside it), behind a manager's PIN as always."""
        from pos.ui.backoffice import areas

        found = areas()
        if 1 <= number <= len(found):
            self.open_back_office_at(found[number - 1])

    def open_back_office_at(self, start: type | None) -> None:
        """The back office, at the ``start`` area (an AreaPage class) if given."""
        if self.user is None or self.locked or self.stack.currentWidget() is not self.sale_page:
            return  # never from the login or the lock screen
        from pos.ui.backoffice import OpenBackOfficeDialog

        def opened(manager: User) -> None:
            self._show_back_office(manager, start)

        self.show_dialog(OpenBackOfficeDialog(self.ops, opened, self))

    def _show_back_office(self, manager: User, start: type | None, row: int = 0) -> None:
        """A new back office page for ``manager`` at the ``start`` area (else the ``row``th),
        in place of the one shown (a language change builds it again), the keyboard in the
        area's first field; Ctrl+G switches its language as on the counter."""
        from pos.ui.backoffice import BackOfficePage

        old, self.back_office = (
            self.back_office,
            BackOfficePage(self.ops, manager, self.close_back_office, self),
        )
        self.stack.addWidget(self.back_office)
        self.stack.setCurrentWidget(self.back_office)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        QShortcut(QKeySequence("Ctrl+G"), self.back_office).activated.connect(self.toggle_language)
        if start is not None:
            self.back_office.open_area(start)
        else:
            self.back_office.menu.setCurrentRow(row)
        self.back_office.focus_area()

    def close_back_office(self) -> None:
        """Back to the counter where it was: the same cart, the search box focused."""
        page, self.back_office = self.back_office, None
        if page is None:
            return
        self.stack.setCurrentWidget(self.sale_page)
        self.stack.removeWidget(page)
        page.deleteLater()
        self.sale_page.focus_search()

    def restore_backup(self, source: Path, approver: User | None = None) -> None:
        """Integrity check, then replace the ledger and reopen the counter on it."""
        if self.sale_page.lines:
            self.sale_page.say(tr("Complete or hold the cart before restoring"), "error")
            return
        self.status_timer.stop()
        services = self.services

        def before_close() -> None:  # on the task runner: the services let go of the file
            if services is not None:
                services.stop()

        def done(saved: Path | None) -> None:
            self.restored = saved or source
            self.services = None
            log.info("ledger restored from %s (the replaced one kept at %s)", source, saved)
            self._reopen()

        def failed(error: BaseException) -> None:
            if self.ops.closed:  # it got as far as closing: reopen on whatever is there
                self.services = None
                self._reopen()
                return
            self.status_timer.start()
            self.report_error(error)

        self.sale_page.say(tr("Checking the backup…"))
        self.ops.restore(source, before_close, done, failed, approver)

    def _reopen(self) -> None:
        if self.reopen is not None:
            self.reopen()
        else:
            self.close()

    def check_unprinted(self) -> None:
        """At start-up: receipts sold but never printed are listed for the cashier."""
        hook = self.hooks.unprinted
        if hook is None:
            return

        def listed(receipts: list[str]) -> None:
            self.unprinted = receipts
            if receipts:
                self.show_dialog(UnprintedDialog(receipts, self.retry_printing, self))

        self.ops.run_hook(hook, listed, lambda e: log.warning("unprinted: %s", e))

    def _ledger_changed(self, what: str) -> None:
        if what in ("shift", "sale"):
            self.refresh_status()
        if what == "print" and self.services is not None:  # a job queued (the test page)
            self.services.printing.wake()
        if what == "settings":  # the outlet's name, the printer, the customer display
            self.update_title()
            self.poll_indicators()
            self.apply_customer_display()

    def last_sale(self, record: SaleRecord) -> None:
        self.last_receipt = record.receipt_no
        self.refresh_status()

    # ------------------------------------------------------------ login, shift, lock

    def show_login(self) -> None:
        self.set_language(self.ops.setting("display_language"))  # until someone logs in
        self.login_page.reset(None)
        self.settings_button.setEnabled(False)  # nothing protected from the login screen
        self.orders_button.setEnabled(False)  # customers' names and addresses included
        self.stack.setCurrentWidget(self.login_page)
        self.idle.stop()

    def logged_in(self, user: User) -> None:
        if self.locked and self.user is not None:
            self.locked = False
            if user.id != self.user.id:
                log.info("counter unlocked by %s for %s", user.name, self.user.name)
            else:
                self.set_language(user.language)
            self.go_to_sale()
            return
        self.user = user
        self.sale_page.start_afresh()  # not the last cashier's change and message
        self.set_language(user.language)
        self.refresh_status()
        if self.ops.current_shift() is None:
            dialog = ShiftOpenDialog(self.ops, user, lambda _s: self.go_to_sale(), self)
            dialog.rejected.connect(self.logout)  # Esc: back to the login, nobody logged in
            self.show_dialog(dialog)
        else:
            self.go_to_sale()

    # ------------------------------------------------------------ home delivery

    def orders_arrived(self, ids: list[str]) -> None:
        """New orders from the district: the panel's banner and sound, the button marked."""
        self.orders_panel.orders_arrived(ids)
        self.orders_button.setStyleSheet("background:#b00020;color:white;font-weight:bold")

    def show_orders(self) -> None:
        if self.user is None or self.locked:
            return
        self.orders_panel.user = self.user
        self.orders_button.setStyleSheet("")
        self.orders_panel.retranslate()
        self.orders_panel.refresh()
        self.stack.setCurrentWidget(self.orders_panel)

    def order_step_done(self, step: str, _order_id: str, result: Any = None) -> None:
        """Claim the order and push its event now, not at the next scheduled pass; a
        delivered order is the last sale (its receipt prints as any sale's does)."""
        if step == "deliver" and isinstance(result, SaleRecord):
            self.last_sale(result)
            if self.hooks.print_receipt is not None:  # wakes the printer and the push
                self.hooks.print_receipt(result.receipt_no)
        if step == "pack" and self.services is not None and self.services.printer_set_up():
            self.services.printing.wake()  # the packing slip was queued
        sync = getattr(self.services, "sync", None)
        if sync is not None:
            sync.notify_order_step()

    def go_to_sale(self) -> None:
        self.settings_button.setEnabled(True)
        self.orders_button.setEnabled(True)
        self.refresh_status()
        self.stack.setCurrentWidget(self.sale_page)
        self.sale_page.restore()
        self.sale_page.focus_search()
        self.idle.start()

    def lock(self) -> None:
        if self.user is None or self.stack.currentWidget() is not self.sale_page:
            return
        self.locked = True
        self.settings_button.setEnabled(False)
        self.orders_button.setEnabled(False)
        self.login_page.reset(self.user)
        self.stack.setCurrentWidget(self.login_page)
        self.idle.stop()

    def idle_timeout(self) -> None:
        if self.back_office is not None and self.stack.currentWidget() is self.back_office:
            self.close_back_office()  # a back office left open locks like the counter
        if self.dialog is None or not self.dialog.isVisible():
            self.lock()
        else:
            self.idle.start()

    def set_language(self, language: str) -> None:
        if i18n.set_language(language):
            self.sale_page.retranslate()
            self.login_page.retranslate()
            self.update_title()
            self.settings_button.retranslate()
            self.orders_button.retranslate()
            self.orders_panel.retranslate()
            self.refresh_status()
            if self.back_office is not None:  # built in the new language, at the same area
                page = self.back_office
                self._show_back_office(page.manager, None, page.menu.currentRow())

    def toggle_language(self) -> None:
        self.set_language("en" if i18n.current_language() == "hi" else "hi")

    def close_shift(self) -> None:
        if self.sale_page.lines:
            self.sale_page.say(tr("Complete or hold the cart before closing the shift"), "error")
            return
        self.show_dialog(CloseShiftDialog(self.ops, self.user, self.shift_closed, self))

    def shift_closed(self, shift: Any, report: Any) -> None:
        self.refresh_status()
        dialog = ZReportDialog(self.ops, shift, report, self.hooks, self)
        dialog.finished.connect(lambda _r: self.logout())
        self.show_dialog(dialog)

    def logout(self) -> None:
        self.user = None
        self.locked = False
        self.sale_page.start_afresh()
        self.refresh_status()
        self.show_login()

    # ------------------------------------------------------------ dialogs and errors

    def show_dialog(self, dialog: QDialog) -> None:
        fit.watch(dialog)  # never taller or wider than the screen, even when it grows
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        dialog.activateWindow()  # its F-keys work at once (some window managers wait)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.activateWindow()  # the keyboard comes back to the counter, not to nowhere
        if self.stack.currentWidget() is self.sale_page:
            self.sale_page.search.setFocus()

    def offer_clock_confirm(self, error: ClockBehind, over: QDialog | None = None) -> None:
        """A write refused for a clock behind the ledger: a manager checks the time and
        confirms it (ClockDialog), over the dialog that was refused if there is one."""
        if self.findChild(ClockDialog) is not None:
            return  # one at a time, however many writes were refused

        def confirmed(_event: object) -> None:
            self.sale_page.say(tr("Clock confirmed: try again"))

        dialog = ClockDialog(self.ops, error, over or self, confirmed)
        if over is None:
            self.show_dialog(dialog)
            return
        fit.watch(dialog)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def report_error(self, error: BaseException) -> None:
        """A refusal shows on the sale screen; anything else is a bug: logged, one dialog."""
        if isinstance(error, PosError):
            self.sale_page.say(error.message, "error")
            if isinstance(error, ClockBehind):
                self.offer_clock_confirm(error)
            return
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        self.show_unexpected(error)

    def show_unexpected(self, error: BaseException) -> None:
        if self.error_box is not None and self.error_box.isVisible():
            return  # one dialog, however many follow-on errors
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Something went wrong"),
                          tr("Something went wrong inside Sarv POS. The cart on screen is kept; "
                             "carry on, and tell your manager. Details are in the log.")
                          + f"\n\n{type(error).__name__}: {error}", QMessageBox.StandardButton.Ok,
                          self)  # fmt: skip
        box.setObjectName("error_box")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.error_box = box
        box.finished.connect(lambda _r: self._dialog_closed(box))
        box.open()

    # ------------------------------------------------------------ keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and self.idle.isActive():
            self.idle.start()  # any input restarts the idle clock
        return (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (self._alt_digit(event) or self._scanner_redirect(event))
        )

    @staticmethod
    def _alt_digit(event: QKeyEvent) -> bool:
        """Alt+digit is a shortcut (a back office area) or nothing: a line edit takes it as
        the digit otherwise (a "1" in the search box or the amount tendered). Ctrl+Alt is
        AltGr on Windows and types a character: left alone."""
        modifiers = event.modifiers()
        return (
            bool(modifiers & Qt.KeyboardModifier.AltModifier)
            and not modifiers & Qt.KeyboardModifier.ControlModifier
            and Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9
        )

    def _scanner_redirect(self, event: QKeyEvent) -> bool:
        """A scanner is a keyboard: digits typed anywhere on the sale screen go to the search
        box, so 'digits then Enter' works whatever has the focus."""
        if self.stack.currentWidget() is not self.sale_page:
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return False
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is not self:
            return False
        if isinstance(focus, (QLineEdit, QAbstractSpinBox, QComboBox)):
            return False
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            return False
        search = self.sale_page.search
        search.setFocus()
        search.insert(text)
        return True

    def closeEvent(self, event: Any) -> None:
        QApplication.instance().removeEventFilter(self)
        if self.customer_display is not None:
            self.customer_display.close()
            self.customer_display.deleteLater()
            self.customer_display = None
        self.status_timer.stop()
        self.idle.stop()
        if self.services is not None:
            self.services.stop()
            self.services = None
        super().closeEvent(event)
