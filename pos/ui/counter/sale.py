"""The sale screen: search as you type, scan, tiles, the cart, totals and every counter action.

The cart on screen is kept in the ledger's ``carts`` table after every change (through the
task runner), so it survives a crash, an unexpected error or a restart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos import clock
from pos.amounts.money import format_rupees
from pos.amounts.quantity import parse_quantity, split_quantity
from pos.errors import InvalidInput, NotFound, PosError
from pos.products.catalog import Item
from pos.selling import cart as cart_domain
from pos.selling.sales import CartLine, Payment, SaleRecord, Tender, make_bill
from pos.ui.counter.feedback import ChangeBanner, PrinterBanner
from pos.ui.counter.fitted import CategoryTile
from pos.ui.counter.payment import PaymentDialog, upi_link
from pos.ui.counter.results import ResultsView
from pos.ui.counter.returns import ReturnDialog
from pos.ui.counter.scan_input import QuantityDialog, clean_scan
from pos.ui.language.i18n import N_, current_language, item_names, tr
from pos.ui.shared.dialogs import (
    CashMovementDialog,
    DiscountDialog,
    HeldCartsDialog,
    LabelsDialog,
    ReprintDialog,
)
from pos.ui.shared.fit import fit_button, shrinkable
from pos.ui.shared.models import CartModel, ItemsModel, NameDelegate
from pos.ui.shared.theme import px, tile_colour
from pos.ui.shared.widgets import ActionButton, Message

if TYPE_CHECKING:
    from pos.ui.shell.main_window import MainWindow

MAX_TILES = 12
TILES_A_ROW = 4  # a name too long for a quarter of the column wraps (pos.ui.counter.fitted)
FIGURES = (
    ("items", N_("Items")),
    ("taxable", N_("Taxable value")),
    ("cgst", N_("CGST")),
    ("sgst", N_("SGST")),
    ("round_off", N_("Round-off")),
)


def local_stamp(stamp: str) -> str:
    """A stored UTC time as the outlet's local "dd-mm HH:MM" (the machine may run on UTC)."""
    try:
        return clock.local(clock.from_iso(stamp)).strftime("%d-%m %H:%M")
    except ValueError:
        return stamp[:16]


