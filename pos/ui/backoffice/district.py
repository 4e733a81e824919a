"""District: this till's link to the district server, and joining it (a standalone outlet
that joins later) or joining again with a fresh code (after a revocation or a refused key):
the screen of `pos enroll`. A first enrolment reopens the counter so its sync starts; a till
enrolled again keeps syncing with the new key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from pos.outlet.users import User
from pos.ui.backoffice.common import AreaPage, Form
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.widgets import ActionButton


class DistrictPage(AreaPage):
    title = N_("District")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        self.state = QLabel(self)
        self.state.setObjectName("district_state")
        self.state.setWordWrap(True)
        self.outer.addWidget(self.state)
        self.form = Form()
        self.server = self.form.field(N_("Server address"), QLineEdit(self))
        self.server.setPlaceholderText("https://")
        self.code = self.form.field(N_("Enrolment code"), QLineEdit(self))
        self.code.setObjectName("enrolment_code")
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.ca_file = QLineEdit(row)
        self.ca_file.setPlaceholderText(tr("only if the district gave you one"))
        browse = QPushButton(tr("Choose…"), row)
        browse.clicked.connect(lambda _c=False: self.choose_ca_file())
        line.addWidget(self.ca_file, 1)
        line.addWidget(browse)
        self.form.field(N_("CA file"), row)
        self.add_form(self.form)
        buttons = QHBoxLayout()
        self.enrol_button = ActionButton(N_("Join the district"), "F10", self.enrol, self)
        buttons.addWidget(self.enrol_button)
        buttons.addStretch(1)
        self.outer.addLayout(buttons)
        self.outer.addStretch(1)
        self.finish_layout()

    def refresh(self) -> None:
        device = self.ops.reader.device
        if device.enrolled:
            self.state.setText(tr("Enrolled with {server} as counter {code}. A fresh code from "
                                  "the district enrols it again (after a revocation).").format(
                server=device.server_url or "", code=device.short_code))  # fmt: skip
        else:
            self.state.setText(tr("Not enrolled: this outlet sells on its own. An enrolment "
                                  "code from the district officer joins it."))  # fmt: skip
        if not self.server.text():
            self.server.setText(device.server_url or "")

    def choose_ca_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("CA file"), "", "PEM (*.pem *.crt)")
        if name:
            self.ca_file.setText(name)

    def enrol(self) -> None:
        self.form.clear_errors()
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server.startswith(("https://", "http://")):
            self.form.error(self.server, tr("Type the district server's address (https://…)"))
            return
        if not code:
            self.form.error(self.code, tr("Type the enrolment code from the district"))
            return
        ca = Path(self.ca_file.text().strip()) if self.ca_file.text().strip() else None
        self.was_enrolled = self.ops.reader.device.enrolled
        self.enrol_button.setEnabled(False)
        self.long(lambda done, fail: self.ops.enroll(server, code, ca, done, fail),
                  self._enrolled)  # fmt: skip

    def fail(self, error: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        super().fail(error)

    def _enrolled(self, answer: Any) -> None:
        self.enrol_button.setEnabled(True)
        self.code.clear()
        self.say(tr("Enrolled with the {district} district as counter {code}").format(
            district=answer.district, code=answer.short_code))  # fmt: skip
        reopen = getattr(self.window(), "reopen", None)
        if not self.was_enrolled and reopen is not None:
            reopen()  # the counter starts again with its sync running
        else:
            self.refresh()
