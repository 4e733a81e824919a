# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""Kill -9 at chosen points: the server after it commits and before it answers; the client
mid-push, after the answer and mid-ack. Nothing confirmed is lost or doubled."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from pos.sync import service, synthetic
from pos.sync.client import SyncError
from tests.conftest import make_outlet, run_pos
from tests.server.test_server_api import _sell
from tests.support.sync_fixtures import (  # noqa: F401
    District,
    ServerProcess,
    make_store,
    server_db,
    sqlite_district,
)


def _local_events(outlet) -> int:  # type: ignore[no-untyped-def]
    return int(outlet.ledger.db.execute("SELECT count(*) FROM events").fetchone()[0])


def _local_sales(outlet) -> int:  # type: ignore[no-untyped-def]
    return int(outlet.ledger.db.execute(
        "SELECT count(*) FROM events WHERE kind = 'sale_completed'").fetchone()[0])  # fmt: skip


def test_a_server_killed_after_commit_before_answering_holds_every_sale_once(
    server_db: str, tmp_path: Path
) -> None:
    store = make_store(server_db)
    code = store.add_outlet("G01", "Gwalior")
    server = ServerProcess(server_db, tmp_path, env={"POS_SERVER_CRASH_AFTER_COMMIT": "1"})
    try:
        outlet = make_outlet(tmp_path / "o")
        service.enroll(outlet.ledger, server.url, code)
        for _ in range(5):
            _sell(outlet)
        with pytest.raises(SyncError, match=r"broke before its answer came.*may have stored"):
            service.sync_once(outlet.ledger)
        assert server.proc.wait(timeout=30) == -signal.SIGKILL
        held = store.count("events")
        assert held == _local_events(outlet)  # committed before the kill
        assert service.status(outlet.ledger).pending == held  # the answer never came
        port = server.port
        server.stop()
        server = ServerProcess(server_db, tmp_path, port=port)
        result = service.sync_once(outlet.ledger, do_pull=False)
        assert result.duplicate == held and result.accepted == 0
        assert service.status(outlet.ledger).pending == 0
        assert store.count("events") == held
        assert store.count("sales") == 5
    finally:
        server.stop()
        store.close()


@pytest.mark.parametrize("point", ["mid_push", "after_response", "mid_ack"])
def test_a_client_killed_during_a_sync_loses_and_doubles_nothing(
    sqlite_district: District, tmp_path: Path, point: str
) -> None:
    outlet = make_outlet(tmp_path / "o")
    service.enroll(outlet.ledger, sqlite_district.url, sqlite_district.enrolment_code())
    synthetic.add_sales(outlet.ledger, 1200, days=2)
    total = _local_events(outlet)
    killed = run_pos(outlet.data_dir, "sync", "--once", env={"POS_SYNC_CRASH_AT": point})
    assert killed.code == -signal.SIGKILL, killed.stderr
    held_after_kill = sqlite_district.store.count("events")
    pending_after_kill = service.status(outlet.ledger).pending
    if point == "mid_push":
        assert held_after_kill == 0 and pending_after_kill == total
    else:
        assert 0 < held_after_kill < total and pending_after_kill == total  # acks undone
    done = run_pos(outlet.data_dir, "sync", "--once", "--json")
    assert done.code == 0, done.stderr
    assert done.json()["duplicate"] == held_after_kill
    assert service.status(outlet.ledger).pending == 0
    assert sqlite_district.store.count("events") == _local_events(outlet)
    assert sqlite_district.store.count("sales") == _local_sales(outlet) == 1200
