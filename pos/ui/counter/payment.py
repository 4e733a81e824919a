"""Payment: cash with a keypad and quick amounts, UPI with a QR for the exact amount, card with
a reference, and any split of them. Validation is the domain's ``settle_tenders``: a tender
below the total is refused here and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from pos.amounts.money import Paise, format_paise, format_rupees, parse_amount
from pos.errors import InvalidInput
from pos.selling.sales import Payment, Tender, settle_tenders
from pos.ui.language.i18n import N_, tr
from pos.ui.shared.dialogs import FormDialog
from pos.ui.shared.widgets import ActionButton, Keypad

QUICK_AMOUNTS = (5_000, 10_000, 20_000, 50_000)
METHOD_NAMES = {"cash": N_("Cash"), "upi": N_("UPI"), "card": N_("Card")}


def upi_link(vpa: str, payee: str, amount_paise: Paise, note: str) -> str:
    """upi://pay?pa=VPA&pn=NAME&am=115.00&cu=INR&tn=RECEIPT for the exact amount."""
    return (
        f"upi://pay?pa={quote(vpa, safe='@.')}&pn={quote(payee)}&am={format_paise(amount_paise)}"
        f"&cu=INR&tn={quote(note)}"
    )


def qr_pixmap(text: str, size: int = 200) -> QPixmap:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    cells = len(matrix)
    scale = max(1, size // cells)
    image = QImage(cells * scale, cells * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)


class PaymentDialog(FormDialog):
    ok_text = "Complete sale"

    def __init__(
        self,
        total_paise: Paise,
        *,
        upi_vpa: str | None,
        payee: str,
        note: str,
        on_paid: Callable[[list[Tender], tuple[Payment, ...]], None],
        parent: QWidget,
    ) -> None:
        super().__init__("Payment", parent)
        self.total = total_paise
        self.upi_vpa, self.payee, self.note = upi_vpa, payee, note
        self.on_paid = on_paid
        self.tenders: list[Tender] = []
        self.method = "cash"
        self.ok_button.key = "F12"
        from PySide6.QtGui import QKeySequence

        self.ok_button.shortcut.setKey(QKeySequence("F12"))
        self.ok_button.retranslate()
        self.ok_button.setObjectName("pay")

        columns = QHBoxLayout()
        self.body.addLayout(columns)
        left = QVBoxLayout()
        columns.addLayout(left, 1)
        figures = QFormLayout()
        self.total_label = QLabel(format_rupees(total_paise), self)
        self.total_label.setObjectName("total")
        self.due_label = QLabel(self)
        self.due_label.setObjectName("due")
        self.change_label = QLabel(self)
        self.change_label.setObjectName("change")
        figures.addRow(tr("Total"), self.total_label)
        figures.addRow(tr("Still due"), self.due_label)
        figures.addRow(tr("Change"), self.change_label)
        left.addLayout(figures)
        self.paid_list = QListWidget(self)
        self.paid_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.paid_list.setMaximumHeight(90)
        left.addWidget(QLabel(tr("Paid so far (split tender)"), self))
        left.addWidget(self.paid_list)
        self.remove_part_button = ActionButton(N_("Remove part payment"), "Ctrl+Del",
                                               self.remove_part, self)  # fmt: skip
        self.remove_part_button.setObjectName("remove_part")
        self.remove_part_button.setEnabled(False)
        left.addWidget(self.remove_part_button)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setObjectName("qr")
        self.link_label = QLabel(self)
        self.link_label.setWordWrap(True)
        self.link_label.setStyleSheet("font-size: 12px; color: #455a64;")
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.qr)
        left.addWidget(self.link_label)
        left.addStretch(1)

        right = QVBoxLayout()
        columns.addLayout(right, 1)
        methods = QHBoxLayout()
        self.method_buttons = {}
        for key, (method, label) in zip(("F1", "F2", "F3"), METHOD_NAMES.items(), strict=True):
            button = ActionButton(label, key, lambda m=method: self.set_method(m), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.method_buttons[method] = button
            methods.addWidget(button)
        right.addLayout(methods)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.textChanged.connect(self.refresh)
        self.amount.returnPressed.connect(self.submit)
        right.addWidget(self.amount)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("reference")
        self.reference.returnPressed.connect(self.submit)
        right.addWidget(self.reference)
        quick = QGridLayout()
        self.quick_buttons = [ActionButton("Exact", "F5", self.exact, self)]
        for n, paise in enumerate(QUICK_AMOUNTS):
            button = ActionButton(
                format_rupees(paise).replace(".00", ""),
                f"F{6 + n}",
                lambda p=paise: self.quick(p),
                self,
            )
            self.quick_buttons.append(button)
        self.split_button = ActionButton("Add part payment", "F4", self.add_part, self)
        for n, button in enumerate([*self.quick_buttons, self.split_button]):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            quick.addWidget(button, n // 3, n % 3)
        right.addLayout(quick)
        right.addWidget(Keypad(self.amount, self))
        right.addStretch(1)
        self.setMinimumSize(960, 640)
        self.set_method("cash")

    # -- figures

    def due(self) -> Paise:
        return max(0, self.total - sum(t.amount_paise for t in self.tenders))

    def entered(self) -> Paise | None:
        text = self.amount.text().strip()
        if not text:
            return 0
        try:
            return parse_amount(text)
        except InvalidInput:
            return None

    def refresh(self) -> None:
        due = self.due()
        self.due_label.setText(format_rupees(due))
        entered = self.entered() or 0
        cash = sum(t.amount_paise for t in self.tenders if t.method == "cash")
        other = sum(t.amount_paise for t in self.tenders if t.method != "cash")
        if self.method == "cash":
            cash += entered
        else:
            other += entered
        self.change_label.setText(format_rupees(max(0, cash + other - self.total)))
        if self.method == "upi":
            amount = entered or due
            if self.upi_vpa and amount:
                link = upi_link(self.upi_vpa, self.payee, amount, self.note)
                self.qr.setPixmap(qr_pixmap(link))
                self.link_label.setText(link.replace("&", "&\u200b"))  # wrap between fields
                self.link = link
            else:
                self.qr.clear()
                self.link_label.setText(
                    tr(
                        "This outlet has no UPI ID set up; take the payment "
                        "on the outlet's own QR and type the UTR"
                    )
                )
        else:
            self.qr.clear()
            self.link_label.clear()

    def set_method(self, method: str) -> None:
        self.method = method
        for key, button in self.method_buttons.items():
            button.setChecked(key == method)
        self.reference.setVisible(method != "cash")
        self.reference.clear()
        self.reference.setPlaceholderText(
            tr("UTR (optional)") if method == "upi" else tr("Card slip reference")
        )
        self.amount.setText(format_paise(self.due()))
        self.amount.selectAll()
        self.amount.setFocus()
        self.refresh()

    def exact(self) -> None:
        self.amount.setText(format_paise(self.due()))
        self.amount.setFocus()

    def quick(self, paise: Paise) -> None:
        """A quick amount keeps the chosen tender (a card stays a card; the domain refuses
        more than is due on a card or UPI, so no change is ever given on one)."""
        self.amount.setText(format_paise(paise))
        self.amount.setFocus()

    def _current(self) -> Tender | None:
        entered = self.entered()
        if entered is None:
            raise InvalidInput(tr("type the amount in rupees, for example 120 or 120.50"))
        if not entered:
            return None
        return Tender(self.method, entered, self.reference.text().strip() or None)

    def add_part(self) -> None:
        try:
            tender = self._current()
        except InvalidInput as exc:
            self.fail(exc)
            return
        if tender is None:
            return
        self.tenders.append(tender)
        ref = f"  ({tender.reference})" if tender.reference else ""
        self.paid_list.addItem(
            f"{tr(METHOD_NAMES[tender.method])}  {format_rupees(tender.amount_paise)}{ref}"
        )
        self.message.clear_text()
        self.remove_part_button.setEnabled(True)
        self.set_method("cash")

    def remove_part(self) -> None:
        """Take back a part payment entered by mistake: the one chosen in the list, or the
        last one."""
        if not self.tenders:
            return
        row = self.paid_list.currentRow()
        row = row if 0 <= row < len(self.tenders) else len(self.tenders) - 1
        del self.tenders[row]
        self.paid_list.takeItem(row)
        self.remove_part_button.setEnabled(bool(self.tenders))
        self.set_method(self.method)

    def submit(self) -> None:
        try:
            current = self._current()
            tenders = [*self.tenders, *([current] if current else [])]
            payments = settle_tenders(self.total, tenders)
        except InvalidInput as exc:
            self.fail(exc)
            return
        self.accept()
        self.on_paid(tenders, payments)