class SearchEdit(QLineEdit):
    """The search and scan box: Up/Down walk the results; Enter, Tab, CR or LF (whatever the
    scanner ends a code with) adds (see SalePage.enter); Esc clears the box."""

    def __init__(self, page: SalePage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("search")

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus before keyPressEvent sees it: a Tab-ended scan adds.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.text().strip()
        ):
            self.page.enter()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.page.results_model.items:
            self.page.move_result(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Escape and (self.text() or self.page.results_model.items):
            self.page.clear_search()
            return
        if event.text() in ("\r", "\n") or (
            event.key() == Qt.Key.Key_J and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):  # a bare CR or LF (some scanners send Ctrl+J)
            self.page.enter()
            return
        super().keyPressEvent(event)


class SalePage(QWidget):
    # What the customer display (and anything else watching the sale) is fed with.
    cart_did_change = Signal(object)  # list[CartLine], after every change to the cart
    payment_did_start = Signal(int, str)  # total paise, UPI link for it ("" without a UPI ID)
    sale_did_complete = Signal(int, int)  # total paise, change paise

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ops = window.ops
        self.cart_id = cart_domain.new_cart_id()
        self.cart_model = CartModel(current_language())
        self.results_model = ItemsModel(current_language())
        self.result_chosen = False  # the cashier walked the results with the arrows
        self.buttons: list[ActionButton] = []
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)  # coalesce keystrokes already queued, then search
        self._search_timer.timeout.connect(self.run_search)
        self._build()

    # ------------------------------------------------------------ layout

    def _button(
        self, text: str, key: str | None, slot: Any, parent: QWidget | None = None
    ) -> ActionButton:
        button = ActionButton(text, key, slot, parent or self, shortcut_parent=self.window_)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the search box
        self.buttons.append(button)
        return button

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.search = SearchEdit(self)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.enter)
        top.addWidget(self.search, 1)
        self.search_button = self._button("Search", "F2", self.focus_search)
        self.search_button.setMaximumWidth(px(170))
        top.addWidget(self.search_button)
        outer.addLayout(top)
        self.message = Message(self)
        self.message.setWordWrap(False)  # one line, always there: it never moves the layout
        self.message.ensurePolished()  # the style sheet's font size, padding included
        self.message.setFixedHeight(self.message.fontMetrics().height() + 14)
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        shrinkable(self.message, 1)  # a long message clips; it never widens the window
        outer.addWidget(self.message)
        self.printer_banner = PrinterBanner(self)
        outer.addWidget(self.printer_banner)

        middle = QHBoxLayout()
        outer.addLayout(middle, 1)
        left = QVBoxLayout()
        middle.addLayout(left, 3)
        self.cart_view = QTableView(self)
        self.cart_view.setObjectName("cart")
        self.cart_view.setModel(self.cart_model)
        self.cart_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cart_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cart_view.verticalHeader().setDefaultSectionSize(px(48))
        self.cart_view.verticalHeader().hide()
        header = self.cart_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # money columns hold up to "₹99,999.00" whatever the rows measured when last laid out
        money_width = self.cart_view.fontMetrics().horizontalAdvance("₹99,999.00") + 16
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, money_width)
        self.cart_view.setWordWrap(True)
        self.cart_view.setItemDelegateForColumn(0, NameDelegate(self.cart_view))
        # The cart, or after a sale the change in large type until the next scan.
        self.cart_stack = QStackedWidget(self)
        self.cart_stack.addWidget(self.cart_view)
        self.change_banner = ChangeBanner(self)
        self.cart_stack.addWidget(self.change_banner)
        left.addWidget(self.cart_stack, 1)
        line_row = QHBoxLayout()
        for args in ((N_("Quantity"), "F5", self.quantity_key),
                     (N_("Qty +"), "F3", lambda: self.change_qty(1)),
                     (N_("Qty −"), "F4", lambda: self.change_qty(-1)),
                     (N_("Remove line"), "Ctrl+Del", self.remove_line),
                     (N_("Discount"), "F6", self.discount)):  # fmt: skip
            line_row.addWidget(fit_button(self._button(*args)))
        left.addLayout(line_row)

        right = QVBoxLayout()
        middle.addLayout(right, 2)
        self.results_view = ResultsView(self)  # finger-sized product tiles
        self.results_view.setModel(self.results_model)
        self.results_view.setMinimumHeight(px(100))  # the totals and Pay stay on a 768 px screen
        self.results_view.clicked.connect(lambda index: self.add_result(index.row()))
        right.addWidget(self.results_view, 1)
        self.tiles_box = QWidget(self)
        self.tiles = QGridLayout(self.tiles_box)
        self.tiles.setContentsMargins(0, 0, 0, 0)
        self.tiles.setSpacing(4)
        right.addWidget(self.tiles_box)
        self.tile_buttons: list[CategoryTile] = []
        self.build_tiles()

        totals = QFrame(self)
        totals.setFrameShape(QFrame.Shape.StyledPanel)
        form = QGridLayout(totals)  # two figures a row: the total stays on a 768 px screen
        form.setContentsMargins(8, 2, 8, 2)
        form.setVerticalSpacing(0)
        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for n, (key, text) in enumerate(FIGURES):
            name, value = QLabel(tr(text), totals), QLabel(totals)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setObjectName(f"figure_{key}")
            name.setObjectName("figure")
            value.setProperty("figure", True)
            form.addWidget(name, n // 2, (n % 2) * 2)
            form.addWidget(value, n // 2, (n % 2) * 2 + 1)
            self.figure_labels[key] = (name, value)
        self.total_name = QLabel(tr("TOTAL"), totals)
        self.total_name.setObjectName("total_name")
        self.total_label = QLabel(totals)
        self.total_label.setObjectName("total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        row = (len(FIGURES) + 1) // 2
        form.addWidget(self.total_name, row, 0, 1, 2)
        form.addWidget(self.total_label, row, 2, 1, 2)
        right.addWidget(totals)
        self.pay_button = self._button("Pay", "F12", self.pay)
        self.pay_button.setObjectName("pay")
        self.pay_button.setMinimumHeight(px(64))
        right.addWidget(self.pay_button)

        self.hold_button = self._button("Hold", "F7", self.hold)
        self.recall_button = self._button("Recall", "F8", self.recall)
        self.return_button = self._button("Return / void", "F9", self.returns)
        self.no_sale_button = self._button("No sale", "F10", lambda: self.cash("no_sale"))
        self.paid_button = self._button("Paid in / out", "F11", lambda: self.cash("paid_out"))
        self.reprint_button = self._button("Reprint", "Ctrl+P", self.reprint)
        self.language_button = self._button(
            "हिंदी / English", "Ctrl+G", self.window_.toggle_language
        )
        self.lock_button = self._button("Lock", "Ctrl+L", self.window_.lock)
        self.close_button = self._button("Close shift", "Ctrl+Q", self.window_.close_shift)
        self.back_office_button = self._button(
            "Back office", "Ctrl+Shift+M", self.window_.open_back_office
        )  # a manager's own PIN opens it (pos.ui.backoffice)
        # Two rows of five, so the row fits 1024 px in Hindi too.
        actions = QGridLayout()
        actions.setSpacing(4)
        for n, button in enumerate((
            self.hold_button, self.recall_button, self.return_button, self.no_sale_button,
            self.paid_button, self.reprint_button, self.language_button, self.lock_button,
            self.close_button, self.back_office_button,
        )):  # fmt: skip
            fit_button(button)
            actions.addWidget(button, n // 5, n % 5)
        outer.addLayout(actions)
        QShortcut(QKeySequence("Ctrl+B"), self).activated.connect(self.labels)
        self.retranslate()
        self.refresh_totals()

    def build_tiles(self) -> None:
        for button in self.tile_buttons:
            button.deleteLater()
        self.tile_buttons = []
        self.tile_names = self.ops.category_names()[:MAX_TILES]
        colours = self.ops.category_colours([english for english, _hi in self.tile_names])
        for n, (category, _hindi) in enumerate(self.tile_names):
            button = CategoryTile(colours.get(category) or tile_colour(n).name(), self.tiles_box)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=category: self.show_category(c))
            self.tiles.addWidget(button, n // TILES_A_ROW, n % TILES_A_ROW)
            self.tiles.setColumnStretch(n % TILES_A_ROW, 1)
            self.tile_buttons.append(button)
        self.name_tiles()

    def name_tiles(self) -> None:
        """A tile reads its category in the cashier's language (Hindi when the catalog has it)."""
        for button, (english, hindi) in zip(self.tile_buttons, self.tile_names, strict=True):
            primary, secondary = item_names(english, hindi, current_language())
            button.set_name(primary)
            button.setToolTip(f"{primary} · {secondary}" if secondary else primary)

    def retranslate(self) -> None:
        self.name_tiles()
        language = current_language()
        self.cart_model.language = language
        self.results_model.language = language
        self.cart_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.cart_model.layoutChanged.emit()
        self.results_model.layoutChanged.emit()
        for button in self.buttons:
            button.retranslate()
        self.reprint_button.set_source_text(
            N_("Reprint") if self.window_.hooks.reprint else N_("Reprint (not set up)")
        )
        self.reprint_button.setEnabled(self.window_.hooks.reprint is not None)
        self.search.setPlaceholderText(
            tr("Scan a barcode, or type a name in English or Hindi, or a SKU")
        )
        for key, text in FIGURES:  # fmt: skip
            self.figure_labels[key][0].setText(tr(text))
        self.total_name.setText(tr("TOTAL"))
        self.change_banner.retranslate()
        self.printer_banner.retranslate()

    # ------------------------------------------------------------ state

    @property
    def lines(self) -> list[CartLine]:
        return self.cart_model.lines

    @property
    def cashier(self) -> Any:
        return self.window_.user

    def say(self, text: str, level: str = "info") -> None:
        self.message.show_text(text, level)

    def refuse(self, error: BaseException) -> None:
        if not isinstance(error, PosError):
            raise error
        self.window_.report_error(error)  # says it here; a clock behind offers its confirming

    def refresh_totals(self) -> None:
        bill = make_bill(self.lines)
        pieces = sum(line.qty if line.item.unit == "pc" else 1 for line in self.lines)
        values = {
            "items": f"{len(self.lines)} / {pieces}",
            "taxable": format_rupees(bill.taxable_paise),
            "cgst": format_rupees(bill.cgst_paise),
            "sgst": format_rupees(bill.sgst_paise),
            "round_off": format_rupees(bill.round_off_paise),
        }
        for key, value in values.items():
            self.figure_labels[key][1].setText(value)
        gst_shown = self.ops.doc_mode == "tax_invoice"
        for key in ("cgst", "sgst", "taxable"):
            for widget in self.figure_labels[key]:
                widget.setVisible(gst_shown)
        self.total_label.setText(format_rupees(bill.total_paise))
        self.pay_button.setEnabled(bool(self.lines))
        self.cart_did_change.emit(list(self.lines))

    def show_change(self, change_paise: int, receipt: str = "") -> None:
        """The change in large type where the cart was, until the next item is scanned."""
        self.change_banner.show_change(change_paise, receipt)
        self.cart_stack.setCurrentWidget(self.change_banner)

    def start_afresh(self) -> None:
        """A new login or shift: nothing left on screen from the cashier before (the last
        sale's change and its message in that cashier's language, a search, its results);
        a cart in progress stays."""
        self.change_banner.clear()
        self.show_cart()
        self.message.clear_text()
        self.clear_search()

    def show_cart(self) -> None:
        self.cart_stack.setCurrentWidget(self.cart_view)

    def persist(self) -> None:
        self.ops.save_cart(self.cart_id, self.lines, self.cashier.id if self.cashier else None)

    def set_cart(self, cart_id: str, lines: list[CartLine] | tuple[CartLine, ...]) -> None:
        self.cart_id = cart_id
        if lines:
            self.show_cart()
        self.cart_model.set_lines(list(lines))
        if lines:
            self.select_row(len(lines) - 1)
        self.refresh_totals()

    def clear_cart(self) -> None:
        self.set_cart(cart_domain.new_cart_id(), [])
        self.clear_search()

    def selected_row(self) -> int | None:
        rows = self.cart_view.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.lines) - 1 if self.lines else None

    def select_row(self, row: int) -> None:
        self.cart_view.selectionModel().setCurrentIndex(
            self.cart_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.cart_view.scrollTo(self.cart_model.index(row, 0))

    def restore(self) -> None:
        """After login: bring back the cart that was on screen before a restart."""
        if self.lines:
            return

        def done(found: list[cart_domain.SavedCart]) -> None:
            if found and not self.lines:
                saved = found[0]
                self.set_cart(saved.id, saved.lines)
                self.say(tr("The cart in progress was restored"))
                for other in found[1:]:  # older ones (another crash): park them for Recall
                    self.ops.save_cart(
                        other.id,
                        list(other.lines),
                        other.cashier_id,
                        state="held",
                        label=local_stamp(other.updated_at),
                    )

        self.ops.open_carts_async(done)

    # ------------------------------------------------------------ finding items

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.results_model.set_items([])
        self.result_chosen = False
        self.search.setFocus()

    def _search_changed(self, _text: str) -> None:
        if self.message.property("level") == "error":
            self.message.clear_text()  # typing again: the old refusal no longer applies
        self._search_timer.start()

    def run_search(self) -> None:
        text = self.search.text()
        self.result_chosen = False
        self.show_items(self.ops.search(text) if text.strip() else [])
        if self.results_model.items:
            self.results_view.setCurrentIndex(self.results_model.index(0))

    def show_items(self, items: list[Item]) -> None:
        """Results as finger-sized rows: both names, price, SKU and stock on hand."""
        self.results_model.set_items(items, self.ops.on_hand(items) if items else {})

    def show_category(self, category: str) -> None:
        self.show_items(self.ops.items_in_category(category))
        self.result_chosen = True
        if self.results_model.items:
            self.results_view.setCurrentIndex(self.results_model.index(0))
        self.search.setFocus()

    def move_result(self, step: int) -> None:
        count = len(self.results_model.items)
        row = max(0, min(count - 1, self.results_view.currentIndex().row() + step))
        self.results_view.setCurrentIndex(self.results_model.index(row))
        self.result_chosen = True

    def add_result(self, row: int) -> None:
        if 0 <= row < len(self.results_model.items):
            item = self.results_model.items[row]
            self.clear_search()
            self.add_item(item, None)

    def enter(self) -> None:
        """Enter in the search box: a scanned barcode or typed SKU, else the chosen result;
        ``3*`` (or ``3x``, ``1.5*`` for loose goods) before it gives the quantity."""
        self._search_timer.stop()
        typed = split_quantity(clean_scan(self.search.text()))
        text = typed.rest
        if not text:
            if self.result_chosen:
                self.add_result(self.results_view.currentIndex().row())
            return
        if self.result_chosen and self.results_model.items and typed.quantity is None:
            self.add_result(self.results_view.currentIndex().row())
            return
        scanned = re.search(r"\d{8,}$", text)
        if scanned and not text.isdigit():
            text = scanned.group()  # a scan landed after half-typed words: the scan wins
        qty: int | None = None
        try:
            found = self.ops.read_code(text)
            item, qty = found.item, found.qty
        except NotFound as exc:
            if text.isdigit():
                self.clear_search()
                self.say(exc.message, "error")
                return
            self.show_items(self.ops.search(text))
            if not self.results_model.items:
                self.clear_search()
                self.say(tr("No product is called “{name}”").format(name=text), "error")
                return
            item = self.results_model.items[0]
        except PosError as exc:
            self.clear_search()
            self.say(exc.message, "error")
            return
        if typed.quantity is not None:
            try:
                qty = parse_quantity(typed.quantity, item.unit)
            except PosError as exc:
                self.say(exc.message, "error")
                return
        self.clear_search()
        self.add_item(item, qty)

    # ------------------------------------------------------------ cart changes

    def add_item(self, item: Item, qty: int | None = 1) -> None:
        """Add ``qty`` of the item (to its line if it has one). Loose goods without a
        quantity ask for the weight or the volume first."""
        if qty is None and item.unit != "pc":
            self.window_.show_dialog(
                QuantityDialog(item, None, lambda q: self.add_item(item, q), self)
            )
            return
        qty = qty or 1
        try:
            row = self.cart_model.row_of_product(item.product_id)
            if row is None:
                row = self.cart_model.append(self.ops.price_line(item, qty))
            else:
                line = self.lines[row]
                self.cart_model.replace(row, self.ops.price_line(item, line.qty + qty))
        except PosError as exc:
            self.refuse(exc)
            return
        self.select_row(row)
        self.show_cart()
        primary, _ = item_names(item.name_en, item.name_hi, current_language())
        self.say(f"+ {primary}  {format_rupees(item.mrp_paise)}")
        self.refresh_totals()
        self.persist()

    def _reprice(self, line: CartLine, qty: int) -> CartLine:
        """The same line at a new quantity, keeping its price, discount and approver."""
        if not line.discount_paise and line.unit_price_paise == line.item.mrp_paise:
            return self.ops.price_line(line.item, qty)
        approver = self.ops.user_by_id(line.approver_id) if line.approver_id else None
        return self.ops.price_line(
            line.item, qty, discount_paise=line.discount_paise,
            unit_price_paise=line.unit_price_paise, actor=approver, approver=approver,
        )  # fmt: skip

    def quantity_key(self) -> None:
        """The quantity key: a number typed in the search box sets the selected line's
        quantity; with none typed, the quantity dialog (with the keypad) asks."""
        row = self.selected_row()
        if row is None:
            self.say(tr("Choose a line first"), "error")
            return
        line = self.lines[row]
        typed = clean_scan(self.search.text())
        if typed:
            try:
                qty = parse_quantity(typed, line.item.unit)
            except PosError as exc:
                self.say(exc.message, "error")
                return
            self.clear_search()
            self.set_qty(row, qty)
            return
        self.window_.show_dialog(
            QuantityDialog(line.item, line.qty, lambda q: self.set_qty(row, q), self)
        )

    def set_qty(self, row: int, qty: int) -> None:
        """The line at ``row`` to exactly ``qty`` (a lower one records the removed part)."""
        if 0 <= row < len(self.lines):
            self.change_qty(qty - self.lines[row].qty, row)

    def change_qty(self, delta: int, at_row: int | None = None) -> None:
        row = self.selected_row() if at_row is None else at_row
        if row is None or not delta:
            return
        line = self.lines[row]
        if line.qty + delta <= 0:
            self.remove_line()
            return
        try:
            self.cart_model.replace(row, self._reprice(line, line.qty + delta))
        except PosError as exc:
            self.refuse(exc)
            return
        if delta < 0:
            self.ops.record_removed_line(
                self.cart_id, line.item, -delta, line.unit_price_paise, self.cashier
            )
        self.select_row(row)
        self.refresh_totals()
        self.persist()

    def remove_line(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        line = self.cart_model.remove(row)
        self.ops.record_removed_line(
            self.cart_id, line.item, line.qty, line.unit_price_paise, self.cashier
        )
        if self.lines:
            self.select_row(min(row, len(self.lines) - 1))
        primary, _ = item_names(line.item.name_en, line.item.name_hi, current_language())
        self.say(tr("Removed") + f": {primary} × {line.qty}")
        self.refresh_totals()
        self.persist()

    def discount(self) -> None:
        row = self.selected_row()
        if row is None:
            return

        def priced(new: CartLine) -> None:
            self.cart_model.replace(row, new)
            self.refresh_totals()
            self.persist()
            self.say(tr("Discount applied") + f": {format_rupees(new.discount_paise)}")

        self.window_.show_dialog(
            DiscountDialog(self.ops, self.cashier, self.lines[row], priced, self)
        )

    # ------------------------------------------------------------ payment

    def pay(self) -> None:
        if not self.lines:
            self.say(tr("The cart is empty"), "error")
            return
        bill = make_bill(self.lines)
        vpa, payee, note = (
            self.ops.upi_vpa(),
            self.ops.outlet_name("en"),
            self.ops.next_receipt_hint(),
        )
        dialog = PaymentDialog(
            bill.total_paise, upi_vpa=vpa, payee=payee, note=note, on_paid=self.paid, parent=self,
        )  # fmt: skip
        dialog.rejected.connect(lambda: self.cart_did_change.emit(list(self.lines)))
        link = upi_link(vpa, payee, bill.total_paise, note) if vpa else ""
        self.payment_did_start.emit(bill.total_paise, link)
        self.window_.show_dialog(dialog)

    def paid(self, tenders: list[Tender], payments: tuple[Payment, ...]) -> None:
        """Commit in the background and clear the screen for the next customer at once."""
        cart_id, lines = self.cart_id, list(self.lines)
        change = sum(p.change_paise for p in payments)
        total = make_bill(lines).total_paise
        self.clear_cart()
        self.say(tr("Change") + f": {format_rupees(change)}   …")
        self.show_change(change)
        self.sale_did_complete.emit(total, change)

        def done(record: SaleRecord) -> None:
            self.window_.last_sale(record)
            self.print_receipt(record.receipt_no)
            if self.cart_stack.currentWidget() is self.change_banner:
                self.show_change(record.change_paise, record.receipt_no)
            self.say(
                tr("Sale complete")
                + f": {record.receipt_no}   "
                + tr("Change")
                + f": {format_rupees(record.change_paise)}"
            )

        def failed(error: BaseException) -> None:
            # Nothing was written; bring the sale back so the cashier can try again.
            if not self.lines:
                self.set_cart(cart_id, lines)
            else:
                self.ops.save_cart(
                    cart_id, lines, self.cashier.id, state="held", label=tr("not completed")
                )
            self.window_.report_error(error)

        self.ops.complete_cart(cart_id, lines, tenders, self.cashier, done, failed)

    # ------------------------------------------------------------ hold and recall

    def hold(self) -> None:
        if not self.lines:
            self.say(tr("The cart is empty"), "error")
            return
        first, _ = item_names(
            self.lines[0].item.name_en, self.lines[0].item.name_hi, current_language()
        )
        label = f"{clock.local(clock.now_utc()).strftime('%H:%M')}  {first}"
        self.ops.save_cart(self.cart_id, self.lines, self.cashier.id, state="held", label=label)
        self.clear_cart()
        self.say(tr("Cart held") + f": {label}")

    def recall(self) -> None:
        def listed(held: list[cart_domain.SavedCart]) -> None:
            if not held:
                self.say(tr("No held carts"), "error")
                return
            self.window_.show_dialog(HeldCartsDialog(held, self._recall, self))

        self.ops.held_carts_async(listed)

    def _recall(self, cart_id: str) -> None:
        if self.lines:
            self.hold()

        def done(saved: cart_domain.SavedCart) -> None:
            self.set_cart(saved.id, saved.lines)
            self.say(tr("Cart recalled") + f": {saved.label}")

        self.ops.recall_cart(cart_id, self.cashier.id, done, self.refuse)

    # ------------------------------------------------------------ other counter actions

    def returns(self) -> None:
        def done(record: SaleRecord) -> None:
            self.print_receipt(record.receipt_no)
            kind = tr("Void") if record.is_void else tr("Return")
            self.say(
                f"{kind}: {record.receipt_no}  "
                + tr("refund")
                + f" {format_rupees(record.total_paise)}"
            )

        self.window_.show_dialog(ReturnDialog(self.ops, self.cashier, done, self))

    def cash(self, kind: str) -> None:
        def done(result: Any) -> None:
            self.say(tr("Recorded"))
            hook = self.window_.hooks.open_drawer
            if hook is not None:  # the approved movement is in the ledger: open the drawer
                reason = f"{getattr(result, 'kind', kind)} {getattr(result, 'reason', '')}"
                self.ops.run_hook(lambda: hook(reason.strip()), None, self.refuse)

        self.window_.show_dialog(CashMovementDialog(self.ops, self.cashier, kind, done, self))

    def print_receipt(self, receipt_no: str) -> None:
        """Queue the receipt in the background; the counter never waits for the printer."""
        hook = self.window_.hooks.print_receipt
        if hook is not None:
            self.ops.run_hook(lambda: hook(receipt_no), None, self.refuse)

    def reprint(self) -> None:
        """Reprint the last receipt or any other (the dialog asks, the last pre-filled)."""
        hook = self.window_.hooks.reprint
        if hook is None:
            self.say(tr("Printing is not set up"), "error")
            return

        def chosen(receipt: str) -> None:
            self.ops.run_hook(
                lambda: hook(receipt),
                lambda _r: self.say(tr("Reprint queued for the printer")),
                self.refuse,
            )

        last = self.window_.last_receipt or self.ops.last_receipt_no() or ""
        self.window_.show_dialog(ReprintDialog(self.ops, last, chosen, self))

    def labels(self) -> None:
        """Barcode labels for the selected line's product (or any product typed)."""
        hook = self.window_.hooks.print_labels
        if hook is None:
            self.say(tr("Printing is not set up"), "error")
            return
        row = self.selected_row()
        sku = self.lines[row].item.sku if row is not None else ""

        def chosen(sku: str, copies: int) -> None:
            self.ops.run_hook(
                lambda: hook(sku, copies),
                lambda code: self.say(
                    tr("Labels queued for the printer") + f": {sku} × {copies} ({code})"
                ),
                self.refuse,
            )

        self.window_.show_dialog(LabelsDialog(self.ops, sku, chosen, self))

    def check_ready(self) -> None:
        if self.lines:
            raise InvalidInput(tr("complete or hold the cart first"))
