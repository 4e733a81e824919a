"""The only way the counter reaches the ledger: one-line wrappers over the domain.

Two connections, as Datasette does it: the *writer* ledger belongs to the task runner's one
thread (every write and every PIN check goes there, in order, off the GUI thread); the
*reader* ledger is read-only and serves the quick lookups a scan or a keystroke needs on the
GUI thread (an indexed read in WAL mode never waits for the writer). The UI writes no SQL.

Each write reports what it changed through ``ledger_did_change`` (one signal fans out; each
screen refreshes what it shows).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos.amounts.money import Paise
from pos.inventory import intake, reorder, stock, stock_count
from pos.outlet import config, outlet_edit, setup, users
from pos.outlet.users import User
from pos.products import catalog, catalog_edit
from pos.products.catalog import Item
from pos.records import backup
from pos.records.ledger import Ledger, open_ledger
from pos.reporting import reports, settlement
from pos.selling import cart, orders, receipts, sales, shifts
from pos.selling.sales import CartLine, SaleRecord, Tender
from pos.settings import Settings
from pos.ui.shell.tasks import Done, Failed, TaskRunner

log = logging.getLogger("pos.ui")


class Operations(QObject):
    """Wrappers the screens call. Writes are asynchronous: pass ``on_done``/``on_error``."""

    ledger_did_change = Signal(str)  # "cart", "sale", "shift", "cash"

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._writer = open_ledger(settings)  # migrates, so it opens first
        self.reader = open_ledger(settings, readonly=True)
        self.runner = TaskRunner(self)
        # Long reads (a year's report, a PDF, a statement) on their own thread and read-only
        # connection, so a sale queued on the writer never waits behind them.
        self.long_runner = TaskRunner(self)
        self._long_reader: Ledger | None = None
        self.closed = False  # after a restore: the counter must reopen

    @property
    def writer(self) -> Ledger:
        """The writer ledger, for hooks that run on the task runner's thread only."""
        return self._writer

    def close(self) -> None:
        if self._long_reader is not None:
            self.long_runner.run(self._long_reader.close)
        self.long_runner.shutdown()
        self.runner.shutdown()
        self._writer.close()
        self.reader.close()

    def _write(
        self,
        fn: Callable[[Ledger], Any],
        on_done: Done | None,
        on_error: Failed | None,
        changed: str | None = None,
    ) -> None:
        def done(result: Any) -> None:
            if changed:
                self.ledger_did_change.emit(changed)
            if on_done is not None:
                on_done(result)

        self.runner.run(lambda: fn(self._writer), done, on_error)

    # ------------------------------------------------------------ reads (GUI thread, quick)

    @property
    def doc_mode(self) -> str:
        return self.reader.outlet.doc_mode

    def outlet_name(self, language: str) -> str:
        outlet = self.reader.outlet
        return (outlet.name_hi if language == "hi" else "") or outlet.name_en

    def upi_vpa(self) -> str | None:
        return self.reader.outlet.upi_vpa

    def setting(self, key: str) -> str:
        return config.get(self.reader, key)

    def list_users(self) -> list[User]:
        return users.list_users(self.reader)

    def user_by_id(self, user_id: int) -> User:
        return users.user_by_id(self.reader, user_id)

    def current_shift(self) -> shifts.Shift | None:
        return shifts.current_shift(self.reader)

    def suggested_float(self) -> Paise:
        return shifts.suggested_float(self.reader)

    def find_item(self, code: str) -> Item:
        return catalog.find_item(self.reader, code)

    def read_code(self, code: str) -> catalog.Scanned:
        """A scanned or typed code (any GTIN spelling, a SKU, a weighing-scale label)."""
        return catalog.read_code(self.reader, code)

    def search(self, text: str, limit: int = 30) -> list[Item]:
        return catalog.search(self.reader, text, limit)

    def on_hand(self, items: list[Item]) -> dict[int, int]:
        return stock.on_hand(self.reader, [i.product_id for i in items])

    def categories(self) -> list[str]:
        return cart.categories(self.reader)

    def category_names(self) -> list[tuple[str, str]]:
        """(English, Hindi) names of the categories on sale (the tiles)."""
        return cart.category_names(self.reader)

    def category_colours(self, names: list[str]) -> dict[str, str]:
        """{category: #rrggbb} the catalog gives (a tile without one is coloured by place)."""
        return cart.category_colours(self.reader, names)

    def items_in_category(self, category: str, limit: int = 60) -> list[Item]:
        return cart.items_in_category(self.reader, category, limit)

    def price_line(self, item: Item, qty: int, **kwargs: Any) -> CartLine:
        return sales.price_line(item, qty, doc_mode=self.doc_mode, **kwargs)

    def get_sale(self, receipt_no: str) -> SaleRecord:
        return sales.get_sale(self.reader, receipt_no)

    def returnable(self, receipt_no: str) -> dict[int, int]:
        return sales.returnable(self.reader, receipt_no)

    def last_receipt_no(self) -> str | None:
        return sales.last_receipt_no(self.reader)

    def next_receipt_hint(self) -> str:
        return cart.next_receipt_hint(self.reader)

    def held_carts(self) -> list[cart.SavedCart]:
        return cart.carts(self.reader, "held")

    def load_cart(self, cart_id: str) -> cart.SavedCart:
        return cart.load_cart(self.reader, cart_id)

    def shift_document(self, report: Any) -> Any:
        """The X/Z report as the printable Document (the screen shows the printed report)."""
        from pos.printing.documents.report_adapters import shift_figures
        from pos.printing.documents.report_docs import shift_report

        return shift_report(shift_figures(self.reader, report))

    def denominations(self) -> tuple[int, ...]:
        return tuple(getattr(shifts, "DENOMINATIONS_PAISE", ()))

    # ------------------------------------------------------------ writes (task runner)

    def login(self, name: str, pin: str, on_done: Done, on_error: Failed) -> None:
        self._write(lambda led: users.login(led, name, pin), on_done, on_error)

    def approve(self, name: str, pin: str, what: str, on_done: Done, on_error: Failed) -> None:
        self._write(lambda led: users.approve(led, name, pin, what), on_done, on_error)

    def unlock_user(self, name: str, approver: User, on_done: Done, on_error: Failed) -> None:
        self._write(lambda led: users.unlock_user(led, name, approver), on_done, on_error)

    def confirm_clock(self, approver: User, on_done: Done, on_error: Failed) -> None:
        """A manager confirms the clock after it went back (users.confirm_clock)."""
        self._write(lambda led: users.confirm_clock(led, approver), on_done, on_error)

    def enroll(self, server_url: str, code: str, ca_file: Path | None, on_done: Done,
               on_error: Failed) -> None:  # fmt: skip
        """Join the district, or again with a fresh code (pos.sync.service.enroll, the screen
        of `pos enroll`); on_done gets the district's answer (outlet, short code, district)."""
        from pos.sync import service

        self._write(lambda led: service.enroll(led, server_url, code, ca_file), on_done,
                    on_error, "settings")  # fmt: skip

    def open_shift(
        self, cashier: User, float_paise: Paise, on_done: Done, on_error: Failed
    ) -> None:
        self._write(
            lambda led: shifts.open_shift(led, cashier, float_paise), on_done, on_error, "shift"
        )

    def save_cart(
        self,
        cart_id: str,
        lines: list[CartLine],
        cashier_id: int | None,
        *,
        state: str = "open",
        label: str = "",
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        snapshot = list(lines)
        self._write(
            lambda led: cart.save_cart(
                led, cart_id, snapshot, cashier_id=cashier_id, state=state, label=label
            ),
            on_done,
            on_error,
            "cart",
        )

    def drop_cart(self, cart_id: str, on_done: Done | None = None) -> None:
        self._write(lambda led: cart.drop_cart(led, cart_id), on_done, None, "cart")

    def record_removed_line(
        self, cart_id: str, item: Item, qty: int, unit_price_paise: Paise, cashier: User
    ) -> None:
        self._write(
            lambda led: sales.record_removed_line(
                led, cart_id, item, qty, unit_price_paise, cashier
            ),
            None,
            None,
        )

    def complete_cart(
        self,
        cart_id: str,
        lines: list[CartLine],
        tenders: list[Tender],
        cashier: User,
        on_done: Done,
        on_error: Failed,
    ) -> None:
        snapshot = list(lines)
        self._write(
            lambda led: cart.complete_cart(led, cart_id, snapshot, tenders, cashier),
            on_done,
            on_error,
            "sale",
        )

    def return_sale(
        self,
        receipt_no: str,
        items: list[sales.ReturnLine] | None,
        *,
        cashier: User,
        approver: User | None,
        refund_method: str,
        reason: str,
        void: bool,
        on_done: Done,
        on_error: Failed,
    ) -> None:
        def work(led: Ledger) -> SaleRecord:
            if void:
                return sales.void_sale(
                    led, receipt_no, cashier=cashier, approver=approver, reason=reason,
                    refund_method=refund_method,
                )  # fmt: skip
            return sales.return_sale(
                led, receipt_no, items, cashier=cashier, approver=approver,
                refund_method=refund_method, reason=reason,
            )  # fmt: skip

        self._write(work, on_done, on_error, "sale")

    def cash_movement(
        self,
        kind: str,
        amount_paise: Paise,
        reason: str,
        *,
        user: User,
        approver: User | None,
        on_done: Done,
        on_error: Failed,
    ) -> None:
        self._write(
            lambda led: shifts.cash_movement(
                led, kind, amount_paise, reason, user=user, approver=approver
            ),
            on_done,
            on_error,
            "cash",
        )

    # ------------------------------------------------------------ home delivery

    def list_orders(self) -> list[orders.Order]:
        return orders.list_orders(self.reader)

    def order_step(
        self, step: str, order_id: str, user: User, *args: Any, on_done: Done, on_error: Failed
    ) -> None:
        """accept | reject REASON | pack | dispatch NAME | deliver METHOD UTR | fail REASON."""
        steps: dict[str, Callable[..., Any]] = {
            "accept": orders.accept, "reject": orders.reject, "pack": _pack_and_slip,
            "dispatch": orders.dispatch, "deliver": orders.deliver, "fail": orders.fail,
        }  # fmt: skip
        fn = steps[step]
        self._write(lambda led: fn(led, order_id, user, *args), on_done, on_error, "orders")

    def packing_slip(self, order_id: str) -> Any:
        """The packing slip (a pos.printing Document) of an order."""
        from pos.printing.documents.packing_slip import slip_for

        return slip_for(self.reader, orders.get_order(self.reader, order_id))

    def count_variance(self, counted: dict[int, int], on_done: Done, on_error: Failed) -> None:
        self._write(
            lambda led: shifts.count_variance(led, counted),
            on_done,
            on_error,
        )

    def close_shift(
        self,
        counted: dict[int, int],
        *,
        user: User,
        approver: User | None,
        reason: str,
        on_done: Done,
        on_error: Failed,
    ) -> None:
        """Close the shift, then build its Z report: done gets (shift, report)."""

        def work(led: Ledger) -> tuple[Any, Any]:
            closed = shifts.close_shift(led, counted, user=user, approver=approver, reason=reason)
            return closed, reports.z_report(led, shift_id=closed.id)

        self._write(work, on_done, on_error, "shift")

    def x_report(self, on_done: Done, on_error: Failed, manager: User | None = None) -> None:
        """The X of the open shift: blind (no expected cash) unless a manager approved."""
        self._write(lambda led: reports.x_report(led, manager=manager), on_done, on_error)

    # ------------------------------------------------------------ reads after queued writes
    # Held and open carts are read on the runner too, so a hold that is still being written
    # is already there when the recall list is read.

    def open_carts_async(self, on_done: Done) -> None:
        self.runner.run(lambda: cart.carts(self._writer, "open"), on_done)

    def held_carts_async(self, on_done: Done) -> None:
        self.runner.run(lambda: cart.carts(self._writer, "held"), on_done)

    def recall_cart(self, cart_id: str, cashier_id: int, on_done: Done, on_error: Failed) -> None:
        """Load a held cart and make it the open one; done gets the SavedCart."""

        def work(led: Ledger) -> cart.SavedCart:
            saved = cart.load_cart(led, cart_id)
            cart.save_cart(led, cart_id, saved.lines, cashier_id=cashier_id, state="open")
            return saved

        self._write(work, on_done, on_error, "cart")

    def setting_values(self) -> dict[str, str]:
        return config.all_values(self.reader)

    def save_settings(
        self,
        user: User,
        outlet: dict[str, str | None],
        values: dict[str, str],
        on_done: Done,
        on_error: Failed,
        server_url: str | None = None,
    ) -> None:
        """The Settings area's save (a manager only); done gets the keys changed."""

        def done(changed: Any) -> None:
            self.reader.reload()  # the outlet's name, mode, UPI ID as saved
            on_done(changed)

        self._write(
            lambda led: setup.save_settings(led, user=user, outlet=outlet, values=values,
                                            server_url=server_url),
            done, on_error, "settings",
        )  # fmt: skip

    def restore(
        self,
        source: Path,
        before_close: Callable[[], None],
        on_done: Done,
        on_error: Failed,
        approver: User | None = None,
    ) -> None:
        """Check the backup, then (only if it is sound) stop the services, close both
        connections and replace the ledger. done gets the copy of the replaced ledger; the
        caller then reopens the counter (this Operations is closed after a restore)."""

        def work() -> Path | None:
            setup.check_backup(source)  # a bad file: refused, nothing closed or replaced
            if approver is not None:  # journalled in the ledger being replaced (kept)
                setup.record_restore(self._writer, approver=approver, source=source)
            before_close()
            self.closed = True
            self._writer.close()
            self.reader.close()
            return backup.restore_ledger(self.settings, source)

        self.runner.run(work, on_done, on_error)

    def run_hook(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Run an outside hook (printer, sync state) on the runner, off the GUI thread."""
        self.runner.run(fn, on_done, on_error)

    # ------------------------------------------------------------ back office (pos.ui.backoffice)
    # Long reads run on long_runner against a read-only ledger opened on that thread.

    def _long(self, fn: Callable[[Ledger], Any], on_done: Done, on_error: Failed) -> None:
        def work() -> Any:
            if self._long_reader is None:
                self._long_reader = open_ledger(self.settings, readonly=True)
            return fn(self._long_reader)

        self.long_runner.run(work, on_done, on_error)

    def find_receipts(self, on_done: Done, on_error: Failed, **filters: Any) -> None:
        self._long(lambda led: receipts.find_receipts(led, **filters), on_done, on_error)

    def receipt_document(self, receipt_no: str) -> Any:
        """The receipt as it prints (the layout Document), for the back office's preview."""
        from pos.printing.documents.receipt import ReceiptOptions, receipt_for

        return receipt_for(self.reader, receipt_no, ReceiptOptions())

    def last_receipts_of_shift(self, on_done: Done, on_error: Failed) -> None:
        self._long(receipts.last_of_shift, on_done, on_error)

    def stock_levels_page(self, text: str, after: str, limit: int, on_done: Done,
                          on_error: Failed) -> None:  # fmt: skip
        self._long(lambda led: stock.levels_page(led, text, after, limit), on_done, on_error)

    def catalog_page(self, text: str, after: str, limit: int, on_done: Done,
                     on_error: Failed) -> None:  # fmt: skip
        self._long(lambda led: catalog_edit.catalog_page(led, text, after, limit), on_done,
                   on_error)  # fmt: skip

    def count_sheet(self, counted: dict[str, int]) -> list[Any]:
        return stock_count.count_sheet(self.reader, counted)

    def post_count(self, counted: dict[str, int], reason: str, user: User, on_done: Done,
                   on_error: Failed) -> None:  # fmt: skip
        self._write(lambda led: stock_count.post_count(led, counted, reason, user=user),
                    on_done, on_error, "stock")  # fmt: skip

    def lots_of(self, sku: str) -> list[stock.Lot]:
        return stock.lots_of(self.reader, sku)

    def write_off(self, lot_id: int, kind: str, qty: int, reason: str, user: User,
                  on_done: Done, on_error: Failed) -> None:  # fmt: skip
        self._write(lambda led: stock.write_off(led, lot_id, kind, qty, reason, user=user),
                    on_done, on_error, "stock")  # fmt: skip

    def set_reorder_level(self, sku: str, text: str, user: User, on_done: Done,
                          on_error: Failed) -> None:  # fmt: skip
        """The level as typed (checked by pos.inventory.reorder.parse_level), set by a manager."""
        self._write(lambda led: reorder.set_reorder_level(led, sku, reorder.parse_level(text),
                                                          user=user),
                    on_done, on_error, "stock")  # fmt: skip

    def count_adjust(self, lot_id: int, counted: int, reason: str, user: User,
                     on_done: Done, on_error: Failed) -> None:  # fmt: skip
        self._write(lambda led: stock.count_adjust(led, lot_id, counted, reason, user=user),
                    on_done, on_error, "stock")  # fmt: skip

    def return_to_shg(self, lot_id: int, qty: int, reason: str, user: User,
                      on_done: Done, on_error: Failed) -> None:  # fmt: skip
        self._write(lambda led: stock.return_to_shg(led, lot_id, qty, reason, user=user),
                    on_done, on_error, "stock")  # fmt: skip

    def receive_intake(self, shg_code: str, received_on: str, lines: list[Any], user: User,
                       on_done: Done, on_error: Failed) -> None:  # fmt: skip
        self._write(lambda led: intake.receive_intake(led, shg_code, received_on, lines,
                                                      user=user),
                    on_done, on_error, "stock")  # fmt: skip

    def lots_needing_labels(self, slip: Any) -> list[stock.Lot]:
        return intake.lots_needing_labels(self.reader, slip)

    def shg_codes(self) -> list[tuple[str, str]]:
        return intake.shg_choices(self.reader)

    def shg_statement(self, date_from: str, date_to: str, on_done: Done, on_error: Failed,
                      shg_code: str | None = None) -> None:  # fmt: skip
        self._long(lambda led: settlement.shg_statement(led, date_from, date_to,
                                                        shg_code=shg_code),
                   on_done, on_error)  # fmt: skip

    def pay_settlement(self, shg_code: str, date_from: str, date_to: str, amount: Paise,
                       method: str, reference: str, paid_on: str, user: User,
                       on_done: Done, on_error: Failed) -> None:  # fmt: skip
        self._write(lambda led: settlement.pay_settlement(
            led, shg_code, date_from, date_to, amount, method, reference, paid_on, user=user),
            on_done, on_error, "settlement")  # fmt: skip

    def report_document(self, kind: str, on_done: Done, on_error: Failed,
                        **args: Any) -> None:  # fmt: skip
        """A report as data and its printable Document: kind x, z, sales, gst, shg."""
        from pos.printing.documents import backoffice_docs

        self._long(lambda led: backoffice_docs.build(led, kind, **args), on_done, on_error)

    def statement_document(self, rows: list[Any], date_from: str, date_to: str) -> Any:
        """SHG statements (already computed) as the Document the PDF prints: quick reads."""
        from pos.printing.documents.backoffice_docs import statement_document

        return statement_document(self.reader, rows, date_from, date_to)

    def write_pdf(self, document: Any, path: Path, on_done: Done, on_error: Failed) -> None:
        from pos.printing.render.pdf import render_pdf

        self.long_runner.run(lambda: render_pdf(document, path), on_done, on_error)

    def print_document(self, document: Any, ref: str, on_done: Done, on_error: Failed) -> None:
        from pos.printing.printers import jobs

        self._write(lambda led: jobs.queue_document(led, document, ref=ref), on_done, on_error,
                    "print")  # fmt: skip

    def last_z_number(self) -> int | None:
        last = shifts.last_closed_shift(self.reader)
        return last.z_number if last is not None else None

    def print_test_page(self, on_done: Done, on_error: Failed) -> None:
        """The printer's test page (both scripts, the paper width in use), queued."""
        from pos.printing.documents.testpage import test_page
        from pos.printing.printers import jobs
        from pos.printing.printers.config import printer_config

        def work(led: Ledger) -> int:
            config_ = printer_config(led)
            if not config_.uri:
                from pos.errors import NotAllowed

                raise NotAllowed("no printer is set up: type its address first")
            return jobs.queue_document(led, test_page(led.outlet.name_en, config_),
                                       ref="test page")  # fmt: skip

        self._write(work, on_done, on_error, "print")

    def save_product(self, fields: dict[str, str], on_done: Done, on_error: Failed) -> None:
        self._write(lambda led: catalog_edit.save_product(led, fields), on_done, on_error,
                    "catalog")  # fmt: skip

    def shg_rows(self) -> list[catalog.ShgRow]:
        return catalog_edit.shg_rows(self.reader)

    def save_shg(self, fields: dict[str, str], on_done: Done, on_error: Failed) -> None:
        self._write(lambda led: catalog_edit.save_shg(led, fields), on_done, on_error, "catalog")

    def export_catalog(self, path: Path, on_done: Done, on_error: Failed) -> None:
        """Write the catalog to ``path`` (.json: SHGs and products; .csv): `pos catalog export`;
        on_done gets the number of products written."""
        self._long(lambda led: catalog.export_catalog(led, path), on_done, on_error)

    def preview_import(self, path: Path, on_done: Done, on_error: Failed) -> None:
        self._long(lambda led: catalog_edit.preview_import(led, path), on_done, on_error)

    def import_previewed(self, preview: Any, on_done: Done, on_error: Failed) -> None:
        self._write(lambda led: catalog_edit.import_previewed(led, preview), on_done, on_error,
                    "catalog")  # fmt: skip

    def save_outlet(self, fields: dict[str, str], user: User, on_done: Done,
                    on_error: Failed) -> None:  # fmt: skip
        def done(result: Any) -> None:
            self.reader.reload()  # the outlet's details as saved
            on_done(result)

        self._write(lambda led: outlet_edit.save_outlet(led, fields, user=user), done, on_error,
                    "settings")  # fmt: skip

    def backup_state(self) -> outlet_edit.BackupState:
        return outlet_edit.backup_state(self.reader, self.settings)

    def backup_now(self, on_done: Done, on_error: Failed) -> None:
        self._write(lambda led: backup.automatic_backup(led, self.settings, "back office"),
                    on_done, on_error)  # fmt: skip

    def write_diagnostics(self, target: Path, on_done: Done, on_error: Failed) -> None:
        from pos import diagnostics

        self._long(lambda led: diagnostics.write_diagnostics(led, target), on_done, on_error)

    def user_rows(self) -> list[users.UserRow]:
        return users.user_rows(self.reader)

    def add_user(self, name: str, role: str, pin: str, language: str, approver: User,
                 on_done: Done, on_error: Failed) -> None:  # fmt: skip
        self._write(lambda led: users.add_user_approved(led, name, role, pin, language,
                                                        approver=approver),
                    on_done, on_error, "users")  # fmt: skip

    def reset_pin(self, name: str, pin: str, approver: User, on_done: Done,
                  on_error: Failed) -> None:  # fmt: skip
        self._write(lambda led: users.reset_pin(led, name, pin, approver=approver),
                    on_done, on_error, "users")  # fmt: skip

    def deactivate_user(self, name: str, approver: User, on_done: Done,
                        on_error: Failed) -> None:  # fmt: skip
        self._write(lambda led: users.deactivate_user(led, name, approver=approver),
                    on_done, on_error, "users")  # fmt: skip


def _pack_and_slip(ledger: Ledger, order_id: str, user: User) -> orders.Order:
    """Pack an order, then queue its packing slip for the printer (when one is set up)."""
    from pos.printing.documents.packing_slip import queue_slip

    order = orders.pack(ledger, order_id, user)
    queue_slip(ledger, order)
    return order
