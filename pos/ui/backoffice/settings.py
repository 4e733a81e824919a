"""Settings in the words people use, the outlet's one settings screen (the counter's Settings
entry opens it too, behind a manager's own PIN): labels in the user's language, rupees not
paise, percentages, lists where the choices are fixed, "Print a test page" beside the printer,
the district server's address on an enrolled till; each change checked at its field before
anything is saved (``pos.outlet.settings_words``). The outlet's details are the Outlet area's."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from pos.errors import InvalidInput, PosError
from pos.outlet import config
from pos.outlet.settings_words import CHOICE, WORDS, from_words, to_words, word
from pos.outlet.users import User
from pos.ui.backoffice.common import AreaPage, Form, form_scroll
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.widgets import ActionButton

# every label the screen shows from pos.outlet.settings_words (build.py collects them there)
LABELS = tuple(
    {w.label: None for w in WORDS} | {label: None for w in WORDS for _v, label in w.choices}
)


class SettingsPage(AreaPage):
    title = N_("Settings")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        scroll, inner = form_scroll(self)
        self.form = Form(inner)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        device = ops.reader.device  # an enrolled till follows its district to a new address
        self.server_url = QLineEdit(device.server_url or "", inner)
        self.server_url.setObjectName("server_url")
        self.server_url.setEnabled(device.enrolled)
        self.server_url.setPlaceholderText(tr("not enrolled with a district"))
        self.form.field(N_("District server"), self.server_url)
        for spec in config.SETTINGS:  # every setting, in words (pos.outlet.settings_words.WORDS)
            if spec.secret:
                continue
            w = word(spec.key)
            label = w.label  # the row's name (a choice's own label is ``shown``)
            if w.kind == CHOICE:
                box = QComboBox(inner)
                for value, shown in w.choices:
                    box.addItem(tr(shown), value)
                field: QLineEdit | QComboBox = box
            else:
                field = QLineEdit(inner)
            field.setObjectName(w.key)
            field.setToolTip(f"{spec.key}: {spec.help}")  # the stored key, for the help desk
            if w.key == "printer_uri":  # the test page beside the printer
                assert isinstance(field, QLineEdit)
                field.setPlaceholderText(tr("like {example}").format(  # what the box takes
                    example="tcp://192.168.1.50:9100, usb://04b8:0202"))  # fmt: skip
                row = QWidget(inner)
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(field, 1)
                self.test_button = ActionButton(N_("Print a test page"), None, self.test_page,
                                                row)  # fmt: skip
                line.addWidget(self.test_button)
                self.form.field(label, row)
                self.form.errors[field] = self.form.errors[row]
            else:
                self.form.field(label, field)
            self.fields[w.key] = field
        scroll.setWidget(inner)
        self.outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(ActionButton(N_("Save"), "F10", self.save, self))
        self.outer.addLayout(buttons)
        self.finish_layout()

    def refresh(self) -> None:
        self.server_url.setText(self.ops.reader.device.server_url or "")
        values = self.ops.setting_values()
        for key, field in self.fields.items():
            shown = to_words(key, values.get(key, ""))
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(shown)))
            else:
                field.setText(shown)
        self.form.clear_errors()

    def values(self) -> dict[str, str] | None:
        """Every field as its stored value, or None after a refusal shown at its field."""
        self.form.clear_errors()
        out = {}
        for key, field in self.fields.items():
            shown = field.currentData() if isinstance(field, QComboBox) else field.text()
            try:
                out[key] = from_words(key, shown)
            except InvalidInput as exc:
                self.form.error(field, exc.message)
                return None
        return out

    def save(self) -> None:
        values = self.values()
        if values is None:
            return
        server = self.server_url.text() if self.server_url.isEnabled() else None
        self.ops.save_settings(self.manager, None, values, self._saved, self._refused, server)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, PosError):
            raise error
        key = error.message.split(":", 1)[0]
        if "server address" in error.message:
            key = "server_url"
        field = self.fields.get(key) or (self.server_url if key == "server_url" else None)
        self.form.error(field or next(iter(self.fields.values())), error.message)

    def _saved(self, changed: list[str]) -> None:
        """Names what changed, in the words of its label (never a stored key or a count)."""
        names = [tr(word(key).label) if key in self.fields else tr("District server")
                 for key in changed]  # fmt: skip
        self.say(tr("Settings saved") + ": " + ", ".join(names) if names
                 else tr("Nothing changed"))  # fmt: skip
        self.refresh()

    def test_page(self) -> None:
        self.ops.print_test_page(lambda _j: self.say(tr("Sent to the printer")), self.fail)
