"""Stock: levels per product (filter as you type) and the selected product's lots with SHG
and expiry; sold beyond stock in red, products at or below their reorder level and lots near
expiry in orange; the manager sets a product's reorder level (F9); damage, expiry, count and
return-to-SHG on the selected lot, each a message at the field when wrong."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QSplitter, QWidget

from pos import clock
from pos.errors import PosError
from pos.inventory.stock import Lot, StockLevel
from pos.outlet.users import User
from pos.ui.backoffice.common import (
    BAD,
    LOW,
    AreaPage,
    Column,
    Form,
    Pager,
    RowsModel,
    counted,
    selected,
    table_view,
)
from pos.ui.language.i18n import N_, names_label, tr, unit_word
from pos.ui.operations import Operations
from pos.ui.shared.dialogs import FormDialog
from pos.ui.shared.keypad import FieldKeypad
from pos.ui.shared.widgets import ActionButton

NEAR_EXPIRY_DAYS = 30

LEVELS = (
    Column(N_("SKU"), lambda r: r.sku),
    Column(N_("Product"), lambda r: names_label(r.name_en, r.name_hi)),
    Column(N_("On hand"), lambda r: r.on_hand),
    Column(N_("Reorder level"), lambda r: r.reorder_level),
    Column(N_("Unit"), lambda r: unit_word(r.unit)),
    Column(N_("Lots"), lambda r: r.lots_with_stock),
    Column(N_("Sold beyond stock"), lambda r: r.sold_beyond_stock or ""),
)
LOTS = (
    Column(N_("Lot"), lambda r: r.id),
    Column(N_("SHG"), lambda r: f"{r.shg_code} {names_label(r.shg_name_en, r.shg_name_hi)}"),
    Column(N_("Received"), lambda r: r.received_on),
    Column(N_("Expiry"), lambda r: r.expiry or ""),
    Column(N_("Received qty"), lambda r: r.qty_received),
    Column(N_("On hand"), lambda r: r.on_hand),
)


def level_colour(level: StockLevel) -> QColor | None:
    if level.sold_beyond_stock:
        return BAD
    return LOW if level.low else None


def lot_colour(lot: Lot) -> QColor | None:
    if not lot.expiry or lot.on_hand <= 0:
        return None
    today = date.fromisoformat(clock.business_date(clock.now_utc()))
    expiry = date.fromisoformat(lot.expiry)
    if expiry < today:
        return BAD
    return LOW if expiry <= today + timedelta(days=NEAR_EXPIRY_DAYS) else None


class LotChangeDialog(FormDialog):
    """Damage, expiry, a count or a return to the SHG, on one lot."""

    ok_text = "Record"

    def __init__(self, page: StockPage, lot: Lot, kind: str) -> None:
        titles = {"damage": N_("Damaged stock"), "expiry": N_("Expired stock"),
                  "count": N_("Stock count"), "return": N_("Return to the SHG")}  # fmt: skip
        super().__init__(titles[kind], page)
        self.page, self.lot, self.kind = page, lot, kind
        self.body.addWidget(
            QLabel(
                f"{lot.sku} {names_label(lot.name_en, lot.name_hi)} · {tr('Lot')} {lot.id} · "
                f"{lot.shg_code} · {tr('On hand')} {lot.on_hand}",
                self,
            )
        )
        self.form = Form()
        self.qty = QSpinBox(self)
        self.qty.setRange(0, 10_000_000)
        self.qty.setObjectName("qty")
        self.qty.setValue(lot.on_hand if kind == "count" else 0)
        self.form.field(N_("Counted") if kind == "count" else N_("Quantity"), self.qty)
        self.reason = self.form.field(N_("Reason"), QLineEdit(self))
        self.body.addLayout(self.form)
        self.add_side_keypad(FieldKeypad(self))

    def submit(self) -> None:
        self.form.clear_errors()
        if not self.reason.text().strip():
            self.form.error(self.reason, tr("Give a reason"))
            return
        self.busy()
        ops, user, lot = self.page.ops, self.page.manager, self.lot
        qty, reason = self.qty.value(), self.reason.text().strip()
        if self.kind in ("damage", "expiry"):
            ops.write_off(lot.id, self.kind, qty, reason, user, self._done, self._refused)
        elif self.kind == "count":
            ops.count_adjust(lot.id, qty, reason, user, self._done, self._refused)
        else:
            ops.return_to_shg(lot.id, qty, reason, user, self._done, self._refused)

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, PosError):
            raise error
        self.form.error(self.qty, error.message)

    def _done(self, _move: object) -> None:
        self.accept()
        what = {"damage": N_("Damaged"), "expiry": N_("Expired"), "count": N_("Counted"),
                "return": N_("Returned to the SHG")}[self.kind]  # fmt: skip
        self.page.changed(tr("Recorded") + f": {self.lot.sku} · {tr('Lot')} {self.lot.id} · "
                          f"{tr(what)} {self.qty.value()}")  # fmt: skip


class ReorderDialog(FormDialog):
    """A product's reorder level, the outlet's own (pos.inventory.reorder): at or below it the
    product shows as low. A manager's; a bad value is a message at the field."""

    ok_text = "Save"

    def __init__(self, page: StockPage, level: StockLevel) -> None:
        super().__init__(N_("Reorder level"), page)
        self.page, self.sku = page, level.sku
        self.body.addWidget(QLabel(f"{level.sku} {names_label(level.name_en, level.name_hi)} · "
                                   f"{tr('On hand')} {level.on_hand} {unit_word(level.unit)}",
                                   self))  # fmt: skip
        self.form = Form()
        self.level = self.form.field(N_("Reorder level"), QLineEdit(str(level.reorder_level), self))
        self.level.setObjectName("reorder_level")
        self.body.addLayout(self.form)
        self.add_side_keypad(FieldKeypad(self))

    def submit(self) -> None:
        self.form.clear_errors()
        self.busy()
        self.page.ops.set_reorder_level(self.sku, self.level.text(), self.page.manager,
                                        self._done, self._refused)  # fmt: skip

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, PosError):
            raise error
        self.form.error(self.level, error.message)

    def _done(self, _level: object) -> None:
        self.accept()
        self.page.changed(tr("Reorder level saved") + f": {self.sku} · {self.level.text()}")


