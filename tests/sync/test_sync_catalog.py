# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""Catalog and prices flow from the district; a price for tomorrow switches offline; a sale at
an old price is accepted and flagged; a rewritten ledger is flagged at the next push."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from pos import clock
from pos.errors import NotAllowed
from pos.outlet import credentials
from pos.products import catalog
from pos.records import journal
from pos.server.tills import catalog as server_catalog
from pos.sync import service
from pos.sync.client import SyncError
from tests.conftest import SMALL_CATALOG
from tests.server.test_server_api import _sell
from tests.support.sync_fixtures import District, district, fresh_outlet, server_db  # noqa: F401


def test_a_price_for_tomorrow_switches_offline_and_an_old_price_is_flagged(
    district: District, tmp_path: Path
) -> None:
    district.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", district)
    tomorrow = clock.local(clock.now_utc() + timedelta(days=1)).date().isoformat()
    server_catalog.set_price(district.store, "MSK-GRN", 1200, tomorrow)
    service.sync_once(outlet.ledger)
    now = clock.now_utc()
    url = outlet.ledger.device.server_url
    # The district goes away: the outlet is offline from here on.
    outlet.ledger.db.execute("UPDATE device SET server_url = 'http://127.0.0.1:9'")
    outlet.ledger.reload()
    today_sale = _sell(outlet, moment=now)
    next_day = (clock.local(now) + timedelta(days=1)).replace(hour=4, minute=0)
    new_price_sale = _sell(outlet, moment=next_day)
    assert today_sale.total_paise == 2000
    assert new_price_sale.total_paise == 2400
    old_price_sale = _sell(outlet, moment=next_day + timedelta(minutes=1), priced_at=now)
    assert old_price_sale.total_paise == 2000
    with pytest.raises(SyncError):
        service.sync_once(outlet.ledger)
    assert service.status(outlet.ledger).pending >= 3
    outlet.ledger.db.execute("UPDATE device SET server_url = ?", [url])
    outlet.ledger.reload()
    result = service.sync_once(outlet.ledger)
    assert result.attention == 0
    flags = district.store.rows("flags", kind="old_price")
    assert len(flags) == 1 and old_price_sale.receipt_no in flags[0]["detail"]
    assert district.store.count("sales") == 3
    assert any("old_price" in f for f in service.status(outlet.ledger).district_flags)


def test_a_gst_change_and_a_new_product_arrive_in_one_pull(
    district: District, tmp_path: Path
) -> None:
    district.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", district)
    service.sync_once(outlet.ledger)
    doc = {"products": [dict(SMALL_CATALOG["products"][0], sku="MSK-RED", barcodes="8900000000043",
                             name_en="Cotton mask red", mrp="12")]}  # fmt: skip
    server_catalog.import_catalog(
        district.store, catalog.parse_catalog_json(json.dumps(doc)), "2020-01-01T00:00"
    )
    tomorrow = clock.local(clock.now_utc() + timedelta(days=1))
    server_catalog.set_gst(district.store, "6307", 1200, tomorrow.date().isoformat())
    result = service.sync_once(outlet.ledger)
    assert result.pulled == 3
    assert catalog.find_item(outlet.ledger, "8900000000043").rate_bp == 500
    item = catalog.find_item(outlet.ledger, "8900000000043", tomorrow.replace(hour=9))
    assert (item.sku, item.mrp_paise, item.rate_bp) == ("MSK-RED", 1200, 1200)
    assert service.status(outlet.ledger).catalog_version == result.catalog_version


