"""The counter's Orders panel: home-delivery orders from the district, one step at a time.

A new order raises a visible banner and a sound (``QApplication.beep``); ``order_alert`` is
emitted with the new ids, so a test checks the signal, not the speaker. The panel reaches the
domain only through pos/ui/operations.py; the steps run on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.amounts.money import format_rupees
from pos.selling.orders import Order
from pos.ui.language.i18n import N_, current_language, tr
from pos.ui.shared.widgets import ActionButton, Message

STATUS_WORDS = {
    "new": N_("new"),
    "accepted": N_("accepted"),
    "rejected": N_("rejected"),
    "packed": N_("packed"),
    "dispatched": N_("out for delivery"),
    "delivered": N_("delivered"),
    "failed": N_("not delivered"),
    "cancelled": N_("cancelled by the customer"),
    "taken": N_("taken by another till"),
}
PAYMENT_WORDS = {
    "cod_cash": N_("cash on delivery"),
    "cod_upi": N_("UPI on delivery"),
    "prepaid_upi": N_("prepaid by UPI"),
}
COLUMNS = (N_("Order"), N_("Status"), N_("Area"), N_("Items"), N_("To collect"))


class OrdersPanel(QWidget):
    """The list of orders, the chosen order's details and the step buttons."""

    order_alert = Signal(list)  # ids of orders new at this till: banner shown, sound played

    def __init__(self, ops: Any, window: Any, back: Callable[[], None]) -> None:
        super().__init__(window)
        self.ops = ops
        self.window_ = window
        self.orders: list[Order] = []
        layout = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("orders_banner")
        self.banner.setStyleSheet(
            "background:#b00020;color:white;font-weight:bold;padding:8px;font-size:16pt"
        )
        self.banner.hide()
        layout.addWidget(self.banner)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size:16pt;font-weight:bold")
        layout.addWidget(self.title)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col == 3
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.itemSelectionChanged.connect(self.show_selected)
        layout.addWidget(self.table, 2)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("font-size:13pt")
        layout.addWidget(self.detail, 1)
        self.message = Message(self)
        layout.addWidget(self.message)
        row = QGridLayout()
        self.buttons = {
            "accept": ActionButton(N_("Accept"), "F2", self.accept, self),
            "reject": ActionButton(N_("Reject"), "F3", self.reject, self),
            "pack": ActionButton(N_("Pack and print slip"), "F4", self.pack, self),
            "dispatch": ActionButton(N_("Dispatch"), "F5", self.dispatch, self),
            "deliver": ActionButton(N_("Delivered and paid"), "F6", self.deliver, self),
            "fail": ActionButton(N_("Not delivered"), "F7", self.fail, self),
            "back": ActionButton(N_("Back to sale"), "Esc", back, self),
        }
        # Two rows of four, so the panel fits a 1024-pixel screen in Hindi too.
        for n, button in enumerate(self.buttons.values()):
            button.setMinimumHeight(48)
            row.addWidget(button, n // 4, n % 4)
        layout.addLayout(row)
        self.user: Any = None
        self.retranslate()

    # ------------------------------------------------------------ alert

    def orders_arrived(self, ids: list[str]) -> None:
        """New orders at this till (from the sync): banner, sound, and the signal."""
        if not ids:
            return
        self.banner.setText(tr("New home-delivery order") + f" ({len(ids)})")
        self.banner.show()
        QApplication.beep()
        self.refresh()
        self.order_alert.emit(list(ids))

    def acknowledge(self) -> None:
        self.banner.hide()

    # ------------------------------------------------------------ showing

    def retranslate(self) -> None:
        self.title.setText(tr("Home-delivery orders"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        for button in self.buttons.values():
            button.retranslate()

    def refresh(self) -> None:
        chosen = self.selected()
        self.orders = self.ops.list_orders()
        self.orders.sort(
            key=lambda o: (
                o.status in ("delivered", "rejected", "failed", "cancelled", "taken"),
                o.placed_at,
            )
        )
        self.table.setRowCount(len(self.orders))
        hindi = current_language() == "hi"
        for row, order in enumerate(self.orders):
            items = ", ".join(
                f"{line.qty} × {(line.name_hi if hindi and line.name_hi else line.name_en)}"
                for line in order.lines
            )
            collect = (
                tr("prepaid")
                if order.payment == "prepaid_upi"
                else format_rupees(order.amount_paise)
            )
            cells = (
                order.short_id,
                tr(STATUS_WORDS.get(order.status, order.status)),
                order.area,
                items,
                collect,
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if chosen is not None:
            for row, order in enumerate(self.orders):
                if order.order_id == chosen.order_id:
                    self.table.selectRow(row)
        elif self.orders:
            self.table.selectRow(0)
        self.show_selected()

    def selected(self) -> Order | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.orders):
            return None
        return self.orders[rows[0].row()]

    def show_selected(self) -> None:
        order = self.selected()
        allowed = {
            "new": ("accept", "reject"),
            "accepted": ("pack", "reject"),
            "packed": ("dispatch", "fail"),
            "dispatched": ("deliver", "fail"),
        }.get(order.status if order else "", ())
        for name, button in self.buttons.items():
            if name != "back":
                button.setEnabled(name in allowed)
        if order is None:
            self.detail.setText(tr("No orders yet."))
            return
        parts = [
            f"<b>{tr('Order')} {order.short_id}</b> — "
            f"{tr(STATUS_WORDS.get(order.status, order.status))}",
            f"{order.customer_name} · {order.phone}",
            f"{order.address} · {order.area}",
            f"{tr(PAYMENT_WORDS.get(order.payment, order.payment))}: "
            f"<b>{format_rupees(order.amount_paise)}</b>",
        ]
        if order.reason:
            parts.append(f"{tr('Reason')}: {order.reason}")
        if order.delivery_person:
            parts.append(f"{tr('Delivery by')}: {order.delivery_person}")
        if order.receipt_no:
            parts.append(f"{tr('Receipt')}: {order.receipt_no}")
        self.detail.setText("<br>".join(parts))

    # ------------------------------------------------------------ steps

    def _run(self, step: str, *args: Any, done_text: str) -> None:
        order = self.selected()
        if order is None or self.user is None:
            return
        self.acknowledge()

        def done(result: Any) -> None:
            self.message.show_text(tr(done_text))
            self.refresh()
            hook = getattr(self.window_, "order_step_done", None)
            if hook is not None:
                hook(step, order.order_id, result)

        def failed(error: BaseException) -> None:
            self.message.show_text(getattr(error, "message", str(error)), "error")

        self.ops.order_step(step, order.order_id, self.user, *args, on_done=done, on_error=failed)

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, tr(title), tr(label), QLineEdit.EchoMode.Normal)
        return text.strip() if ok and text.strip() else None

    def accept(self) -> None:
        self._run("accept", done_text=N_("Accepted: the district is told with the next sync."))

    def reject(self) -> None:
        reason = self._ask(N_("Reject the order"), N_("Why? (the customer sees this)"))
        if reason:
            self._run("reject", reason, done_text=N_("Rejected."))

    def pack(self) -> None:
        self._run("pack", done_text=N_("Packed: the goods are held and the slip printed."))

    def dispatch(self) -> None:
        person = self._ask(N_("Dispatch"), N_("Delivery person's name"))
        if person:
            self._run("dispatch", person, done_text=N_("Out for delivery."))

    def deliver(self) -> None:
        order = self.selected()
        if order is None:
            return
        if order.payment == "prepaid_upi":
            self._run("deliver", "upi", None, done_text=N_("Delivered: the sale is complete."))
            return
        utr = None
        method = "cash"
        if order.payment == "cod_upi":
            method = "upi"
            utr = self._ask(N_("Paid by UPI"), N_("UTR (UPI reference)"))
            if not utr:
                return
        self._run("deliver", method, utr, done_text=N_("Delivered: the sale is complete."))

    def fail(self) -> None:
        reason = self._ask(N_("Not delivered"), N_("Why was it not delivered?"))
        if reason:
            self._run("fail", reason, done_text=N_("Not delivered: the goods are back in stock."))
