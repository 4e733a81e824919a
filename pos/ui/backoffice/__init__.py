"""The outlet's back office on screen: one page over the counter, opened by a manager with
their own PIN (even during a cashier's shift), one module per area. Esc (or "Back to the
counter") returns to the counter exactly where it was: the sale page and its cart are never
touched, the back office is only laid over them in the window's stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos.outlet.users import User
from pos.ui.backoffice.common import AreaPage
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.approval import ApprovalFields
from pos.ui.shared.dialogs import FormDialog
from pos.ui.shared.keypad import FieldKeypad
from pos.ui.shared.theme import px
from pos.ui.shared.widgets import ActionButton

WHAT = N_("opening the back office")


def areas() -> list[type[AreaPage]]:
    from pos.ui.backoffice.catalog import CatalogPage
    from pos.ui.backoffice.count import CountPage
    from pos.ui.backoffice.district import DistrictPage
    from pos.ui.backoffice.intake import IntakePage
    from pos.ui.backoffice.outlet import OutletPage
    from pos.ui.backoffice.people import PeoplePage
    from pos.ui.backoffice.receipts import ReceiptsPage
    from pos.ui.backoffice.reports import ReportsPage
    from pos.ui.backoffice.settings import SettingsPage
    from pos.ui.backoffice.shg import ShgPage
    from pos.ui.backoffice.stock import StockPage

    return [ReceiptsPage, IntakePage, StockPage, CountPage, ShgPage, ReportsPage, PeoplePage,
            CatalogPage, OutletPage, SettingsPage, DistrictPage]  # fmt: skip


class OpenBackOfficeDialog(FormDialog):
    """The manager's own name and PIN: the back office opens as that manager."""

    ok_text = "Open the back office"

    def __init__(self, ops: Operations, on_open: Callable[[User], None], parent: QWidget):
        super().__init__("Back office", parent)
        self.ops, self.on_open = ops, on_open
        self.body.addWidget(QLabel(tr("A manager opens the back office with their own PIN"),
                                   self))  # fmt: skip
        self.approval = ApprovalFields(ops, self)
        self.body.addWidget(self.approval)
        self.add_side_keypad(FieldKeypad(self, pin=True))  # digits, backspace, Enter

    def submit(self) -> None:
        self.busy()
        self.approval.approve(WHAT, self._approved, self.fail, required=True)

    def _approved(self, manager: User | None) -> None:
        if manager is None:
            return
        self.accept()
        self.on_open(manager)


class BackOfficePage(QWidget):
    """The areas on the left (Alt+1…), the open area on the right, the way back below."""

    def __init__(
        self, ops: Operations, manager: User, on_back: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backoffice")
        self.ops, self.manager, self.on_back = ops, manager, on_back
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(tr("Back office") + f" · {manager.name}", self)
        heading.setObjectName("heading")
        top.addWidget(heading, 1)
        self.back_button = ActionButton("Back to the counter", "Esc", self.back, self)
        top.addWidget(self.back_button)
        outer.addLayout(top)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        self.menu = QListWidget(self)
        self.menu.setObjectName("areas")
        self.menu.setMaximumWidth(px(210))
        self.menu.setMinimumWidth(px(170))  # the areas' names stay readable
        self.menu.setStyleSheet(f"QListWidget::item {{ min-height: {px(44)}px; }}")
        self.pages = QStackedWidget(self)
        row.addWidget(self.menu)
        row.addWidget(self.pages, 1)
        self.areas: list[AreaPage] = []
        for n, cls in enumerate(areas(), start=1):
            page = cls(ops, manager, self)
            self.areas.append(page)
            self.pages.addWidget(page)
            if n > 10:  # Alt+1 … Alt+9, then Alt+0; an area past the tenth is chosen from the list
                QListWidgetItem(tr(cls.title), self.menu)
                continue
            key = f"Alt+{n % 10}"
            QListWidgetItem(f"{tr(cls.title)}  ({key})", self.menu)
            QShortcut(QKeySequence(key), self).activated.connect(
                lambda n=n: self.menu.setCurrentRow(n - 1)
            )
        self.menu.currentRowChanged.connect(self.show_area)
        self.menu.setCurrentRow(0)

    def show_area(self, row: int) -> None:
        if row < 0:
            return
        page = self.areas[row]
        self.pages.setCurrentWidget(page)
        page.refresh()
        self.focus_area()

    def focus_area(self) -> None:
        """The keyboard in the open area's first field (not in the list of areas, whose
        type-to-find would jump to another area on the first letter)."""
        page = self.pages.currentWidget()
        field = page.first_field() if isinstance(page, AreaPage) else None
        (field or self.menu).setFocus()

    def area(self, cls: type[AreaPage]) -> AreaPage:
        return next(a for a in self.areas if isinstance(a, cls))

    def open_area(self, cls: type[AreaPage]) -> AreaPage:
        self.menu.setCurrentRow(self.areas.index(self.area(cls)))
        return self.area(cls)

    def back(self) -> None:
        self.on_back()
