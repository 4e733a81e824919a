"""Stock count: scan the shelves one by one (each scan counts one; type a quantity first for
many), see every counted product beside what the ledger holds and the difference, then post
the count with its reason. Nothing is written until it is posted."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from pos.errors import PosError
from pos.inventory.stock_count import CountLine
from pos.outlet.users import User
from pos.ui.backoffice.common import (
    BAD,
    LOW,
    AreaPage,
    Column,
    Form,
    RowsModel,
    counted,
    table_view,
)
from pos.ui.language.i18n import N_, names_label, tr, unit_word
from pos.ui.operations import Operations
from pos.ui.shared.widgets import ActionButton

COLUMNS = (
    Column(N_("SKU"), lambda c: c.sku),
    Column(N_("Product"), lambda c: names_label(c.name_en, c.name_hi)),
    Column(N_("Counted"), lambda c: c.counted),
    Column(N_("On hand"), lambda c: c.on_hand),
    Column(N_("Difference"), lambda c: f"{c.difference:+d}" if c.difference else "0"),
    Column(N_("Unit"), lambda c: unit_word(c.unit)),
)


def difference_colour(line: CountLine):  # type: ignore[no-untyped-def]
    return BAD if line.difference < 0 else LOW if line.difference > 0 else None


class CountPage(AreaPage):
    title = N_("Stock count")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        self.form = Form()
        self.code = self.form.field(N_("Scan or type a barcode or SKU"), QLineEdit(self))
        self.code.setObjectName("count_code")
        self.code.returnPressed.connect(self.scan)
        self.qty = QSpinBox(self)
        self.qty.setRange(1, 100_000)
        self.form.field(N_("Quantity per scan"), self.qty)
        self.reason = self.form.field(N_("Reason"), QLineEdit(self))
        self.add_form(self.form)
        self.shelf_label = QLabel(self)
        self.outer.addWidget(self.shelf_label)
        self.model = RowsModel(COLUMNS, self, difference_colour)
        self.view = table_view(self.model, self)
        self.view.setObjectName("count_lines")
        self.outer.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(ActionButton(N_("Next shelf"), "F6", self.next_shelf, self))
        buttons.addWidget(ActionButton(N_("Start again"), "F7", self.start_again, self))
        self.post_button = ActionButton(N_("Post the count"), "F10", self.post, self)
        buttons.addWidget(self.post_button)
        self.outer.addLayout(buttons)
        self.finish_layout()
        self.counted: dict[str, int] = {}
        self.shelf = 1
        self.armed = False  # Start again pressed once over a count: pressed again, it goes
        self.show_shelf()

    def show_shelf(self) -> None:
        self.shelf_label.setText(tr("Shelf {n}").format(n=self.shelf))

    def scan(self) -> None:
        self.form.clear_errors()
        try:
            item = self.ops.find_item(self.code.text())
        except PosError as exc:
            self.form.error(self.code, exc.message)
            return
        self.armed = False
        self.counted[item.sku] = self.counted.get(item.sku, 0) + self.qty.value()
        self.code.clear()
        self.qty.setValue(1)
        self.model.set_rows(self.ops.count_sheet(self.counted))

    def next_shelf(self) -> None:
        self.shelf += 1
        self.show_shelf()
        self.code.setFocus()

    def start_again(self) -> None:
        """Asks first when something is counted: a stray F7 must not lose a shelf's work."""
        if self.counted and not self.armed:
            self.armed = True
            self.message.show_text(
                tr("Press Start again once more to throw away what is counted"), "error"
            )
            return
        self.clear()
        self.say(tr("Count started again"))

    def clear(self) -> None:
        self.armed = False
        self.counted = {}
        self.shelf = 1
        self.show_shelf()
        self.model.set_rows([])

    def post(self) -> None:
        self.form.clear_errors()
        if not self.counted:
            self.form.error(self.code, tr("Scan what is on the shelves first"))
            return
        if not self.reason.text().strip():
            self.form.error(self.reason, tr("Give a reason"))
            return
        self.post_button.setEnabled(False)
        self.ops.post_count(dict(self.counted), self.reason.text(), self.manager, self._posted,
                            self._refused)  # fmt: skip

    def _refused(self, error: BaseException) -> None:
        self.post_button.setEnabled(True)
        if not isinstance(error, PosError):
            raise error
        self.form.error(self.code, error.message)

    def _posted(self, moves: list[object]) -> None:
        self.post_button.setEnabled(True)
        self.clear()
        self.reason.clear()
        self.code.setFocus()  # the next shelf's first scan
        self.say(
            counted(
                len(moves), N_("Count posted: 1 adjustment"), N_("Count posted: {n} adjustments")
            )
        )
