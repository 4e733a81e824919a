"""Every window on the till's screen: the counter fills the available area, and a dialog is
never taller or wider than the screen, nor placed past its edge.

``watch(dialog)`` fits a dialog when it is shown and again when it grows; the main window
watches every dialog it opens (an application-wide filter would run Python on every event).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

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
    """Size a top-level window between what its layout needs and the screen's available area,
    and move it inside the screen."""
    area = available(widget)
    extra_w, extra_h = frame_extra(widget)
    # at least what its layout needs (an explicit minimum size would let the content overlap
    # on a bigger scale), at most the screen
    layout = widget.layout()
    needed = layout.minimumSize() if layout is not None else widget.size()
    width = min(max(widget.width(), needed.width()), area.width() - extra_w)
    tall = needed.height()
    if layout is not None and layout.hasHeightForWidth():  # wrapped text (a refusal under a
        tall = max(tall, layout.totalHeightForWidth(width))  # field) needs its lines' height
    height = min(max(widget.height(), tall), area.height() - extra_h)
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
    """Fits a dialog when it is shown, and again when it or its content grows (a second
    step appears, the UPI QR is shown)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QDialog) and watched.isWindow():
            if kind == QEvent.Type.Show:
                fit_to_screen(watched)
            elif kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and watched.isVisible():
                dialog = watched
                QTimer.singleShot(0, dialog, lambda: fit_to_screen(dialog))
        return False


_fitter: _DialogFitter | None = None


def watch(dialog: QDialog) -> QDialog:
    """Fit this dialog to the screen when it is shown and whenever it grows."""
    global _fitter
    if _fitter is None:
        _fitter = _DialogFitter(QApplication.instance())
    dialog.installEventFilter(_fitter)
    if dialog.isVisible():
        fit_to_screen(dialog)
    return dialog


def shrinkable(widget: QWidget, min_px: int = 40) -> QWidget:
    """Let a label or button narrow below its text's width (it clips instead of pushing the
    window wider than the screen); the full text goes in the tooltip."""
    widget.setMinimumWidth(min_px)
    return widget


def fit_button(button: QWidget) -> QWidget:
    """A counter button in a row of many: shares the row's width, never widens the window."""
    return shrinkable(button, 48)
