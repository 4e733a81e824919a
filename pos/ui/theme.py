"""Look of the counter: fonts (Devanagari included), touch sizes, colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from pos.resources import resource_path

FONTS = resource_path("fonts")
FAMILIES = ["Noto Sans", "Noto Sans Devanagari", "DejaVu Sans"]
TOUCH = 48  # px: the smallest button a finger hits reliably
TILE_COLOURS = (
    "#2e7d32", "#1565c0", "#ad1457", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#c62828",
    "#283593", "#558b2f", "#4e342e", "#00695c",
)  # fmt: skip

STYLE = f"""
QWidget {{ font-size: 15px; }}
QPushButton {{ min-height: {TOUCH}px; padding: 4px 10px; border-radius: 6px;
  background: #eceff1; border: 1px solid #b0bec5; }}
QPushButton:focus {{ border: 2px solid #1565c0; }}
QPushButton:disabled {{ color: #9e9e9e; background: #f5f5f5; }}
QPushButton:checked {{ background: #1565c0; color: white; font-weight: bold; }}
QPushButton#pay {{ background: #2e7d32; color: white; font-size: 24px; font-weight: bold; }}
QPushButton#tile {{ color: white; font-weight: bold; border: none; }}
QLineEdit {{ min-height: 40px; font-size: 18px; padding: 2px 8px; }}
QLabel#total {{ font-size: 40px; font-weight: bold; color: #1b5e20; }}
QLabel#change {{ font-size: 40px; font-weight: bold; color: #0d47a1; }}
QLabel#due {{ font-size: 30px; font-weight: bold; }}
QLabel#message {{ font-size: 17px; padding: 4px 8px; border-radius: 4px; }}
QLabel#message[level="error"] {{ background: #ffebee; color: #b71c1c; }}
QLabel#message[level="info"] {{ background: #e8f5e9; color: #1b5e20; }}
QLabel#title {{ font-size: 24px; font-weight: bold; }}
QTableView, QListView {{ font-size: 16px; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


def apply(app: QApplication) -> None:
    bundled: list[str] = []
    if FONTS.is_dir():  # fonts shipped with the app win over same-named system fonts
        for path in sorted(FONTS.glob("*.[ot]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                bundled += [
                    f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in bundled
                ]
    font = QFont()
    font.setFamilies(bundled + FAMILIES)
    font.setPointSize(11)
    app.setFont(font)
    app.setStyleSheet(STYLE)


def tile_colour(index: int) -> QColor:
    return QColor(TILE_COLOURS[index % len(TILE_COLOURS)])
