"""Every window on the till's screen: the counter fills the available area, and a dialog is
never taller or wider than the screen, nor placed past its edge.

``install(app)`` adds one application-wide event filter, so each dialog fits when it is shown
without every dialog class having to remember it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QWidget

FRAME_GUESS = 32  # px a window manager adds (title bar) before it has decorated the window


def available(widget: QWidget) -> QRect:
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(widget: QWidget) -> tuple[int, int]:
    """(width, height) the window manager's frame adds around the widget."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    if widget.isVisible() and extra_h > 0:
        return extra_w, extra_h
    return 0, FRAME_GUESS


def fit_to_screen(widget: QWidget) -> None:
    """Shrink a top-level window to the screen's available area and move it inside."""
    area = available(widget)
    extra_w, extra_h = frame_extra(widget)
    width = min(widget.width(), area.width() - extra_w)
    height = min(widget.height(), area.height() - extra_h)
    widget.setMaximumSize(area.width() - extra_w, area.height() - extra_h)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    x = min(max(widget.x(), area.left()), area.right() + 1 - width - extra_w)
    y = min(max(widget.y(), area.top()), area.bottom() + 1 - height - extra_h)
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)


def show_main(window: QMainWindow, *, fullscreen: bool = False) -> None:
    """Show the counter over the whole available screen (maximised, or full screen)."""
    area = available(window)
    window.setMaximumSize(16_777_215, 16_777_215)
    window.resize(area.width(), area.height() - FRAME_GUESS)
    window.move(area.topLeft())
    if fullscreen:
        window.showFullScreen()
    else:
        window.showMaximized()


class _DialogFitter(QObject):
    """Fits a dialog when it is shown, and again when it grows (a second step appears)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QDialog) and watched.isWindow():
            if kind == QEvent.Type.Show:
                fit_to_screen(watched)
            elif kind == QEvent.Type.Resize and watched.isVisible():
                dialog = watched
                QTimer.singleShot(0, dialog, lambda: fit_to_screen(dialog))
        return False


_fitter: _DialogFitter | None = None


def install(app: QApplication) -> None:
    """Fit every dialog to the screen when it is shown (once per application)."""
    global _fitter
    if _fitter is None:
        _fitter = _DialogFitter(app)
        app.installEventFilter(_fitter)


def shrinkable(widget: QWidget, min_px: int = 40) -> QWidget:
    """Let a label or button narrow below its text's width (it clips instead of pushing the
    window wider than the screen); the full text goes in the tooltip."""
    widget.setMinimumWidth(min_px)
    return widget


def fit_button(button: QWidget) -> QWidget:
    """A counter button in a row of many: shares the row's width, never widens the window."""
    return shrinkable(button, 48)


def one_line(label: QLabel) -> QLabel:
    """A message line that keeps one line's height whatever its text (no re-layout jump)."""
    label.setWordWrap(False)
    shrinkable(label, 1)
    return label
