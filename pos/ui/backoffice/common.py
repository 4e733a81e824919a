"""What every back-office area shares: a table model over the domain's frozen dataclasses,
forms whose refusals show at the field, and a page with a busy bar for long work."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.amounts.money import format_paise
from pos.errors import CatalogImportError, PosError
from pos.outlet.users import User
from pos.ui.language.i18n import N_, tr, tr_error
from pos.ui.operations import Operations
from pos.ui.shared.theme import px
from pos.ui.shared.widgets import Message

Index = QModelIndex | QPersistentModelIndex
FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox)  # what a hand types or chooses in
LOW = QColor("#fde2c8")  # low stock, near expiry: the rows to look at first
BAD = QColor("#f8c9c9")  # sold beyond stock, expired


# a date as written in India, day first: 30-11-2026, 30/11/2026, 30.11.26 (then a time)
DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T]+(\d{1,2}:\d{2}))?")


def typed_date(text: str) -> str:
    """A date (or date and time) as typed, day first ("1-12-2026 9:00") in the stored form
    ("2026-12-01T09:00"); any other text as it is (the domain accepts 2026-12-01 or refuses
    it with its own message)."""
    cleaned = text.strip()
    found = DAY_FIRST.fullmatch(cleaned)
    if found is None:
        return cleaned
    day, month, year, time = found.groups()
    year = year if len(year) == 4 else f"20{year}"
    shown = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    if time:
        hour, minute = time.split(":")
        shown += f"T{int(hour):02d}:{minute}"
    return shown


class DateField(QLineEdit):
    """A date typed the way people write it (30-11-2026, 30/11/2026) or as 2026-11-30:
    ``text()`` gives the stored form, so every reader of the field gets 2026-11-30."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 with_time: bool = False) -> None:  # fmt: skip
        super().__init__(text, parent)
        example = "30-11-2026 09:00" if with_time else "30-11-2026"
        self.setPlaceholderText(tr("like {example}").format(example=example))

    def text(self) -> str:  # type: ignore[override]
        return typed_date(super().text())


def counted(n: int, one: str, many: str) -> str:
    """ "1 product" or "3 products": ``one`` and ``many`` (with {n}) marked with N_."""
    return tr(one) if n == 1 else tr(many).format(n=n)


def bad_rows(error: CatalogImportError) -> list[str]:
    """A refused file's bad rows, one line each by its line in the file, in the user's
    language."""
    return [tr("Row {n}").format(n=n) + f": {tr_error(why)}" for n, why in error.problems]


def bad_rows_head(error: CatalogImportError) -> str:
    """ "Nothing imported: 3 bad rows" (singular for one), in the user's language."""
    return counted(len(error.problems), N_("Nothing imported: 1 bad row"),
                   N_("Nothing imported: {n} bad rows"))  # fmt: skip


@dataclass(frozen=True)
class Column:
    title: str  # marked with N_, translated when shown
    value: Callable[[Any], Any]
    money: bool = False  # int paise shown as rupees, right-aligned

    def text(self, row: Any) -> str:
        value = self.value(row)
        if self.money:
            return format_paise(int(value))
        return "" if value is None else str(value)


class RowsModel(QAbstractTableModel):
    """Rows of one frozen dataclass type, in named columns (after Vorta's table models).
    ``Qt.UserRole`` gives the row object; ``highlight(row)`` may colour a row."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        highlight: Callable[[Any], QColor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Any] = []
        self.highlight = highlight

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.money:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight is not None:
            return self.highlight(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.columns[section].title)
        return None


def table_view(model: Any, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if not isinstance(model, RowsModel):  # a proxy: click a heading to sort
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().setDefaultSectionSize(px(36))  # finger-sized rows
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    # columns as wide as their text each time the rows change (Qt looks at 1000 rows at most)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


def selected(view: QTableView) -> Any:
    """The row object of the view's current row (through any proxy), or None."""
    index = view.currentIndex()
    return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None


Fetch = Callable[[str, str, int, Callable[[Any], None], Callable[[BaseException], None]], None]


class Pager(QObject):
    """A long list a page at a time (a 100,000-product outlet): the first page when the area
    opens or the filter changes (after a pause in typing), the next one when the view is
    scrolled to its end. ``fetch(text, after_key, limit, on_done, on_error)`` runs on the
    long-work runner; ``key(row)`` is what the next page starts after."""

    PAGE = 200

    def __init__(
        self, page: AreaPage, model: RowsModel, view: QTableView, fetch: Fetch,
        key: Callable[[Any], str],
    ) -> None:  # fmt: skip
        super().__init__(page)
        self.page, self.model, self.view, self.fetch, self.key = page, model, view, fetch, key
        self.text = ""
        self.loading = False
        self.complete = False
        self.did_load: Callable[[], None] = lambda: None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.reload)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)

    def set_text(self, text: str) -> None:
        self.text = text
        self.timer.start()

    def reload(self) -> None:
        self.timer.stop()
        self.complete = False
        self._load("", first=True)

    def _load(self, after: str, *, first: bool = False) -> None:
        self.loading = True
        self.page.busy_bar.show()
        text = self.text

        def done(rows: list[Any]) -> None:
            self.loading = False
            self.page.busy_bar.hide()
            if text != self.text:  # typed on meanwhile: its own load follows
                return
            self.complete = len(rows) < self.PAGE
            if first:
                self.model.set_rows(rows)
            else:
                self.model.append_rows(rows)
            self.did_load()

        def failed(error: BaseException) -> None:
            self.loading = False
            self.page.fail(error)

        self.fetch(text, after, self.PAGE, done, failed)

    def _scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        at_end = value >= bar.maximum() - 2
        if at_end and self.model.rows and not self.loading and not self.complete:
            self._load(self.key(self.model.rows[-1]))


