"""Qt models over the domain's dataclasses (after Vorta's table models: named columns)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pos.amounts.money import format_rupees
from pos.products.catalog import Item
from pos.selling.sales import CartLine
from pos.ui.language.i18n import N_, item_names, tr

Index = QModelIndex | QPersistentModelIndex
_NO = QModelIndex()


class CartModel(QAbstractTableModel):
    """The lines of the cart in progress; the screen replaces lines, the model repaints rows."""

    COLUMNS = ("item", "qty", "price", "discount", "amount")
    HEADERS = (N_("Item"), N_("Qty"), N_("Price"), N_("Discount"), N_("Amount"))

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.lines: list[CartLine] = []
        self.language = language

    def rowCount(self, parent: Index = _NO) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = _NO) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "item":
                primary, secondary = item_names(line.item.name_en, line.item.name_hi, self.language)
                return f"{primary}\n{secondary}" if secondary else primary
            if column == "qty":
                unit = line.item.unit
                return str(line.qty) if unit == "pc" else f"{line.qty} {unit}"
            if column == "price":
                return format_rupees(line.unit_price_paise)
            if column == "discount":
                return format_rupees(-line.discount_paise) if line.discount_paise else ""
            if column == "amount":
                return format_rupees(line.gross_paise)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "item":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{line.item.sku} · HSN {line.item.hsn}"
        return None

    # -- changes (each repaints only what changed)

    def set_lines(self, lines: list[CartLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def append(self, line: CartLine) -> int:
        row = len(self.lines)
        self.beginInsertRows(_NO, row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def replace(self, row: int, line: CartLine) -> None:
        self.lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove(self, row: int) -> CartLine:
        self.beginRemoveRows(_NO, row, row)
        line = self.lines.pop(row)
        self.endRemoveRows()
        return line

    def row_of_product(self, product_id: int) -> int | None:
        for row, line in enumerate(self.lines):
            plain = not line.discount_paise and line.unit_price_paise == line.item.mrp_paise
            if line.item.product_id == product_id and plain:
                return row
        return None


class ItemsModel(QAbstractListModel):
    """Search results or a category's products."""

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.items: list[Item] = []
        self.stock: dict[int, int] = {}  # units on hand by product id, when known
        self.language = language

    def rowCount(self, parent: Index = _NO) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # two lines for NameDelegate, a finger high
            primary, secondary = item_names(item.name_en, item.name_hi, self.language)
            price = format_rupees(item.mrp_paise) + ("" if item.unit == "pc" else f"/{item.unit}")
            stock = self.stock.get(item.product_id)
            held = "" if stock is None else f"   ·  {tr('in stock')}: {stock}"
            return f"{primary}   {price}\n{secondary}{held}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.name_en} / {item.name_hi}  [{item.sku}]"
        return None

    def set_items(self, items: list[Item], stock: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.stock = stock or {}
        self.endResetModel()


class NameDelegate(QStyledItemDelegate):
    """Paints "primary\\nsecondary" names: the user's language first, the other smaller."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        primary, _, secondary = str(text).partition("\n")
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(6, 2, -4, -2)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.highlightedText().color() if selected else QColor("#212121"))
        top = rect.adjusted(0, 0, 0, -rect.height() // 2 if secondary else 0)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, int(flags), primary)
        if secondary:
            small = QFont(option.font)
            if option.font.pixelSize() > 0:  # sizes from the style sheet are in pixels
                small.setPixelSize(round(option.font.pixelSize() * 0.85))
            else:
                small.setPointSizeF(option.font.pointSizeF() * 0.85)
            painter.setFont(small)
            painter.setPen(
                option.palette.highlightedText().color() if selected else QColor("#616161")
            )
            painter.drawText(rect.adjusted(0, rect.height() // 2, 0, 0), int(flags), secondary)
        painter.restore()
