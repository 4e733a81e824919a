"""`pos-server` and the outlet's `pos enroll` / `pos sync` commands, run as real processes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pos
from pos.inventory import stock
from tests.conftest import ROOT, SMALL_CATALOG, make_outlet, run_pos
from tests.server.test_server_api import _sell
from tests.support.sync_fixtures import ServerProcess


def server_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pos.server.cli", "--db", str(db), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_district_is_set_up_an_outlet_enrols_syncs_and_shows_in_every_report(
    tmp_path: Path,
) -> None:
    db = tmp_path / "district.sqlite"
    assert server_cli(db, "init", "--district", "Gwalior").returncode == 0
    catalog_file = tmp_path / "catalog.json"
    catalog_file.write_text(json.dumps(SMALL_CATALOG), encoding="utf-8")
    published = server_cli(db, "catalog", "import", str(catalog_file), "--json")
    assert published.returncode == 0, published.stderr
    assert json.loads(published.stdout)["changes"] == 2 + 3 + 3 + 3  # SHGs, products, prices, rates
    assert server_cli(db, "catalog", "import", str(catalog_file), "--json").stdout.count(
        '"changes": 0'
    )
    price = server_cli(db, "price", "set", "MSK-GRN", "11", "--from", "2031-04-01", "--json")
    assert json.loads(price.stdout)["mrp_paise"] == 1100
    gst = server_cli(db, "gst", "set", "3401", "12", "--from", "2031-04-01T00:00", "--json")
    assert json.loads(gst.stdout)["rate_bp"] == 1200
    refused = server_cli(db, "price", "set", "NOPE", "11", "--from", "2031-04-01")
    assert refused.returncode == 1 and "no product" in refused.stderr
    added = server_cli(db, "outlet", "add", "G01", "--name", "Gwalior centre", "--json")
    code = json.loads(added.stdout)["enrolment_code"]
    server = ServerProcess(str(db), tmp_path)
    try:
        outlet = make_outlet(tmp_path / "o")
        stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 40, user=outlet.manager)
        _sell(outlet)
        outlet.ledger.close()
        enrolled = run_pos(
            outlet.data_dir, "enroll", "--server", server.url, "--code", code, "--json"
        )
        assert enrolled.code == 0, enrolled.stderr
        assert enrolled.json()["outlet"] == "G01"
        synced = run_pos(outlet.data_dir, "sync", "--once", "--full", "--json")
        assert synced.code == 0, synced.stderr
        body = synced.json()
        assert body["pulled"] == 13 and body["days_differing"] == [] and body["backup"]
        status = run_pos(outlet.data_dir, "sync", "status", "--json")
        assert status.json()["pending"] == 1  # the catalog_synced event waits for the next push
        assert status.json()["last_error"] is None
        text = run_pos(outlet.data_dir, "sync", "status")
        assert "pending: 1" in text.stdout and "last error: none" in text.stdout
        again = run_pos(outlet.data_dir, "sync", "--once")
        assert again.code == 0 and "pushed 1 event" in again.stdout
    finally:
        server.stop()
    sales = server_cli(db, "report", "sales", "--json")
    rows = json.loads(sales.stdout)["rows"]
    assert len(rows) == 1 and rows[0]["bills"] == 1 and rows[0]["net_paise"] == 2000
    assert rows[0]["cash_paise"] == 2000
    as_csv = server_cli(db, "report", "sales", "--format", "csv").stdout
    assert next(iter(csv.DictReader(io.StringIO(as_csv))))["net_paise"] == "2000"
    shg = json.loads(server_cli(db, "report", "shg", "--json").stdout)["rows"]
    assert shg == [{"shg_code": "SHG-LAX", "lots": 1, "lot_pcs": 40, "lot_g": 0, "lot_ml": 0,
                    "sold_pcs": 2, "sold_g": 0, "sold_ml": 0, "sales_paise": 2000, "payouts": 0,
                    "payout_paise": 0}]  # fmt: skip
    outlets = json.loads(server_cli(db, "report", "outlets", "--json").stdout)["rows"]
    assert outlets[0]["outlet"] == "G01" and outlets[0]["silent"] is False
    # what the real till said on its last push (pos sync to pos-server run): nothing queued
    assert (outlets[0]["pending_reported"], outlets[0]["app_version"]) == (0, pos.__version__)
    assert "G01" in server_cli(db, "report", "outlets").stdout
    backup = tmp_path / "backup.sqlite"
    assert server_cli(db, "backup", "--to", str(backup)).returncode == 0
    assert server_cli(backup, "report", "sales", "--json").stdout == sales.stdout
    revoked = server_cli(db, "outlet", "revoke", "G01", "--json")
    assert revoked.returncode == 0 and len(json.loads(revoked.stdout)["revoked"]) == 1


def test_an_outlet_silent_for_over_two_days_is_flagged(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from pos.server.storage import reports
    from tests.support.sync_fixtures import make_store

    store = make_store(str(tmp_path / "d.sqlite"))
    code = store.add_outlet("G01", "Gwalior")
    store.enroll(code, "00000000-0000-4000-8000-000000000001", "G01A", "G01")
    store.touch("00000000-0000-4000-8000-000000000001")
    now = datetime.now(UTC)
    assert reports.outlets_report(store, now)[0]["silent"] is False
    assert reports.outlets_report(store, now + timedelta(days=2, minutes=1))[0]["silent"] is True
    store.close()


def test_pos_server_without_init_says_what_to_do(tmp_path: Path) -> None:
    done = server_cli(tmp_path / "none.sqlite", "outlet", "add", "G01", "--name", "Gwalior")
    assert done.returncode == 1 and "pos-server init" in done.stderr


def test_pos_sync_on_a_till_not_enrolled_says_how_to_enrol(tmp_path: Path) -> None:
    outlet = make_outlet(tmp_path / "o")
    outlet.ledger.close()
    done = run_pos(outlet.data_dir, "sync", "--once")
    assert done.code == 1 and "pos enroll --server URL --code CODE" in done.stderr
    state = run_pos(outlet.data_dir, "sync", "status", "--json")
    assert state.code == 0 and state.json()["enrolled"] is False
