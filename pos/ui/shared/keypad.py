"""Touch input for dialogs: one keypad that types into whichever field of its dialog has the
focus (an amount, a PIN, a receipt number), and buttons offering the common reasons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pos.ui.language.i18n import tr
from pos.ui.shared.widgets import Keypad

RECEIPT_KEYS = [["7", "8", "9", "⌫"], ["4", "5", "6", "C"], ["1", "2", "3", "-"], ["0", "R"]]


class FieldKeypad(Keypad):
    """A keypad that follows the focus between the line edits of ``dialog``; with
    ``receipt=True`` it also has ``-`` and ``R`` (return receipts: ``G01A-R2627-00001``);
    with ``pin=True`` it is a PIN pad: digits, backspace and, in a dialog with an OK button,
    Enter (it does what Enter does in the focused field)."""

    def __init__(self, dialog: QWidget, *, receipt: bool = False, pin: bool = False) -> None:
        first = next((e for e in dialog.findChildren(QLineEdit) if e.isEnabled()), None)
        enter = self._enter if pin and hasattr(dialog, "ok_button") else None
        super().__init__(first or QLineEdit(dialog), dialog, pin=pin, on_enter=enter)
        self.dialog = dialog
        if receipt:  # the amount keys' "." and "00" become "-" and "R"
            grid = self.layout()
            assert isinstance(grid, QGridLayout)
            for old, new in ((".", "-"), ("00", "R")):
                button = self.findChild(QPushButton, f"key_{old}")
                if button is not None:
                    button.setText(new)
                    button.setObjectName(f"key_{new}")
                    button.clicked.disconnect()
                    button.clicked.connect(lambda _=False, k=new: self.press(k))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)  # Qt disconnects it when self goes

    def _enter(self) -> None:
        """Enter, as if typed in the focused field: the field acts on it, else its dialog."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(self.target, event)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            if isinstance(new, QAbstractSpinBox) and self.dialog.isAncestorOf(new):
                new = new.lineEdit()  # a count by denomination: type into its text
            if isinstance(new, QLineEdit) and self.dialog.isAncestorOf(new):
                self.target = new
        except RuntimeError:  # the dialog was deleted before this signal was disconnected
            pass


class ReasonButtons(QWidget):
    """A row of buttons that fill a reason field with a common reason (still editable)."""

    def __init__(self, field: QLineEdit, reasons: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for reason in reasons:
            button = QPushButton(tr(reason), self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(44)
            button.setObjectName("reason_choice")
            button.clicked.connect(lambda _=False, r=reason: self._choose(field, tr(r)))
            row.addWidget(button)
            self.buttons.append(button)

    @staticmethod
    def _choose(field: QLineEdit, text: str) -> None:
        field.setText(text)
        field.setFocus()