class Form(QFormLayout):
    """A form whose refusals show under the field they are about, in the user's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a narrow column (the catalog beside its list at 1024 px, Hindi labels) puts the
        # field under its label instead of pushing it out of sight
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors: dict[QWidget, QLabel] = {}
        self.boxes: dict[QWidget, QWidget] = {}

    def field(self, label: str, widget: QWidget) -> QWidget:
        if isinstance(widget, QComboBox):  # as narrow as the column: its longest choice may
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(12)  # be elided, never clipped off the screen
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(box)
        error.setObjectName("field_error")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[widget] = error
        self.boxes[widget] = box
        self.addRow(tr(label), box)
        return widget

    def show_field(self, widget: QWidget, visible: bool) -> None:
        """Show or hide a field with its label (fields that do not apply are not shown)."""
        self.setRowVisible(self.boxes[widget], visible)

    def error(self, widget: QWidget, message: str) -> None:
        """Show ``message`` (a domain refusal or a tr() text) under ``widget``, focus it."""
        label = self.errors[widget]
        label.setText(tr_error(message))
        label.show()
        widget.setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def error_text(self, widget: QWidget) -> str:
        label = self.errors[widget]
        return label.text() if label.isVisibleTo(label.parentWidget()) else ""


def form_scroll(parent: QWidget) -> tuple[QScrollArea, QWidget]:
    """A scroll area for a long form and the widget inside it for the form: it scrolls up and
    down only, the form as wide as the area (nothing off its right edge)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner = QWidget(scroll)
    return scroll, inner


class AreaPage(QWidget):
    """One area of the back office: a message line, a busy bar, and the acting manager."""

    title = ""  # N_("…") in each area
    key = ""  # its key in the back office (Alt+letter)
    save_folder: Path | None = None  # where the last document was saved (this session)
    document_view: Any = None  # the document shown beside a list (a DocumentView), or None

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.manager = ops, manager
        self.outer = QVBoxLayout(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy")
        self.busy_bar.setRange(0, 0)  # busy: the work reports no steps
        self.busy_bar.setMaximumHeight(px(10))
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.message = Message(self)

    def add_form(
        self, form: QLayout, *, keypad: bool = True, receipt: bool = False, pin: bool = False
    ) -> None:
        """The area's form with the on-screen keypad beside it (it types into the focused
        field), so a touch-only till can finish the task; ``pin``: a PIN pad (no "." or
        "00")."""
        row = QHBoxLayout()
        row.addLayout(form, 3)
        self.outer.addLayout(row)  # first: the keypad looks for the fields among its children
        if keypad:
            from pos.ui.shared.keypad import FieldKeypad

            pad = FieldKeypad(self, receipt=receipt, pin=pin)
            row.addWidget(pad, 1)

    def finish_layout(self) -> None:
        self.outer.addWidget(self.busy_bar)
        self.outer.addWidget(self.message)

    def long(self, start: Callable[[Callable[[Any], None], Callable[[BaseException], None]],
                                   None], done: Callable[[Any], None]) -> None:  # fmt: skip
        """Run a long operation with the busy bar shown until it answers."""
        self.busy_bar.show()
        self.message.clear_text()

        def finished(result: Any) -> None:
            self.busy_bar.hide()
            done(result)

        start(finished, self.fail)

    def fail(self, error: BaseException) -> None:
        self.busy_bar.hide()
        if not isinstance(error, PosError):
            raise error
        if isinstance(error, CatalogImportError):  # its rows, each in the user's language
            rows = bad_rows(error)
            self.message.show_text("\n".join([bad_rows_head(error), *rows[:5]]), "error")
            return
        self.message.show_text(error.message, "error")

    def say(self, text: str) -> None:
        self.message.show_text(text)

    def refresh(self) -> None:
        """Load what the area shows (called when it is opened and after a change)."""

    def first_field(self) -> QWidget | None:
        """Where the keyboard goes when the area opens: its first field to type in (an area
        may name another), so typed keys never land in the list of areas."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (self.isAncestorOf(widget) and isinstance(widget, FIELDS)
                    and widget.isVisibleTo(self) and widget.isEnabled()):  # fmt: skip
                return widget
            widget = widget.nextInFocusChain()
        return None

    def put_document(self, holder: QWidget, document: Any, name: str) -> None:
        """Show ``document`` (as it prints) in ``holder``, in place of the one shown."""
        from pos.ui.counter.report_view import DocumentView

        self.drop_document()
        self.document_view = DocumentView(document, holder)
        self.document_view.setObjectName(name)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(self.document_view)

    def drop_document(self) -> None:
        """No document shown: the list it came from has changed and holds nothing."""
        if self.document_view is not None:
            self.document_view.hide()
            self.document_view.deleteLater()
            self.document_view = None

    def ask_save_path(self, suggested: str, pattern: str) -> Path | None:
        """Where to save a document: asked in the folder last saved to, at first the user's
        Documents (never the folder the app was started from, which holds its program)."""
        folder = AreaPage.save_folder or documents_folder()
        name, _ = QFileDialog.getSaveFileName(self, tr("Save as"), str(folder / suggested),
                                              pattern)  # fmt: skip
        if not name:
            return None
        AreaPage.save_folder = Path(name).parent
        return Path(name)


def documents_folder() -> Path:
    """The user's Documents folder (made if missing), else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder
