"""Look of the counter: fonts (Devanagari included), touch sizes, colours, all scaled to the
screen.

A till's screen is 1024×768, 1366×768 or 1920×1080. The layouts are drawn for 1024×768 at
scale 1; a bigger screen gets bigger type and bigger touch targets (``scale()``), not empty
space. ``px(n)`` turns a size drawn at scale 1 into pixels on this screen.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from pos.resources import resource_path

FONTS = resource_path("fonts")
FAMILIES = ["Noto Sans", "Noto Sans Devanagari", "DejaVu Sans"]
TOUCH = 48  # px at scale 1: the smallest button a finger hits reliably
BASE = (1024, 768)  # the screen the layouts are drawn for (less a panel, still scale 1)
MAX_SCALE = 2.0
TILE_COLOURS = (
    "#2e7d32", "#1565c0", "#ad1457", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#c62828",
    "#283593", "#558b2f", "#4e342e", "#00695c",
)  # fmt: skip

_scale = 1.0


def screen_scale(width: int, height: int) -> float:
    """The scale for an available screen area: 1 up to 1024×768, then growing with the
    smaller of the two ratios (1920×1050 available → 1.37), at most ``MAX_SCALE``."""
    ratio = min(width / BASE[0], height / BASE[1])
    return round(max(1.0, min(MAX_SCALE, ratio)), 2)


def scale() -> float:
    return _scale


def px(size: float) -> int:
    """A size in pixels drawn at scale 1, on this screen."""
    return round(size * _scale)


def touch() -> int:
    return px(TOUCH)


def style() -> str:
    """The application style sheet at the current scale."""
    p = px
    return f"""
QWidget {{ font-size: {p(15)}px; }}
QPushButton {{ min-height: {touch()}px; padding: {p(2)}px {p(8)}px; border-radius: 6px;
  background: #eceff1; border: 1px solid #b0bec5; }}
QPushButton:focus {{ border: 2px solid #1565c0; }}
QPushButton:disabled {{ color: #9e9e9e; background: #f5f5f5; }}
QPushButton:checked {{ background: #1565c0; color: white; font-weight: bold; }}
QPushButton#pay {{ background: #2e7d32; color: white; font-size: {p(24)}px; font-weight: bold; }}
QPushButton#tile {{ color: white; font-weight: bold; border: none; min-height: {p(44)}px; }}
QPushButton#status_printer, QPushButton#status_sync, QPushButton#settings_button,
QPushButton#orders_button {{
  min-height: {p(30)}px; }}
QLineEdit {{ min-height: {p(36)}px; font-size: {p(18)}px; padding: 1px {p(8)}px; }}
QSpinBox, QComboBox {{ min-height: {p(36)}px; }}
QLabel#total {{ font-size: {p(40)}px; font-weight: bold; color: #1b5e20; }}
QLabel#change {{ font-size: {p(40)}px; font-weight: bold; color: #0d47a1; }}
QLabel#due {{ font-size: {p(30)}px; font-weight: bold; }}
QLabel#message {{ font-size: {p(17)}px; padding: {p(3)}px {p(8)}px; border-radius: 4px; }}
QLabel#message[level="error"] {{ background: #ffebee; color: #b71c1c; }}
QLabel#message[level="info"] {{ background: #e8f5e9; color: #1b5e20; }}
QLabel#title {{ font-size: {p(24)}px; font-weight: bold; }}
QLabel#figure {{ font-size: {p(17)}px; }}
QLabel#total_name {{ font-size: {p(24)}px; font-weight: bold; }}
QLabel#change_banner {{ font-size: {p(36)}px; font-weight: bold; color: #0d47a1;
  background: #e3f2fd; border-radius: 6px; padding: {p(2)}px {p(10)}px; }}
QLabel#printer_banner {{ font-size: {p(17)}px; font-weight: bold; color: white;
  background: #b71c1c; border-radius: 6px; padding: {p(4)}px {p(10)}px; }}
QTableView, QListView {{ font-size: {p(16)}px; }}
QStatusBar QLabel {{ padding: 0 {p(6)}px; }}
"""


def apply(app: QApplication) -> None:
    """Fonts and the style sheet, scaled to the primary screen's available area."""
    global _scale
    bundled: list[str] = []
    if FONTS.is_dir():  # fonts shipped with the app win over same-named system fonts
        for path in sorted(FONTS.glob("*.[ot]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                bundled += [
                    f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in bundled
                ]
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        _scale = screen_scale(area.width(), area.height())
    font = QFont()
    font.setFamilies(bundled + FAMILIES)
    font.setPointSizeF(11 * _scale)
    app.setFont(font)
    app.setStyleSheet(style())


def tile_colour(index: int) -> QColor:
    return QColor(TILE_COLOURS[index % len(TILE_COLOURS)])
