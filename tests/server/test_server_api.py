# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""The district server's API against a real server on 127.0.0.1, over SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
import threading
from datetime import datetime
from pathlib import Path

import requests

from pos.db.records import journal_q
from pos.outlet import credentials
from pos.products.catalog import find_item
from pos.selling import sales
from pos.sync import protocol as p
from pos.sync import reconciliation, service
from tests.conftest import Outlet
from tests.support.sync_fixtures import District, district, fresh_outlet, server_db  # noqa: F401


def _sell(
    outlet: Outlet,
    sku: str = "MSK-GRN",
    qty: int = 2,
    moment: datetime | None = None,
    priced_at: datetime | None = None,
) -> sales.SaleRecord:
    """A cash sale; ``priced_at`` rings it at the price of another moment (an old price)."""
    item = find_item(outlet.ledger, sku, priced_at or moment)
    line = sales.price_line(item, qty, doc_mode=outlet.ledger.outlet.doc_mode)
    bill = sales.make_bill([line])
    return sales.complete_sale(
        outlet.ledger,
        [line],
        [sales.Tender("cash", bill.total_paise)],
        outlet.cashier,
        moment=moment,
    )


def _wire(outlet: Outlet, after: int = 0) -> list[dict[str, object]]:
    return [
        {k: row[k] for k in ("event_id", "seq", "kind", "hash", "body")}
        for row in journal_q.iter_events(outlet.ledger.db, after)
    ]


def _secret(outlet: Outlet) -> str:
    return str(credentials.load_secret(outlet.ledger.path, outlet.ledger.device.id))


def _post(
    district: District, outlet: Outlet, events: list[dict[str, object]], **kw: object
) -> requests.Response:
    device = outlet.ledger.device.id
    return requests.post(
        f"{district.url}/v1/devices/{device}/events:batch",
        json={"device_id": device, "events": events},
        headers={"Authorization": f"Bearer {_secret(outlet)}"},
        timeout=30,
        **kw,  # type: ignore[arg-type]
    )


def test_an_enrolled_till_pushes_its_sales_and_the_district_holds_each_once(
    district: District, tmp_path: Path
) -> None:
    district.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", district)
    for _ in range(3):
        _sell(outlet)
    result = service.sync_once(outlet.ledger)
    assert result.pulled > 0
    total = outlet.ledger.db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert result.accepted == total - 1  # the catalog pull adds one event after the push
    again = service.sync_once(outlet.ledger)
    assert again.accepted == 1 and again.duplicate == 0
    assert district.store.count("events") == total
    assert district.store.count("sales") == 3
    state = service.status(outlet.ledger)
    assert state.pending == 0 and state.last_error is None and state.last_success_at


