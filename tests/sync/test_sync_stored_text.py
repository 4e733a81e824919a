# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""What the district stores and reports: text with a NUL character is refused alike by both
stores (event by event, never the batch), and every stored tender is reported by name."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import requests

from pos import clock
from pos.db.connection import transaction
from pos.records import journal
from pos.selling import shifts
from pos.sync import protocol as p
from pos.sync import service
from tests.server.test_server_api import _secret, _sell, _wire
from tests.server.test_server_cli import server_cli
from tests.support.sync_fixtures import (  # noqa: F401
    District,
    fresh_outlet,
    server_db,
    sqlite_district,
)
from tests.support.sync_fixtures import district as district


def test_an_event_with_a_nul_in_its_text_is_invalid_and_the_rest_of_its_batch_is_stored(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    _sell(outlet)
    shifts.cash_movement(
        outlet.ledger,
        "paid_out",
        500,
        "tea\x00for staff",
        user=outlet.cashier,
        approver=outlet.manager,
    )
    _sell(outlet)
    before = district.store.count("events")

    result = service.sync_once(outlet.ledger, do_pull=False)

    total = int(outlet.ledger.db.execute("SELECT count(*) FROM events").fetchone()[0])
    assert result.attention == 1 and result.accepted == total - 1
    [refused] = service.attention_events(outlet.ledger)
    assert refused["kind"] == "cash_movement"
    assert "body.data.reason holds a NUL character" in refused["last_error"]
    assert district.store.count("events") == before + total - 1
    assert district.store.count("sales") == 2
    assert district.store.count("dead_letters") == 1
    assert service.status(outlet.ledger).pending == 0


def test_a_raw_nul_in_a_pushed_event_id_is_answered_invalid_not_with_a_server_error(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    _sell(outlet)
    events = _wire(outlet)
    bad = {**events[-1], "event_id": "bad\x00id", "seq": len(events) + 1}
    answer = requests.post(
        f"{district.url}/v1/devices/{outlet.ledger.device.id}/events:batch",
        json={"device_id": outlet.ledger.device.id, "events": [*events, bad]},
        headers={"Authorization": f"Bearer {_secret(outlet)}"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    results = p.BatchResponse.model_validate_json(answer.content).results
    assert [r.status for r in results] == ["accepted"] * len(events) + ["invalid"]
    assert results[-1].reason == p.nul_refusal("event_id")
    assert district.store.count("dead_letters") == 1


def _sale_paid_by_voucher_tomorrow(outlet) -> None:  # type: ignore[no-untyped-def]
    """A copy of the last sale paid by a tender this version does not know (a future till's),
    on the next business day, so the report's first row has no such tender."""
    body = outlet.ledger.db.execute(
        "SELECT body FROM events WHERE kind = 'sale_completed' ORDER BY seq DESC LIMIT 1"
    ).fetchone()[0]
    data = json.loads(body)["data"]
    data["sale"]["receipt_no"] = "G01A-2526-900001"
    data["payments"][0]["method"] = "voucher"
    tomorrow = clock.now_utc() + timedelta(days=1)
    with transaction(outlet.ledger.db):
        journal.append(
            outlet.ledger.db, outlet.ledger.device.id, "sale_completed", data, moment=tomorrow
        )


def test_the_sales_report_shows_every_stored_tender_by_name_in_text_and_csv(
    sqlite_district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", sqlite_district)
    _sell(outlet)  # cash, 20.00, today
    _sale_paid_by_voucher_tomorrow(outlet)  # voucher, 20.00
    service.sync_once(outlet.ledger, do_pull=False)
    db = Path(sqlite_district.db)
    days = json.loads(server_cli(db, "report", "sales", "--json").stdout)["rows"]
    assert [
        (r["cash_paise"], r["upi_paise"], r["card_paise"], r["voucher_paise"]) for r in days
    ] == [
        (2000, 0, 0, 0),
        (0, 0, 0, 2000),
    ]
    as_csv = server_cli(db, "report", "sales", "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [(r["cash_paise"], r["voucher_paise"]) for r in rows] == [("2000", "0"), ("0", "2000")]
    text = server_cli(db, "report", "sales")
    assert text.returncode == 0, text.stderr
    head, today, tomorrow = text.stdout.splitlines()
    assert head.split()[-1] == "voucher"
    assert today.split()[-1] == "0.00" and tomorrow.split()[-1] == "20.00"