def test_once_enrolled_a_local_catalog_import_is_refused(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    with pytest.raises(NotAllowed, match="district"):
        catalog.import_catalog(outlet.ledger, catalog.parse_catalog_json(json.dumps(SMALL_CATALOG)))


def test_catalog_changes_page_in_version_order_up_to_the_target(
    district: District, tmp_path: Path
) -> None:
    district.publish_small_catalog()
    for n in range(7):
        server_catalog.set_price(district.store, "SAN-100", 5000 + n, f"2030-01-0{n + 1}")
    outlet = fresh_outlet(tmp_path / "o", district)
    secret = credentials.load_secret(outlet.ledger.path, outlet.ledger.device.id)
    headers = {"Authorization": f"Bearer {secret}"}
    seen: list[int] = []
    since = 0
    while True:
        page = requests.get(
            f"{district.url}/v1/catalog/changes",
            params={"since": since, "limit": 4},
            headers=headers,
            timeout=10,
        ).json()
        seen += [c["version"] for c in page["changes"]]
        if page["next_since"] is None:
            break
        since = page["next_since"]
    assert seen == list(range(1, page["target_version"] + 1))


def test_a_ledger_rewritten_after_a_sync_is_flagged_at_the_next_push(
    district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", district)
    for _ in range(3):
        _sell(outlet)
    service.sync_once(outlet.ledger)
    # Someone with the file edits a synced sale and recomputes the whole chain after it.
    path = outlet.ledger.path
    outlet.ledger.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER events_no_update")
    rows = conn.execute("SELECT seq, body FROM events ORDER BY seq").fetchall()
    target = max(seq for seq, body in rows if '"sale_completed"' in body)
    prev = None
    for seq, body in rows:
        envelope = json.loads(body)
        if seq == target:
            envelope["data"]["sale"]["total_paise"] -= 1000
        if prev is not None:
            envelope["prev_hash"] = prev
        new_body = journal.canonical_json(envelope)
        prev = journal.body_hash(new_body)
        conn.execute("UPDATE events SET body = ?, hash = ?, prev_hash = ? WHERE seq = ?",
                     [new_body, prev, envelope["prev_hash"], seq])  # fmt: skip
    conn.commit()
    conn.close()
    from pos.records.ledger import open_ledger

    outlet.ledger = open_ledger(outlet.settings)
    _sell(outlet)
    result = service.sync_once(outlet.ledger)
    assert result.accepted >= 1
    flags = district.store.rows("flags", kind="chain_break")
    assert flags and "rewritten" in flags[0]["detail"]
    assert any("chain_break" in f for f in result.flags)


def test_in_one_pull_the_last_change_per_key_wins_and_a_moved_barcode_follows(
    district: District, tmp_path: Path
) -> None:
    district.publish_small_catalog()
    outlet = fresh_outlet(tmp_path / "o", district)
    service.sync_once(outlet.ledger)
    green = dict(SMALL_CATALOG["products"][0], barcodes="")
    red = dict(SMALL_CATALOG["products"][0], sku="MSK-RED", barcodes="8900000000012",
               name_en="Cotton mask red")  # fmt: skip
    for doc in ({"products": [green, red]},):
        server_catalog.import_catalog(
            district.store, catalog.parse_catalog_json(json.dumps(doc)), "2020-01-01T00:00"
        )
    server_catalog.set_price(district.store, "MSK-RED", 1500, "2031-01-01")
    server_catalog.set_price(district.store, "MSK-RED", 1400, "2031-01-01")
    service.sync_once(outlet.ledger)
    assert catalog.find_item(outlet.ledger, "8900000000012").sku == "MSK-RED"
    later = clock.local(clock.now_utc()).replace(year=2031, month=6, day=1)
    assert catalog.find_item(outlet.ledger, "MSK-RED", later).mrp_paise == 1400


def test_a_ledger_restored_from_an_old_backup_is_flagged_when_it_reuses_a_seq(
    district: District, tmp_path: Path
) -> None:
    from pos.db.connection import online_backup
    from pos.records.ledger import open_ledger

    outlet = fresh_outlet(tmp_path / "o", district)
    _sell(outlet)
    service.sync_once(outlet.ledger, do_pull=False)
    online_backup(outlet.ledger.db, tmp_path / "old.sqlite")
    _sell(outlet)
    service.sync_once(outlet.ledger, do_pull=False)
    outlet.ledger.close()
    (tmp_path / "old.sqlite").replace(outlet.ledger.path)  # the later sale is gone
    outlet.ledger = open_ledger(outlet.settings)
    _sell(outlet)  # takes the seq the district already holds for the lost sale
    result = service.sync_once(outlet.ledger, do_pull=False)
    assert result.attention == 1 and service.status(outlet.ledger).attention == 1
    assert district.store.rows("flags", kind="chain_break")
    assert district.store.count("event_conflicts") == 1


def test_the_first_pull_replaces_the_outlets_own_prices_and_rates(
    district: District, tmp_path: Path
) -> None:
    doc = json.loads(json.dumps(SMALL_CATALOG))
    doc["products"][0]["mrp"] = "12"
    doc["products"][0]["gst_rate"] = "12"
    server_catalog.import_catalog(
        district.store, catalog.parse_catalog_json(json.dumps(doc)), "2020-01-01T00:00"
    )
    outlet = fresh_outlet(tmp_path / "o", district)  # its own catalog is dated today
    assert catalog.find_item(outlet.ledger, "MSK-GRN").mrp_paise == 1000
    service.sync_once(outlet.ledger)
    item = catalog.find_item(outlet.ledger, "MSK-GRN")
    assert (item.mrp_paise, item.rate_bp) == (1200, 1200)


def test_a_newer_districts_extra_fields_are_ignored_by_the_till(
    district: District, tmp_path: Path
) -> None:
    """Upgrade the district first: what it answers with that a till does not know (a new
    field in a product, in a push's answer) is left out, the rest read as strictly as before."""
    from sqlalchemy import update

    from pos.server.storage import schema as t
    from pos.sync import protocol

    district.publish_small_catalog()
    with district.store.tx() as conn:
        rows = conn.execute(t.catalog_changes.select()).mappings().all()
        for row in rows:
            data = dict(json.loads(row["data"]), colour="green", shelf_life_days=365)
            conn.execute(
                update(t.catalog_changes)
                .where(t.catalog_changes.c.version == row["version"])
                .values(data=json.dumps(data))
            )
    outlet = fresh_outlet(tmp_path / "o", district)
    result = service.sync_once(outlet.ledger)
    assert result.pulled == len(rows)
    assert catalog.find_item(outlet.ledger, "MSK-GRN").name_en == "Cotton mask green"

    answer = protocol.BatchResponse.model_validate_json(
        '{"results": [], "highest_contiguous_seq": 4, "missing": [], "server_time": "t",'
        ' "pending_orders": 2}'
    )
    assert answer.highest_contiguous_seq == 4
    # a bad value in a field the till knows is still refused
    product = next(row for row in rows if row["kind"] == "product")
    with district.store.tx() as conn:
        conn.execute(
            update(t.catalog_changes)
            .where(t.catalog_changes.c.version == product["version"])
            .values(data=json.dumps(dict(json.loads(product["data"]), hsn="63x")))
        )
    server_catalog.set_price(district.store, "SAN-100", 5100, "2030-01-01")
    late = fresh_outlet(tmp_path / "late", district)
    with pytest.raises(SyncError, match="cannot read; nothing was applied"):
        service.sync_once(late.ledger)
