"""Search results and a category's products as finger-sized tiles: two (or more) to a row,
each with both names, the price, the SKU and the stock on hand (ItemsModel + NameDelegate)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyleOptionViewItem, QWidget

from pos.ui.shared.models import NameDelegate

TILE_HEIGHT = 60  # a fingertip with a margin (Android and Apple both ask for >= 48 px)
TILE_MIN_WIDTH = 260


class TileDelegate(NameDelegate):
    """Each tile fills its grid cell (less the spacing), whatever its text measures."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        # The icon-mode style highlights only a text box (empty here): fill the whole tile.
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        super().paint(painter, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        view = self.parent()
        if isinstance(view, QListView) and view.gridSize().isValid():
            return view.gridSize() - QSize(4, 4)
        return super().sizeHint(option, index)


class ResultsView(QListView):
    """A wrapping grid of product tiles that re-divides its width when resized."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setItemDelegate(TileDelegate(self))
        self.setStyleSheet("QListView#results::item { border: 1px solid #cfd8dc; }")
        self._fit()

    def _fit(self) -> None:
        width = max(1, self.viewport().width() - 6)
        columns = max(1, width // TILE_MIN_WIDTH)
        self.setGridSize(QSize(width // columns, TILE_HEIGHT + 4))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()
