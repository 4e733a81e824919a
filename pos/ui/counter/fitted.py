"""Text that fits its widget at 1024 px: category tiles that wrap to two lines (and take
smaller type, never below ``MIN_TILE_PX``) and status-bar parts that elide whole with "…"
(the full text in the tooltip), never a word cut mid-way by the widget's edge."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QStyleOptionButton, QStylePainter

from pos.ui.shared.theme import px

TILE_PX = 15  # the tile's type at scale 1 (the application's size)
MIN_TILE_PX = 12  # px at scale 1: smaller is hard to read at arm's length on a till
TILE_PAD = 8  # px each side inside a tile (theme.style's QPushButton padding)


def two_lines(text: str, metrics: QFontMetrics) -> str:
    """The text split at the space that makes its longer line shortest ("COVID-19\\nkits")."""
    words = text.split()
    if len(words) < 2:
        return text
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(
        splits, key=lambda s: max(metrics.horizontalAdvance(s[0]), metrics.horizontalAdvance(s[1]))
    )
    return f"{first}\n{second}"


def lines_fit(text: str, metrics: QFontMetrics, width: int) -> bool:
    return all(metrics.horizontalAdvance(line) <= width for line in text.split("\n"))


def tile_layout(name: str, font: QFont, width: int) -> tuple[str, int]:
    """(the text to show, its pixel size) for a category name in a tile whose text area is
    ``width`` px: one line, else two lines, each at the tile's size and then smaller down to
    ``MIN_TILE_PX``; a name that fits none of them is elided with "…" at the smallest."""
    smallest = px(MIN_TILE_PX)
    for size in range(px(TILE_PX), smallest - 1, -1):
        sized = QFont(font)
        sized.setPixelSize(size)
        metrics = QFontMetrics(sized)
        for text in (name, two_lines(name, metrics)):
            if lines_fit(text, metrics, width):
                return text, size
    sized = QFont(font)
    sized.setPixelSize(smallest)
    metrics = QFontMetrics(sized)
    lines = two_lines(name, metrics).split("\n")
    elided = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
    return "\n".join(elided), smallest


class CategoryTile(QPushButton):
    """A category tile: shows ``name`` wrapped and sized to fit the tile (``text()`` is what
    it shows, ``name`` the category's full name, also in the tooltip)."""

    def __init__(self, background: str, parent: QPushButton | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.background = background
        self.name = ""
        self.pixel_size = px(TILE_PX)
        self._apply_style()

    def _apply_style(self) -> None:
        self.setStyleSheet(f"background: {self.background}; font-size: {self.pixel_size}px;")

    def set_name(self, name: str) -> None:
        self.name = name
        if self.isVisible():
            self.refit()
        else:  # laid out when shown: its resize fits it then
            self.setText(name)

    def text_width(self) -> int:
        return max(1, self.width() - 2 * px(TILE_PAD) - 4)

    def refit(self) -> None:
        text, size = tile_layout(self.name, self.font(), self.text_width())
        if size != self.pixel_size:
            self.pixel_size = size
            self._apply_style()
        if text != self.text():
            self.setText(text)

    def sizeHint(self) -> QSize:
        # the grid shares the row's width equally: the name's length never widens a column
        hint = super().sizeHint()
        return QSize(px(48), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(px(48), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()


class Elided:
    """What the status bar's labels and buttons share: ``most`` caps the width they ask for (a
    long sync line takes no more than its share), ``full_width`` is what shows all of it."""

    most: int | None = None  # px; None: the whole text's width

    def capped(self, hint: QSize) -> QSize:
        return hint if self.most is None else QSize(min(hint.width(), self.most), hint.height())


class ElidedLabel(Elided, QLabel):
    """A status-bar label: narrower than its text, it shows the text cut at a whole character
    with "…" (``text()`` stays the full text, which is also its tooltip)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        return self.capped(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def full_width(self) -> int:
        return QLabel.sizeHint(self).width()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())


class ElidedButton(Elided, QPushButton):
    """A flat status-bar button (printer, sync) that elides its text like ``ElidedLabel``."""

    def sizeHint(self) -> QSize:
        return self.capped(super().sizeHint())

    def full_width(self) -> int:
        return QPushButton.sizeHint(self).width()

    def shown_text(self) -> str:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        area = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, area.width())

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)
