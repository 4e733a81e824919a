"""Devanagari, ₹ and graphics drawn by Qt (QtGui only: QTextLayout and QPainter on a QImage).

Thermal printers have no Devanagari code page, so any line that is not plain ASCII is drawn
here with the bundled fonts (HarfBuzz shapes conjuncts such as र्व, ग्व, क्स) and sent as a
1-bit raster at the printer's width in dots (384 for 58 mm, 576 for 80 mm).

Qt needs a QGuiApplication before it draws text; ``ensure_qt()`` makes an offscreen one when
the process has none (the CLI, the tests). Drawing on a QImage is safe outside the GUI thread,
which lets the print service render in its worker.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QTextLayout,
    QTextOption,
)

from pos.errors import PosError
from pos.printing.render.columns import row_plan, split_widths
from pos.resources import resource_path


def _font_dir() -> Path:
    """resources/fonts (beside the source tree or in the bundle: pos.resources), or
    $POS_FONT_DIR."""
    if os.environ.get("POS_FONT_DIR"):
        return Path(os.environ["POS_FONT_DIR"])
    return resource_path("fonts")


FONT_DIR = _font_dir()
FONT_FILES = (
    "SarvNotoSans-Regular.ttf",
    "SarvNotoSans-Bold.ttf",
    "SarvNotoSansDevanagari-Regular.ttf",
    "SarvNotoSansDevanagari-Bold.ttf",
)
# Private family names (see resources/fonts/make_fonts.py): no system font can take over.
LATIN_FAMILY = "Sarv Noto Sans"
DEVANAGARI_FAMILY = "Sarv Noto Sans Devanagari"
PIXEL_SIZES = {"small": 19, "normal": 24, "large": 34}
CHAR_DOTS = 12  # a printer font A character: the unit of the shared column layout
THRESHOLD = 140  # grey levels below this become a printed dot

_lock = threading.Lock()
_fonts_loaded = False
_app: QGuiApplication | None = None
_INK_LUT = [0 if level >= THRESHOLD else 255 for level in range(256)]


def ensure_qt() -> None:
    """A QGuiApplication (offscreen when there is no screen) and the bundled fonts, once."""
    global _app, _fonts_loaded
    with _lock:
        if QGuiApplication.instance() is None:
            if threading.current_thread() is not threading.main_thread():
                raise PosError("printing needs Qt started on the main thread first")
            if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            _app = QGuiApplication([])
        if not _fonts_loaded:
            for name in FONT_FILES:
                if QFontDatabase.addApplicationFont(str(FONT_DIR / name)) < 0:
                    raise PosError(f"the bundled font {FONT_DIR / name} is missing or damaged")
            _fonts_loaded = True


def make_font(size: str, bold: bool) -> QFont:
    font = QFont()
    font.setFamilies([LATIN_FAMILY, DEVANAGARI_FAMILY])
    font.setPixelSize(PIXEL_SIZES[size])
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    # Same shapes on every machine: no hinting, no sub-pixel tricks.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.NoSubpixelAntialias)
    return font


_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}


def _layout(text: str, font: QFont, width: int, align: str) -> tuple[QTextLayout, int]:
    layout = QTextLayout(text, font)
    option = QTextOption(_ALIGN[align])
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, int(y + 0.999)


def _fitting(font: QFont, text: str, room: int) -> QFont:
    """A figure or other word never breaks inside (a cell wraps at its spaces only): a smaller
    size of the font while its widest word is too wide (not below 12 px)."""
    words = text.split()
    if not words:
        return font

    def widest(f: QFont) -> float:  # in fractions of a dot: a word exactly as wide wraps
        metrics = QFontMetricsF(f)
        return max(metrics.horizontalAdvance(word) for word in words)

    advance = widest(font)
    if advance <= room:
        return font
    smaller = QFont(font)
    size = max(12, int(font.pixelSize() * room / advance))
    smaller.setPixelSize(size)
    while size > 12 and widest(smaller) > room:  # the advance is not quite proportional
        size -= 1
        smaller.setPixelSize(size)
    return smaller


Painter = Callable[[QPainter, int], None]


@dataclass(frozen=True)
class _Item:
    height: int
    paint: Painter


class RasterStrip:
    """Items stacked top to bottom, ``width`` dots wide, then made 1-bit."""

    def __init__(self, width: int) -> None:
        ensure_qt()
        self.width = width
        self._items: list[_Item] = []

    def __bool__(self) -> bool:
        return bool(self._items)

    def add_text(
        self, text: str, align: str = "left", bold: bool = False, size: str = "normal"
    ) -> None:
        layout, height = _layout(text, make_font(size, bold), self.width, align)
        self._items.append(_Item(height, lambda p, y: layout.draw(p, QPointF(0, y))))

    def add_row(
        self,
        cells: tuple[str, ...],
        weights: tuple[int, ...],
        aligns: tuple[str, ...],
        bold: bool = False,
        size: str = "normal",
    ) -> None:
        columns = self.width // CHAR_DOTS // (2 if size == "large" else 1)
        plan = row_plan(cells, weights, aligns, columns)
        if len(plan) == 1:
            self._add_band(cells, weights, aligns, bold, size)
            return
        for band in plan:  # it does not fit on one line: the bands the text printer uses
            widths = tuple(slot.width + (1 if slot.start else 0) for slot in band)
            self._add_band(tuple(slot.text for slot in band), widths,
                           tuple(slot.align for slot in band), bold, size)  # fmt: skip

    def _add_band(
        self,
        cells: tuple[str, ...],
        weights: tuple[int, ...],
        aligns: tuple[str, ...],
        bold: bool,
        size: str,
    ) -> None:
        font = make_font(size, bold)
        gap = 6
        laid: list[tuple[QTextLayout, int]] = []
        x = 0
        height = 0
        widths = split_widths(self.width, weights)
        for cell, width, align in zip(cells, widths, aligns, strict=True):
            room = max(width - gap, 8)
            layout, cell_height = _layout(cell, _fitting(font, cell, room), room, align)
            pad = gap if align == "right" else 0
            laid.append((layout, x + pad))
            height = max(height, cell_height)
            x += width

        def paint(p: QPainter, y: int) -> None:
            for layout, left in laid:
                layout.draw(p, QPointF(left, y))

        self._items.append(_Item(height, paint))

    def add_rule(self, heavy: bool = False) -> None:
        thickness = 3 if heavy else 1

        def paint(p: QPainter, y: int) -> None:
            p.fillRect(QRectF(0, y + 6, self.width, thickness), QColor(0, 0, 0))

        self._items.append(_Item(12 + thickness, paint))

    def add_gap(self, height: int) -> None:
        self._items.append(_Item(height, lambda p, y: None))

    def add_qr(self, data: str) -> None:
        import qrcode  # type: ignore[import-untyped]

        # A fixed mask: the search for the "best" of eight masks costs 40 ms and any mask
        # is a valid QR code.
        code = qrcode.QRCode(
            box_size=1,
            border=0,
            error_correction=qrcode.constants.ERROR_CORRECT_M,
            mask_pattern=2,
        )
        code.add_data(data)
        code.make(fit=True)
        matrix = code.get_matrix()
        box = 6 if self.width >= 576 else 5
        side = len(matrix) * box
        left = (self.width - side) // 2
        quiet = 4 * box

        def paint(p: QPainter, y: int) -> None:
            black = QColor(0, 0, 0)
            for r, row in enumerate(matrix):
                for c, dark in enumerate(row):
                    if dark:
                        p.fillRect(left + c * box, y + quiet + r * box, box, box, black)

        self._items.append(_Item(side + 2 * quiet, paint))

    def add_ean13(self, digits: str) -> None:
        from pos.printing.documents.labels import ean13_modules

        modules = ean13_modules(digits)
        unit = 3 if self.width >= 384 else 2
        bars_height = 90
        left = (self.width - len(modules) * unit) // 2
        font = make_font("small", False)
        caption, caption_height = _layout(digits, font, self.width, "center")

        def paint(p: QPainter, y: int) -> None:
            black = QColor(0, 0, 0)
            for i, bit in enumerate(modules):
                if bit == "1":
                    p.fillRect(left + i * unit, y, unit, bars_height, black)
            caption.draw(p, QPointF(0, y + bars_height + 2))

        self._items.append(_Item(bars_height + 2 + caption_height, paint))

    def render(self) -> QImage:
        """The strip as an 8-bit grey image (white paper, black ink)."""
        height = max(1, sum(item.height for item in self._items))
        image = QImage(self.width, height, QImage.Format.Format_Grayscale8)
        image.fill(QColor(255, 255, 255))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.setPen(QColor(0, 0, 0))
            y = 0
            for item in self._items:
                item.paint(painter, y)
                y += item.height
        finally:
            painter.end()
        return image

    def to_bits(self) -> Image.Image:
        """The strip as a mode "1" image whose set bits are printed dots (GS v 0 order)."""
        grey = self.render()
        data = bytes(grey.constBits())
        pil = Image.frombuffer(
            "L", (grey.width(), grey.height()), data, "raw", "L", grey.bytesPerLine(), 1
        )
        return pil.point(_INK_LUT, "1")