def test_the_same_batch_pushed_twice_at_once_is_stored_once(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    for _ in range(20):
        _sell(outlet)
    events = _wire(outlet)
    barrier = threading.Barrier(2)
    answers: list[p.BatchResponse] = []

    def push() -> None:
        barrier.wait()
        answer = _post(district, outlet, events)
        answers.append(p.BatchResponse.model_validate_json(answer.content))

    threads = [threading.Thread(target=push) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 2
    statuses = sorted({r.status for a in answers for r in a.results})
    per_event = [sorted(a.results[i].status for a in answers) for i in range(len(events))]
    assert all(pair == ["accepted", "duplicate"] for pair in per_event), statuses
    assert district.store.count("events") == len(events)
    assert district.store.count("sales") == 20
    assert all(a.highest_contiguous_seq == len(events) for a in answers)


def test_a_malformed_event_among_good_ones_is_dead_lettered_and_the_rest_go_in(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    for _ in range(4):
        _sell(outlet)
    events = _wire(outlet)
    n = [e["kind"] for e in events].index("sale_completed") + 1
    bad = dict(events[n])
    bad["body"] = str(bad["body"]).replace('"qty":2', '"qty":3')  # hash no longer matches
    assert bad["body"] != events[n]["body"]
    events[n] = bad
    answer = p.BatchResponse.model_validate_json(_post(district, outlet, events).content)
    statuses = [r.status for r in answer.results]
    assert statuses[n] == "invalid" and "hash" in (answer.results[n].reason or "")
    assert statuses.count("accepted") == len(events) - 1
    assert answer.highest_contiguous_seq == len(events)  # a dead letter counts as held
    assert district.store.count("dead_letters") == 1
    assert district.store.count("events") == len(events) - 1
    assert district.store.count("sales") == 3


def test_the_client_puts_an_invalid_event_in_attention_and_pushes_the_rest(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    for _ in range(3):
        _sell(outlet)
    db = outlet.ledger.db
    # A sale payload the server cannot read (a line without its SKU), chained correctly.
    from pos.db.connection import transaction
    from pos.records import journal

    with transaction(db):
        journal.append(
            db, outlet.ledger.device.id, "sale_completed", {"sale": {}, "lines": [], "payments": []}
        )
    _sell(outlet)
    result = service.sync_once(outlet.ledger, do_pull=False)
    state = service.status(outlet.ledger)
    assert result.attention == 1 and state.attention == 1 and state.pending == 0
    assert district.store.count("sales") == 4
    assert district.store.count("dead_letters") == 1


def test_missing_ranges_are_reported_when_a_batch_skips_ahead(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    for _ in range(6):
        _sell(outlet)
    events = _wire(outlet)
    answer = p.BatchResponse.model_validate_json(
        _post(district, outlet, events[:2] + events[4:]).content
    )
    assert answer.highest_contiguous_seq == 2
    assert [(m.first, m.last) for m in answer.missing] == [(3, 4)]
    answer = p.BatchResponse.model_validate_json(_post(district, outlet, events[2:4]).content)
    assert answer.highest_contiguous_seq == len(events) and answer.missing == []


def test_an_event_id_repeated_with_another_hash_is_a_conflict_and_both_are_kept(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    _sell(outlet)
    events = _wire(outlet)
    _post(district, outlet, events)
    other = dict(events[-1])
    envelope = json.loads(str(other["body"]))
    envelope["data"]["sale"]["total_paise"] += 100
    from pos.records.journal import body_hash, canonical_json

    other["body"] = canonical_json(envelope)
    other["hash"] = body_hash(str(other["body"]))
    answer = p.BatchResponse.model_validate_json(_post(district, outlet, [other]).content)
    assert answer.results[0].status == "conflict"
    assert district.store.count("event_conflicts") == 1
    assert district.store.count("events") == len(events)


def test_reconciliation_reports_each_day_equal_after_a_sync(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    for _ in range(5):
        _sell(outlet)
    service.sync_once(outlet.ledger)
    result = service.sync_once(outlet.ledger, do_reconcile=True)
    assert result.days_checked >= 1 and result.days_differing == []
    day = reconciliation.local_days(outlet.ledger, "2000-01-01", "2100-01-01")
    assert sum(d.sales for d in day.values()) == 5
    assert sum(d.tenders.get("cash", 0) for d in day.values()) > 0


def test_an_enrolment_code_works_once(district: District, tmp_path: Path) -> None:
    code = district.enrolment_code()
    first = requests.post(f"{district.url}/v1/enroll", json={
        "code": code, "device_id": "00000000-0000-4000-8000-000000000001",
        "short_code": "G01A", "outlet_code": "G01"}, timeout=10)  # fmt: skip
    again = requests.post(f"{district.url}/v1/enroll", json={
        "code": code, "device_id": "00000000-0000-4000-8000-000000000002",
        "short_code": "G01B", "outlet_code": "G01"}, timeout=10)  # fmt: skip
    assert first.status_code == 200 and len(first.json()["secret"]) >= 32
    assert again.status_code == 403
    assert district.store.count("devices") == 1


def test_gzip_bodies_are_accepted(district: District, tmp_path: Path) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    _sell(outlet)
    body = json.dumps({"device_id": outlet.ledger.device.id, "events": _wire(outlet)}).encode()
    answer = requests.post(
        f"{district.url}/v1/devices/{outlet.ledger.device.id}/events:batch",
        data=gzip.compress(body),
        headers={"Authorization": f"Bearer {_secret(outlet)}", "Content-Encoding": "gzip",
                 "Content-Type": "application/json"},
        timeout=10,
    )  # fmt: skip
    assert answer.status_code == 200
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}


def test_sync_status_lists_what_needs_attention_and_why(district: District, tmp_path: Path) -> None:
    from pos.db.connection import transaction
    from pos.records import journal
    from tests.conftest import run_pos

    outlet = fresh_outlet(tmp_path / "o", district)
    with transaction(outlet.ledger.db):
        journal.append(
            outlet.ledger.db, outlet.ledger.device.id, "return_issued", {"sale": {"x": 1}}
        )
    service.sync_once(outlet.ledger, do_pull=False)
    shown = run_pos(outlet.data_dir, "sync", "status", "--json").json()
    assert shown["attention"] == 1
    assert "malformed" in shown["attention_events"][0]["last_error"]
    assert "needs attention: event" in run_pos(outlet.data_dir, "sync", "status").stdout
