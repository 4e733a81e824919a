"""A printable Document (``pos.printing.documents.document``) laid out on screen: the Z the cashier
sees is the very report the printer and the PDF get, built once as data.

Text and key/value rows become labels (the report's English labels in the screen's language,
see ``pos.ui.language.report_words``), tables become read-only grids, rules become lines;
the paper-only blocks (cut, feed, signature lines) are left out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.printing.documents.document import Document, Row, Rule, Table, Text
from pos.printing.documents.report_docs import both
from pos.ui.language.i18n import tr
from pos.ui.shared.theme import px

SIZES = {"small": 13, "normal": 15, "large": 20}


def _align(align: str) -> Qt.AlignmentFlag:
    return {
        "left": Qt.AlignmentFlag.AlignLeft,
        "right": Qt.AlignmentFlag.AlignRight,
        "center": Qt.AlignmentFlag.AlignHCenter,
    }.get(align, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter


def _words(text: str) -> str:
    """A report's label in the screen's language: a label the paper prints in both languages
    ("Sales / बिक्री", ``report_docs.both``) shows one; other text is translated if it can be."""
    english, bilingual, _hindi = text.partition(" / ")
    if bilingual and text == both(english):
        return tr(english)
    return tr(text)


def _label(text: str, align: str, bold: bool, size: str, parent: QWidget) -> QLabel:
    label = QLabel(_words(text), parent)  # a report's English label in the screen's language
    label.setAlignment(_align(align))
    label.setWordWrap(True)
    weight = "bold" if bold else "normal"
    label.setStyleSheet(f"font-size: {px(SIZES.get(size, 15))}px; font-weight: {weight};")
    return label


def _table(table: Table, parent: QWidget) -> QTableWidget:
    rows = [*table.rows, *([table.total] if table.total else [])]
    grid = QTableWidget(len(rows), len(table.headers), parent)
    grid.setHorizontalHeaderLabels([_words(h) for h in table.headers])
    grid.verticalHeader().hide()
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = grid.horizontalHeader()
    for column, weight in enumerate(table.weights):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        _ = weight
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(_words(text))
            item.setTextAlignment(_align(table.aligns[c] if c < len(table.aligns) else "left"))
            if table.total and r == len(rows) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            grid.setItem(r, c, item)
    grid.resizeRowsToContents()
    height = grid.horizontalHeader().height() + sum(grid.rowHeight(r) for r in range(len(rows)))
    grid.setFixedHeight(height + 4)
    return grid


class DocumentView(QScrollArea):
    """A read-only, scrolling view of one Document."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWidgetResizable(True)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setSpacing(px(4))
        for block in document.blocks:
            if isinstance(block, Text):
                column.addWidget(_label(block.text, block.align, block.bold, block.size, inner))
            elif isinstance(block, Row):
                line = QGridLayout()
                for n, (cell, weight) in enumerate(zip(block.cells, block.weights, strict=False)):
                    align = block.aligns[n] if n < len(block.aligns) else "left"
                    line.addWidget(_label(cell, align, block.bold, block.size, inner), 0, n)
                    line.setColumnStretch(n, weight)
                column.addLayout(line)
            elif isinstance(block, Rule):
                rule = QFrame(inner)
                rule.setFrameShape(QFrame.Shape.HLine)
                rule.setLineWidth(2 if block.heavy else 1)
                column.addWidget(rule)
            elif isinstance(block, Table):
                if block.title:
                    column.addWidget(_label(block.title, "left", True, "normal", inner))
                column.addWidget(_table(block, inner))
        column.addStretch(1)
        self.setWidget(inner)

    def texts(self) -> list[str]:
        """Every text shown, in order (for tests and for reading aloud)."""
        out: list[str] = []
        for widget in self.widget().findChildren(QLabel):
            out.append(widget.text())
        for grid in self.widget().findChildren(QTableWidget):
            out += [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
            out += [
                grid.item(r, c).text()
                for r in range(grid.rowCount())
                for c in range(grid.columnCount())
                if grid.item(r, c) is not None
            ]
        return out