class StockPage(AreaPage):
    title = N_("Stock")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        top = QHBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setObjectName("stock_filter")
        self.filter.setPlaceholderText(tr("Filter by name or SKU"))
        top.addWidget(self.filter, 1)
        self.outer.addLayout(top)
        self.levels = RowsModel(LEVELS, self, level_colour)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.levels_view = table_view(self.levels, split)
        self.levels_view.setObjectName("levels")
        self.levels_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_lots())
        self.lots = RowsModel(LOTS, self, lot_colour)
        self.lots_view = table_view(self.lots, split)
        self.lots_view.setObjectName("lots")
        split.addWidget(self.levels_view)
        split.addWidget(self.lots_view)
        split.setStretchFactor(0, 2)  # the products get the room, a product's few lots less
        split.setStretchFactor(1, 1)
        self.outer.addWidget(split, 1)
        buttons = QHBoxLayout()
        for text, key, kind in ((N_("Damaged"), "F5", "damage"), (N_("Expired"), "F6", "expiry"),
                                (N_("Count"), "F7", "count"),
                                (N_("Return to SHG"), "F8", "return")):  # fmt: skip
            buttons.addWidget(ActionButton(text, key, lambda k=kind: self.change(k), self))
        buttons.addWidget(ActionButton(N_("Reorder level"), "F9", self.set_level, self))
        self.outer.addLayout(buttons)
        self.finish_layout()
        # a page of products at a time, filtered in the ledger as you type
        self.pager = Pager(self, self.levels, self.levels_view, ops.stock_levels_page,
                           lambda level: level.sku)  # fmt: skip
        self.filter.textChanged.connect(self.pager.set_text)
        self.pager.did_load = self._loaded
        self.current_sku = ""
        self.done_note = ""  # what was just done, kept over the count the reload shows

    def changed(self, note: str) -> None:
        """After a change: the rows again, with ``note`` (what was done) on the message line."""
        self.done_note = note
        self.refresh()

    def refresh(self) -> None:
        level = selected(self.levels_view)
        self.current_sku = level.sku if level is not None else self.current_sku
        self.pager.reload()

    def _loaded(self) -> None:
        count = counted(len(self.levels.rows), N_("1 product"), N_("{n} products"))
        note, self.done_note = self.done_note, ""
        self.say(note or count + ("" if self.pager.complete else " …"))
        if self.current_sku:
            self.select_sku(self.current_sku)

    def select_sku(self, sku: str) -> None:
        for row, level in enumerate(self.levels.rows):
            if level.sku == sku:
                self.levels_view.selectRow(row)
                return

    def show_lots(self) -> None:
        level = selected(self.levels_view)
        self.lots.set_rows(self.ops.lots_of(level.sku) if level is not None else [])
        if self.lots.rows:
            self.lots_view.selectRow(0)

    def change(self, kind: str) -> None:
        lot = selected(self.lots_view)
        if lot is None:
            self.message.show_text(tr("Choose a lot first"), "error")
            return
        LotChangeDialog(self, lot, kind).open()

    def set_level(self) -> None:
        level = selected(self.levels_view)
        if level is None:
            self.message.show_text(tr("Choose a product first"), "error")
            return
        ReorderDialog(self, level).open()
