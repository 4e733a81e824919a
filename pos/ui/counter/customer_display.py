"""The customer display: a second top-level window facing the customer (a till's second
monitor, or a tablet-sized window), so the cashier never turns the screen round.

It shows the lines as they are scanned and the total, the UPI QR for the exact amount while
the customer pays, then "thank you" and the change. It is fed only by the sale page's signals
(``cart_did_change``, ``payment_did_start``, ``sale_did_complete``) and never touches the
ledger. Its words are in Hindi and English together: the customer's language is not known.
Turned on by the ``customer_display`` setting (off by default).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from pos.amounts.money import Paise, format_rupees
from pos.selling.sales import CartLine, make_bill
from pos.ui.counter.payment import qr_pixmap
from pos.ui.shared.theme import px

WELCOME = "नमस्ते · Welcome"
TOTAL = "कुल · Total"
PAY_UPI = "UPI से भुगतान करें · Scan to pay by UPI"
THANKS = "धन्यवाद · Thank you"
CHANGE = "लौटाने के पैसे · Your change"  # the glossary's Change


class CustomerDisplay(QWidget):
    """A window of its own (no parent widget): lines, total, QR, thank you."""

    def __init__(self, outlet_en: str, outlet_hi: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("customer_display")
        self.setWindowTitle(f"{outlet_hi or outlet_en} · {outlet_en}")
        self.setStyleSheet(
            f"QWidget#customer_display {{ background: white; }}"
            f" QLabel {{ font-size: {px(22)}px; }}"
            f" QLabel#cd_total {{ font-size: {px(44)}px; font-weight: bold; color: #1b5e20; }}"
            f" QLabel#cd_big {{ font-size: {px(40)}px; font-weight: bold; color: #0d47a1; }}"
            f" QListWidget {{ font-size: {px(20)}px; }}"
        )
        layout = QVBoxLayout(self)
        self.heading = QLabel(outlet_hi or outlet_en, self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet(f"font-size: {px(26)}px; font-weight: bold;")
        layout.addWidget(self.heading)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        # page 0: the cart
        cart = QWidget(self)
        column = QVBoxLayout(cart)
        self.lines = QListWidget(cart)
        self.lines.setObjectName("cd_lines")
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column.addWidget(self.lines, 1)
        self.total = QLabel(cart)
        self.total.setObjectName("cd_total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.total)
        self.pages.addWidget(cart)
        # page 1: pay (the QR for the exact amount) and page 2: thank you and the change
        self.pay_page, self.pay_text, self.qr = self._message_page(with_qr=True)
        self.thanks_page, self.thanks_text, _ = self._message_page(with_qr=False)
        self.total_paise: Paise = 0
        self.show_cart([])

    def _message_page(self, *, with_qr: bool) -> tuple[QWidget, QLabel, QLabel | None]:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        text = QLabel(page)
        text.setObjectName("cd_big")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        column.addWidget(text)
        qr = None
        if with_qr:
            qr = QLabel(page)
            qr.setObjectName("cd_qr")
            qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(qr)
        column.addStretch(1)
        self.pages.addWidget(page)
        return page, text, qr

    # ------------------------------------------------------------ fed by the sale page

    def show_cart(self, lines: list[CartLine]) -> None:
        self.lines.clear()
        for line in lines:
            names = " · ".join(n for n in (line.item.name_hi, line.item.name_en) if n)
            self.lines.addItem(f"{names}   × {line.qty}   {format_rupees(line.gross_paise)}")
        if lines:
            self.lines.scrollToBottom()
        self.total_paise = make_bill(lines).total_paise if lines else 0
        self.total.setText(f"{TOTAL}: {format_rupees(self.total_paise)}")
        self.pages.setCurrentIndex(0)
        if not lines:
            self.lines.addItem(WELCOME)

    def show_payment(self, total_paise: Paise, upi_link: str) -> None:
        """The amount to pay and, when the outlet has a UPI ID, the QR for exactly it."""
        self.pay_text.setText(f"{TOTAL}: {format_rupees(total_paise)}")
        if self.qr is not None:
            if upi_link:
                self.qr.setPixmap(qr_pixmap(upi_link, px(320)))
                self.pay_text.setText(self.pay_text.text() + "\n" + PAY_UPI)
            else:
                self.qr.clear()
        self.pages.setCurrentWidget(self.pay_page)

    def show_thanks(self, total_paise: Paise, change_paise: Paise) -> None:
        text = f"{THANKS}\n{TOTAL}: {format_rupees(total_paise)}"
        if change_paise:
            text += f"\n{CHANGE}: {format_rupees(change_paise)}"
        self.thanks_text.setText(text)
        self.pages.setCurrentWidget(self.thanks_page)

    def place(self) -> None:
        """Full screen on the till's second monitor, else a tablet-sized window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
            return
        self.resize(px(800), px(600))
        self.show()
