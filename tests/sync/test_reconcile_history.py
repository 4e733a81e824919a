"""The nightly reconciliation covers the whole history: months first (a digest each), then
the days of a month that differs; a day the district lost, however old, is pushed again."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select

from pos import clock
from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.server.storage import schema as t
from pos.sync import reconciliation, service, synthetic
from tests.conftest import make_outlet
from tests.support.sync_fixtures import District, make_store, server_db  # noqa: F401
from tests.support.sync_fixtures import district as district

MONTHS_PATH = "/v1/devices/{device_id}/reconciliation/months"


def _lose_day(district: District, device_id: str, date: str) -> int:
    """The district loses one business day of a device (a bad restore, a careless delete):
    its events and every sale row made from them. Returns how many events went."""
    with district.store.tx() as conn:
        gone = [
            r[0]
            for r in conn.execute(
                select(t.events.c.event_id).where(
                    t.events.c.device_id == device_id, t.events.c.business_date == date
                )
            )
        ]
        for table in (t.sale_payments, t.sale_allocations, t.sale_lines, t.sales, t.events):
            conn.execute(delete(table).where(table.c.event_id.in_(gone)))
    return len(gone)


def test_a_day_the_district_lost_41_days_back_is_found_by_month_and_pushed_again(
    district: District, tmp_path: Path
) -> None:
    outlet = make_outlet(tmp_path / "o")
    service.enroll(outlet.ledger, district.url, district.enrolment_code())
    synthetic.add_sales(outlet.ledger, 600, days=60)
    service.sync_once(outlet.ledger, do_pull=False)
    held = district.store.count("events")
    today = clock.business_date(clock.now_utc())
    lost_day = (datetime.fromisoformat(today) - timedelta(days=41)).date().isoformat()
    lost = _lose_day(district, outlet.ledger.device.id, lost_day)
    assert lost > 0

    window = service.SyncResult()
    client = service.client_for(outlet.ledger)
    try:
        reconciliation.reconcile_window(outlet.ledger, client, window)  # the old 35-day look-back
    finally:
        client.close()
    assert window.days_differing == []  # it never noticed

    found = service.sync_once(outlet.ledger, do_push=False, do_pull=False, do_reconcile=True)

    assert found.months_differing == [lost_day[:7]]
    assert found.days_differing == [lost_day]
    assert found.repended == lost and found.accepted == lost
    assert district.store.count("events") == held
    assert service.status(outlet.ledger).pending == 0
    again = service.sync_once(outlet.ledger, do_push=False, do_pull=False, do_reconcile=True)
    assert again.months_differing == [] and again.days_differing == []
    assert again.months_checked >= 2 and again.days_checked >= 60


def test_a_district_server_without_monthly_digests_is_reconciled_over_the_last_35_days(
    tmp_path: Path,
) -> None:
    store = make_store(str(tmp_path / "older.sqlite"))
    app = create_app(store)
    app.router.routes = [  # the district server as it was before monthly digests
        r for r in app.router.routes if getattr(r, "path", "") != MONTHS_PATH
    ]
    with ServerThread(app) as older:
        outlet = make_outlet(tmp_path / "o")
        service.enroll(outlet.ledger, older.url, store.add_outlet("G01", "Gwalior"))
        synthetic.add_sales(outlet.ledger, 100, days=50)
        service.sync_once(outlet.ledger, do_pull=False)
        result = service.sync_once(outlet.ledger, do_push=False, do_pull=False, do_reconcile=True)
    store.close()
    assert result.months_checked == 0 and 30 <= result.days_checked <= 37
    assert result.days_differing == []
