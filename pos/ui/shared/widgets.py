"""Small widgets the screens share: buttons that show their shortcut, keypads, messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from pos.ui.language.i18n import tr, tr_error
from pos.ui.shared.theme import px, touch


class ActionButton(QPushButton):
    """A button labelled with its (translated) text and its shortcut, e.g. "Pay [F12]".

    A shortcut kept on another widget (``shortcut_parent``, the counter's on the window) is
    live only while the button is shown: a page laid over the counter (the back office) may
    use the same keys, and two live shortcuts for one key make Qt run neither."""

    def __init__(
        self,
        text: str,
        shortcut: str | None,
        slot: Callable[[], None],
        parent: QWidget,
        *,
        shortcut_parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source_text = text
        self.key = shortcut
        self.clicked.connect(lambda _checked=False: slot())  # not the checked flag
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.shortcut: QShortcut | None = None
        if shortcut:
            self.shortcut = QShortcut(QKeySequence(shortcut), shortcut_parent or parent)
            self.shortcut.activated.connect(self._activate)
        self.follows_visibility = shortcut_parent is not None and shortcut_parent is not parent
        if self.shortcut is not None and self.follows_visibility:
            self.shortcut.setEnabled(False)  # until the button is shown
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.shortcut is not None and self.follows_visibility:
            self.shortcut.setEnabled(True)

    def hideEvent(self, event: QHideEvent) -> None:  # also when its page is hidden
        super().hideEvent(event)
        if self.shortcut is not None and self.follows_visibility:
            self.shortcut.setEnabled(False)

    def _activate(self) -> None:
        if self.isEnabled() and self.isVisible():
            self.click()

    def set_source_text(self, text: str) -> None:
        self.source_text = text
        self.retranslate()

    def retranslate(self) -> None:
        label = tr(self.source_text)
        if self.key:
            native = QKeySequence.SequenceFormat.NativeText
            label = f"{label}  [{QKeySequence(self.key).toString(native)}]"
        self.setText(label)


class Keypad(QWidget):
    """A touch keypad typing into a line edit (digits, and for amounts 00 and a point); a PIN
    pad (``pin=True``) has the digits and backspace only, and Enter when ``on_enter`` is
    given."""

    def __init__(
        self,
        target: QLineEdit,
        parent: QWidget | None = None,
        *,
        amounts: bool = True,
        pin: bool = False,
        on_enter: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        grid = QGridLayout(self)
        grid.setSpacing(4)
        grid.setContentsMargins(0, 0, 0, 0)
        if pin:
            rows = [["7", "8", "9"], ["4", "5", "6"], ["1", "2", "3"], ["⌫", "0"]]
        elif amounts:  # four columns, so it fits beside the payment figures at 768 px high
            rows = [["7", "8", "9", "⌫"], ["4", "5", "6", "C"], ["1", "2", "3", "."], ["0", "00"]]
        else:
            rows = [["7", "8", "9"], ["4", "5", "6"], ["1", "2", "3"], ["C", "0", "⌫"]]
        for r, keys in enumerate(rows):
            for c, key in enumerate(keys):
                self._key(grid, key, r, c)
        if on_enter is not None:
            ok = QPushButton(tr("OK") + "  [Enter]", self)
            ok.setObjectName("key_enter")
            ok.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            ok.clicked.connect(on_enter)
            column, span = (2, 1) if pin else (2, 2) if amounts else (3, 1)
            grid.addWidget(ok, 3, column, 1, span)

    def _key(self, grid: QGridLayout, key: str, row: int, col: int) -> None:
        button = QPushButton(key, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the line edit keeps the keyboard
        button.setMinimumSize(px(64), touch())  # a finger's size on this screen
        button.setObjectName(f"key_{key}")
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        grid.addWidget(button, row, col)

    def press(self, key: str) -> None:
        if key == "⌫":
            self.target.backspace()
        elif key == "C":
            self.target.clear()
        else:
            self.target.insert(key)
        self.target.setFocus()


class Message(QLabel):
    """One line telling the cashier what just happened or why something was refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str, level: str = "info") -> None:
        if level == "error":  # a refusal from the domain comes in English: translate it
            text = tr_error(text)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()

    def clear_text(self) -> None:
        self.setText("")
        self.hide()
