# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""The counter wired to the sync scheduler (pytest-qt, offscreen) against a real district
server on 127.0.0.1: pushes after each sale, the status bar in plain words, "sync now"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from test_ui_counter import at_sale, finish, open_window, settle
from test_ui_printing import cash_sale

from pos.outlet import config
from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.sync import service
from pos.sync.service import SyncStatus
from pos.ui.shell.main_window import MainWindow
from pos.ui.shell.services import sync_words
from tests.conftest import make_outlet
from tests.support.sync_fixtures import District, make_store, sqlite_district  # noqa: F401


def wait_sync(qtbot, window: MainWindow, *words: str) -> None:  # type: ignore[no-untyped-def]
    def shows() -> bool:
        window.poll_indicators()
        return all(w in window.sync_label.text() for w in words)

    qtbot.waitUntil(shows, timeout=30_000)


def test_an_enrolled_counter_pushes_each_sale_and_shows_the_sync_state(
    qtbot, sqlite_district: District, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    outlet = make_outlet(tmp_path / "o")
    service.enroll(outlet.ledger, sqlite_district.url, sqlite_district.enrolment_code())
    config.set_value(outlet.ledger, "sync_push_delay_seconds", "0")
    window = open_window(qtbot, outlet.settings)
    try:
        assert window.services.sync is not None  # started because the outlet is enrolled
        assert window.sync_label.isEnabled()
        wait_sync(qtbot, window, "0 pending", "last ok")
        at_sale(qtbot, window)
        before = sqlite_district.store.count("sales")
        receipt = cash_sale(qtbot, window)
        # notify_sale pushes it without anyone asking; the district holds it once.
        qtbot.waitUntil(lambda: sqlite_district.store.count("sales") == before + 1,
                        timeout=30_000)  # fmt: skip
        wait_sync(qtbot, window, "0 pending", "last ok")
        assert "error" not in window.sync_label.text()
        assert receipt

        # "Sync now" from the keyboard: a pass runs at once (the last attempt moves on).
        first = service.status(outlet.ledger).last_attempt_at
        qtbot.keyClick(
            window.sale_page.search, Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )  # fmt: skip
        settle(qtbot, window)
        assert "Sync started" in window.sale_page.message.text()
        qtbot.waitUntil(lambda: service.status(outlet.ledger).last_attempt_at != first,
                        timeout=30_000)  # fmt: skip
    finally:
        finish(qtbot, window)
        outlet.ledger.close()


def test_a_district_that_cannot_be_reached_shows_pending_and_the_error_in_plain_words(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    store = make_store(str(tmp_path / "d.sqlite"))
    code = store.add_outlet("G01", "Gwalior")
    outlet = make_outlet(tmp_path / "o")
    with ServerThread(create_app(store)) as server:
        service.enroll(outlet.ledger, server.url, code)
    # the server is gone now
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        cash_sale(qtbot, window)
        window.sync_now()
        wait_sync(qtbot, window, "pending (oldest ", "error", "cannot be reached")
        assert "0 pending" not in window.sync_label.text()
        assert "never synced" in window.sync_label.text()
    finally:
        finish(qtbot, window)
        outlet.ledger.close()
        store.close()


def test_a_standalone_counter_reads_not_enrolled_and_has_no_sync_now(qtbot, outlet) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        wait_sync(qtbot, window, "not enrolled")
        assert window.services.sync is None and not window.sync_label.isEnabled()
        # no district, no home-delivery orders: the Orders button leaves its room to the states
        assert not window.orders_button.isVisibleTo(window)
    finally:
        finish(qtbot, window)


def test_the_sync_words_show_a_clock_over_five_minutes_off_and_not_under() -> None:
    base = dict(enrolled=True, server_url="http://x", pending=3, attention=0,
                oldest_pending_at=None, last_success_at="2026-03-10T06:30:00.000000Z",
                last_attempt_at="2026-03-10T06:30:00.000000Z", last_error=None,
                catalog_version=1)  # fmt: skip
    off = sync_words(SyncStatus(**base, clock_skew_seconds=420.0))  # type: ignore[arg-type]
    assert off.level == "warn" and "clock 7 min behind" in off.text and "3 pending" in off.text
    assert "last ok 10-03 12:00" in off.text and "oldest" not in off.text
    near = sync_words(SyncStatus(**base, clock_skew_seconds=200.0))  # type: ignore[arg-type]
    assert near.level == "ok" and "clock" not in near.text
    ahead = sync_words(SyncStatus(**base, clock_skew_seconds=-600.0))  # type: ignore[arg-type]
    assert "clock 10 min ahead" in ahead.text
    assert sync_words(None).text == "not enrolled"
