# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""An outlet offline for 30 days reconnects: every sale arrives in order, exactly once, and
reconciliation reports every day equal."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest

from pos.sync import service, synthetic
from tests.conftest import make_outlet
from tests.support.sync_fixtures import District, sqlite_district  # noqa: F401


def _offline_month(district: District, tmp_path: Path, sales: int) -> None:
    outlet = make_outlet(tmp_path / "o")
    service.enroll(outlet.ledger, district.url, district.enrolment_code())
    synthetic.add_sales(outlet.ledger, sales, days=30)
    local = outlet.ledger.db.execute("SELECT count(*), max(seq) FROM events").fetchone()
    started = time.perf_counter()
    result = service.sync_once(outlet.ledger, do_pull=False)
    elapsed = time.perf_counter() - started
    print(f"pushed {result.pushed} events in {elapsed:.1f} s")
    assert result.accepted == local[0] and result.duplicate == 0
    assert service.status(outlet.ledger).pending == 0
    store = district.store
    assert store.count("events") == local[0] and store.count("sales") == sales
    rows = store.rows("devices")[0]
    assert rows["contiguous_seq"] == local[1]
    # In order: the server received them seq by seq (received_at never goes backwards).
    events = sorted(store.rows("events"), key=lambda r: r["seq"])
    assert [e["seq"] for e in events] == list(range(1, local[1] + 1))
    assert all(a["received_at"] <= b["received_at"] for a, b in itertools.pairwise(events))
    checked = service.sync_once(outlet.ledger, do_push=False, do_pull=False, do_reconcile=True)
    assert checked.days_checked >= 30 and checked.days_differing == []
    assert store.count("flags") == 0


def test_an_outlet_offline_for_a_month_reconnects_and_every_day_reconciles(
    sqlite_district: District, tmp_path: Path
) -> None:
    _offline_month(sqlite_district, tmp_path, 3_000)


@pytest.mark.slow
def test_fifty_thousand_sales_after_thirty_days_offline_arrive_exactly_once(
    sqlite_district: District, tmp_path: Path
) -> None:
    _offline_month(sqlite_district, tmp_path, 50_000)


def test_a_day_that_differs_is_pushed_again(sqlite_district: District, tmp_path: Path) -> None:
    outlet = make_outlet(tmp_path / "o")
    service.enroll(outlet.ledger, sqlite_district.url, sqlite_district.enrolment_code())
    synthetic.add_sales(outlet.ledger, 300, days=3)
    # The outlet believes everything was acked, but the district never received it.
    outlet.ledger.db.execute("UPDATE outbox SET state = 'acked'")
    result = service.sync_once(outlet.ledger, do_push=False, do_pull=False, do_reconcile=True)
    assert len(result.days_differing) >= 3
    assert result.accepted == int(
        outlet.ledger.db.execute("SELECT count(*) FROM events").fetchone()[0]
    )
    assert sqlite_district.store.count("sales") == 300
    again = service.sync_once(outlet.ledger, do_push=False, do_pull=False, do_reconcile=True)
    assert again.days_differing == []
