"""The device clock, backups and restores, and migrations that back the file up first."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from pos import clock
from pos.db import connection
from pos.errors import ClockBehind, LedgerCorrupt
from pos.products import catalog
from pos.records.ledger import open_ledger
from pos.selling import sales
from tests.conftest import run_pos


def one_sale(outlet, moment=None):
    line = sales.price_line(catalog.find_item(outlet.ledger, "MSK-GRN"), 1, doc_mode="tax_invoice")
    return sales.complete_sale(
        outlet.ledger, [line], [sales.Tender("cash", 1000)], outlet.cashier, moment=moment
    )


def test_a_clock_behind_the_last_event_stops_sales_until_a_manager_confirms(outlet) -> None:
    one_sale(outlet, clock.now_utc() + timedelta(days=2))  # the clock was ahead, then fixed
    with pytest.raises(ClockBehind, match="manager must confirm"):
        one_sale(outlet)
    refused = run_pos(outlet.data_dir, "sale", "--item", "MSK-GRN", "--pay", "cash=10")
    assert refused.code == 1 and "clock" in refused.stderr
    confirmed = run_pos(outlet.data_dir, "clock", "confirm", "--approver", "Meena")
    assert confirmed.code == 0, confirmed.stderr
    assert one_sale(outlet).total_paise == 1000


def test_a_backup_restores_and_a_damaged_file_is_refused(outlet, tmp_path) -> None:
    one_sale(outlet)
    made = run_pos(outlet.data_dir, "backup", "--to", str(tmp_path / "usb"), "--json")
    assert made.code == 0, made.stderr
    backup_file = made.json()["backup"]
    one_sale(outlet)
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(Path(backup_file).read_bytes())
    data[5000:9000] = b"\x42" * 4000
    damaged.write_bytes(bytes(data))
    outlet.ledger.close()
    refused = run_pos(outlet.data_dir, "restore", str(damaged))
    assert refused.code == 1 and "integrity" in refused.stderr
    assert run_pos(outlet.data_dir, "ledger", "verify", "--json").json()["sales"] == 2
    restored = run_pos(outlet.data_dir, "restore", backup_file, "--json")
    assert restored.code == 0, restored.stderr
    assert restored.json()["previous_saved_as"]
    report = run_pos(outlet.data_dir, "ledger", "verify", "--json").json()
    assert report["ok"] and report["sales"] == 1


def test_a_file_that_is_not_a_ledger_is_refused_as_a_restore(outlet, tmp_path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello")
    result = run_pos(outlet.data_dir, "restore", str(junk))
    assert result.code == 1 and "nothing was replaced" in result.stderr


def test_a_pending_migration_backs_the_file_up_first(outlet, monkeypatch) -> None:
    outlet.ledger.close()
    extra = connection.Migration(
        "9999_test_extra", lambda db: db.execute("CREATE TABLE t (x INTEGER) STRICT")
    )
    monkeypatch.setattr(connection, "MIGRATIONS", [*connection.MIGRATIONS, extra])
    with open_ledger(outlet.settings) as ledger:
        assert "t" in ledger.db.table_names()
    backups = list(outlet.data_dir.glob("ledger.before-9999_test_extra.sqlite"))
    assert len(backups) == 1 and not connection.integrity_problems(backups[0])
    conn = sqlite3.connect(backups[0])
    assert "t" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_a_ledger_from_a_newer_version_is_refused(outlet) -> None:
    outlet.ledger.db.execute(
        "INSERT INTO _migrations (name, applied_at) VALUES ('9999_future', 'x')"
    )
    outlet.ledger.close()
    with pytest.raises(LedgerCorrupt, match="newer Sarv POS"):
        open_ledger(outlet.settings)
    result = run_pos(outlet.data_dir, "ledger", "verify")
    assert result.code == 1 and "newer" in result.stderr


def test_the_ledger_runs_in_wal_mode_with_full_sync_and_foreign_keys(outlet) -> None:
    db = outlet.ledger.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    strict = db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type='table' AND sql LIKE '%STRICT'"
    ).fetchone()[0]
    assert strict >= 20
