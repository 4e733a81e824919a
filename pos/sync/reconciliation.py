"""Reconciliation with the district: the whole acked history compared a month at a time (a
digest per month), then the days of each month that differs; a day that differs is pushed again.
A district from before monthly digests gets the last RECONCILE_DAYS days compared day by day.
Run by a sync pass (pos.sync.service.sync_once, ``do_reconcile``)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from pos import clock
from pos.db.connection import transaction
from pos.db.records import sync_q
from pos.records.ledger import Ledger
from pos.sync import protocol as p
from pos.sync.client import DistrictClient, SyncError

if TYPE_CHECKING:
    from pos.sync.service import SyncResult

RECONCILE_DAYS = 35


def local_days(ledger: Ledger, first: str, last: str) -> dict[str, p.ReconciliationDay]:
    """The outlet's own reconciliation figures for its acked events, computed like the server."""
    days: dict[str, dict[str, Any]] = {}
    hashes: dict[str, list[str]] = {}
    for row in sync_q.acked_events_between_dates(ledger.db, first, last):
        date = row["business_date"]
        day = days.setdefault(date, {"events": 0, "sales": 0, "returns": 0, "tenders": {}})
        day["events"] += 1
        hashes.setdefault(date, []).append(row["hash"])
        sign = p.sale_tender_sign(row["kind"])
        if sign:
            data = json.loads(row["body"])["data"]
            day["sales" if sign > 0 else "returns"] += 1
            for payment in data.get("payments", []):
                method = payment["method"]
                day["tenders"][method] = (
                    day["tenders"].get(method, 0) + sign * payment["amount_paise"]
                )
    return {
        date: p.ReconciliationDay(business_date=date, digest=p.day_digest(hashes[date]), **v)
        for date, v in days.items()
    }


def local_months(ledger: Ledger) -> dict[str, p.ReconciliationMonth]:
    """The outlet's whole acked history per month, computed like the district's."""
    months: dict[str, dict[str, int]] = {}
    hashes: dict[str, list[str]] = {}
    dates: dict[str, set[str]] = {}
    for date, kind, digest in sync_q.iter_acked_hashes(ledger.db):
        month = p.month_of(date)
        figures = months.setdefault(month, {"events": 0, "sales": 0, "returns": 0})
        figures["events"] += 1
        sign = p.sale_tender_sign(kind)
        if sign:
            figures["sales" if sign > 0 else "returns"] += 1
        hashes.setdefault(month, []).append(digest)
        dates.setdefault(month, set()).add(date)
    return {
        month: p.ReconciliationMonth(
            month=month, days=len(dates[month]), digest=p.month_digest(hashes[month]), **v
        )
        for month, v in months.items()
    }


def _differing_days(
    ledger: Ledger, client: DistrictClient, first: str, last: str
) -> tuple[int, list[str]]:
    """How many business days from ``first`` to ``last`` were compared, and which differ."""
    theirs = {d.business_date: d for d in client.reconciliation(ledger.device.id, first, last).days}
    ours = local_days(ledger, first, last)
    seen = set(ours) | set(theirs)
    return len(seen), sorted(d for d in seen if ours.get(d) != theirs.get(d))


def reconcile(ledger: Ledger, client: DistrictClient, result: SyncResult) -> None:
    """Compare the whole history with the district, a month at a time, then the days of each
    month that differs; a day that differs is pushed again.

    A district server from before monthly digests (404) gets the last RECONCILE_DAYS days
    compared day by day instead.
    """
    try:
        theirs = {m.month: m for m in client.reconciliation_months(ledger.device.id).months}
    except SyncError as exc:
        if exc.status != 404:
            raise
        reconcile_window(ledger, client, result)
        return
    ours = local_months(ledger)
    months = set(ours) | set(theirs)
    result.months_checked = len(months)
    result.months_differing = sorted(m for m in months if ours.get(m) != theirs.get(m))
    result.days_checked = sum(
        max(ours[m].days if m in ours else 0, theirs[m].days if m in theirs else 0) for m in months
    )
    differing: list[str] = []
    for month in result.months_differing:
        differing += _differing_days(ledger, client, *p.month_bounds(month))[1]
    result.days_differing = differing
    _repend_days(ledger, differing, result)


def reconcile_window(
    ledger: Ledger, client: DistrictClient, result: SyncResult, days: int = RECONCILE_DAYS
) -> None:
    """Compare each business day of the last ``days`` with the district; re-push those that
    differ (the reconciliation before monthly digests, kept for older district servers)."""
    today = clock.business_date(clock.now_utc())
    first = (datetime.fromisoformat(today) - timedelta(days=days)).date().isoformat()
    last = (datetime.fromisoformat(today) + timedelta(days=1)).date().isoformat()
    result.days_checked, result.days_differing = _differing_days(ledger, client, first, last)
    _repend_days(ledger, result.days_differing, result)


def _repend_days(ledger: Ledger, differing: list[str], result: SyncResult) -> None:
    now = clock.to_iso(clock.now_utc())
    if differing:
        with transaction(ledger.db):
            for date in differing:
                result.repended += sync_q.repend(
                    ledger.db, sync_q.seqs_of_day(ledger.db, date), now
                )
    with transaction(ledger.db):
        sync_q.update_state(ledger.db, {"last_reconcile_at": now})
