"""The back office's People screen tells the manager which user a restore rebuilt without a
PIN (pos.sync.restore.rebuild: ``user_added`` never carries it), and Reset PIN lets them in."""

from __future__ import annotations

import json

import pytest
from test_ui_backoffice import area, counter, history, idle, open_back_office  # noqa: F401

from pos import clock
from pos.db.connection import transaction
from pos.outlet import users
from pos.records.ledger import open_ledger
from pos.sync.restore import rebuild
from pos.ui.backoffice.people import PeoplePage


@pytest.fixture
def asha(history):  # type: ignore[no-untyped-def]  # noqa: F811
    """Cashier Asha as a restore rebuilds her from her ``user_added`` event."""
    now = clock.now_utc()
    data = {"user_id": 9, "user": "Asha", "role": "cashier", "approver_id": 1,
            "approved_by": "Meena"}  # fmt: skip
    event = {"seq": 0, "kind": "user_added", "created_at": clock.to_iso(now),
             "business_date": clock.business_date(now), "body": json.dumps({"data": data})}  # fmt: skip
    with transaction(history.ledger.db):
        assert rebuild.rebuild(history.ledger.db, event)
    return history


def _state(people: PeoplePage, name: str) -> str:
    row = [u.name for u in people.model.rows].index(name)
    return str(people.model.index(row, 3).data())


def test_a_user_a_restore_rebuilt_shows_needs_a_new_pin_until_a_manager_resets_it(
    qtbot,
    asha,
    counter,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    people = area(qtbot, counter, page, PeoplePage)
    assert _state(people, "Asha") == "Needs a new PIN (Reset PIN)"
    assert _state(people, "Ravi") == "Active"
    people.name.setText("Asha")
    people.pin.setText("2468")
    people.reset_pin()
    idle(qtbot, counter)
    assert _state(people, "Asha") == "Active"
    led = open_ledger(asha.settings, readonly=True)
    try:
        assert users.login(led, "Asha", "2468").id == 9
    finally:
        led.close()
