# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""The back office's District area: a standalone outlet joins the district (the screen of
`pos enroll`) against a real district server on 127.0.0.1, and the counter reopens with its
sync running; a wrong code or no address is refused (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_ui_backoffice import area, idle, open_back_office
from test_ui_counter import at_sale, finish, open_window

from pos.records.ledger import open_ledger
from pos.ui.backoffice.district import DistrictPage
from tests.support.sync_fixtures import District, sqlite_district  # noqa: F401


def enrolled(outlet) -> bool:  # type: ignore[no-untyped-def]
    ledger = open_ledger(outlet.settings, readonly=True)
    try:
        return ledger.device.enrolled
    finally:
        ledger.close()


def test_a_standalone_outlet_joins_the_district_from_the_back_office_and_starts_syncing(
    qtbot, outlet, sqlite_district: District
) -> None:  # type: ignore[no-untyped-def]
    from pos.ui.shell import app

    code = sqlite_district.enrolment_code("G01")
    window = app.show_counter(outlet.settings)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # its keys work (F10 below)
    try:
        at_sale(qtbot, window)
        page = area(qtbot, window, open_back_office(qtbot, window), DistrictPage)
        assert "Not enrolled" in page.state.text()
        page.server.setText(sqlite_district.url)
        qtbot.keyClicks(page.code, code)
        qtbot.keyClick(page.code, Qt.Key.Key_F10)  # the key shown on the button
        qtbot.waitUntil(lambda: len(app.OPEN_COUNTERS) == 1 and app.OPEN_COUNTERS[0] is not window,
                        timeout=30_000)  # fmt: skip
        fresh = app.OPEN_COUNTERS[0]
        qtbot.addWidget(fresh)
        assert enrolled(outlet) and fresh.ops.reader.device.enrolled
        assert fresh.services is not None and fresh.services.sync is not None  # syncing
        assert [d["outlet_code"] for d in sqlite_district.store.rows("devices")] == ["G01"]
    finally:
        for counter in list(app.OPEN_COUNTERS):
            finish(qtbot, counter)
        app.OPEN_COUNTERS.clear()


@pytest.mark.parametrize("server,code,refusal", [
    ("", "ANY", "Type the district server's address"),
    (None, "WRONG-CODE", "not valid"),
])  # fmt: skip
def test_a_wrong_code_or_no_address_leaves_the_till_standalone(
    qtbot, outlet, sqlite_district: District, server, code, refusal
) -> None:  # type: ignore[no-untyped-def]
    sqlite_district.enrolment_code("G01")
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        page = area(qtbot, window, open_back_office(qtbot, window), DistrictPage)
        page.server.setText(sqlite_district.url if server is None else server)
        page.code.setText(code)
        page.enrol()
        idle(qtbot, window)
        shown = page.message.text() + page.form.error_text(page.server)
        assert refusal in shown
        assert page.enrol_button.isEnabled() and not enrolled(outlet)
        assert sqlite_district.store.rows("devices") == []
    finally:
        finish(qtbot, window)
