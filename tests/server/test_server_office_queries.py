"""The office's attention reads (pos.server.web.queries) on SQLite and PostgreSQL."""

from __future__ import annotations

from pos.server.storage import schema as t
from pos.server.storage.store import Store
from pos.server.web import queries
from tests.support.sync_fixtures import server_db  # noqa: F401

DEVICES = {
    "G01A": "00000000-0000-4000-8000-000000000001",
    "G01B": "00000000-0000-4000-8000-000000000002",
    "G02A": "00000000-0000-4000-8000-000000000003",
    "G02B": "00000000-0000-4000-8000-000000000004",
}


def _event(device: str, seq: int, created: str, received: str) -> dict[str, object]:
    return {"event_id": f"{device}-{seq}", "device_id": device, "seq": seq, "kind": "note",
            "schema": 1, "business_date": created[:10], "created_at": created, "hash": "h",
            "prev_hash": "p", "body": "{}", "received_at": received}  # fmt: skip


def test_a_till_shows_as_clock_ahead_only_when_its_latest_event_was_stamped_ahead(
    server_db: str,  # noqa: F811
) -> None:
    store = Store(server_db)
    store.initialise("Gaya")
    for short, device in DEVICES.items():
        store.enroll(store.add_outlet(short[:3], short[:3]), device, short, short[:3])
    store.revoke(DEVICES["G02B"])
    at = "2026-11-30T10:00:00.000000Z"
    ahead = "2026-11-30T10:09:30.000000Z"  # 9½ minutes after the district got it
    events = [
        _event(DEVICES["G01A"], 1, at, at),
        _event(DEVICES["G01A"], 2, ahead, at),  # latest: ahead
        _event(DEVICES["G01B"], 1, ahead, at),  # was ahead, then set right
        _event(DEVICES["G01B"], 2, at, at),
        _event(DEVICES["G02B"], 1, ahead, at),  # revoked: not a till to fix
    ]  # G02A has sent nothing yet
    with store.tx() as conn:
        conn.execute(t.events.insert(), events)
    found = queries.clock_ahead(store)
    assert [(a.short_code, a.outlet_code, a.detail, a.at) for a in found] == [
        ("G01A", "G01", "9 min", at)
    ]
    store.close()
