"""Automatic backups: at each shift close, once a day at the app's start (`pos backup --auto`),
and in the sync's nightly pass; into the backup_folder setting (a USB stick) with rotation to
backup_keep; and a restore round trip from one of them."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from pos.cli.commands.app_cmds import start_checks
from pos.cli.common import Context
from pos.db import connection
from pos.outlet import config
from pos.records import backup
from pos.records.ledger import open_ledger
from pos.selling import sales
from pos.sync.service import nightly_backup
from tests.conftest import run_pos


def ring_sale(outlet) -> str:  # type: ignore[no-untyped-def]
    from pos.products import catalog

    line = sales.price_line(catalog.find_item(outlet.ledger, "MSK-GRN"), 1, doc_mode="tax_invoice")
    total = sales.make_bill([line]).total_paise
    return sales.complete_sale(
        outlet.ledger, [line], [sales.Tender("upi", total, "UTR1")], outlet.cashier
    ).receipt_no


def sale_numbers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT receipt_no FROM sales ORDER BY id")]
    finally:
        conn.close()


def use_stick(outlet, tmp_path: Path, keep: int = 14) -> Path:  # type: ignore[no-untyped-def]
    stick = tmp_path / "usb-stick" / "sarv-backups"
    config.set_value(outlet.ledger, "backup_folder", str(stick))
    config.set_value(outlet.ledger, "backup_keep", str(keep))
    return stick


def test_closing_a_shift_writes_a_sound_backup_to_the_backup_folder(outlet, tmp_path) -> None:
    stick = use_stick(outlet, tmp_path)
    outlet.ledger.close()

    closed = run_pos(outlet.data_dir, "shift", "close", "--count", "500=2", "--json")

    assert closed.code == 0, closed.stderr
    made = Path(closed.json()["backup"])
    assert made.parent == stick
    assert connection.integrity_problems(made) == []
    with open_ledger(outlet.settings) as ledger:
        shift_rows = ledger.db.execute("SELECT closed_at FROM shifts").fetchall()
    conn = sqlite3.connect(made)
    assert conn.execute("SELECT closed_at FROM shifts").fetchall() == shift_rows  # after close
    conn.close()


def test_a_missing_backup_folder_does_not_stop_the_shift_closing(outlet, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the stick's folder should be")
    config.set_value(outlet.ledger, "backup_folder", str(blocker / "sub"))
    outlet.ledger.close()

    closed = run_pos(outlet.data_dir, "shift", "close", "--count", "500=2")

    assert closed.code == 0, closed.stderr
    assert "warning: no backup written" in closed.stdout


def test_automatic_backups_keep_only_the_newest_backup_keep(outlet, tmp_path) -> None:
    stick = use_stick(outlet, tmp_path, keep=3)
    made = [backup.automatic_backup(outlet.ledger, outlet.settings, "test") for _ in range(5)]
    assert sorted(stick.glob("*.sqlite")) == made[-3:]


def test_backup_auto_runs_only_when_the_last_one_is_a_day_old(outlet, tmp_path) -> None:
    stick = use_stick(outlet, tmp_path)
    outlet.ledger.close()

    first = run_pos(outlet.data_dir, "backup", "--auto", "--json")
    again = run_pos(outlet.data_dir, "backup", "--auto", "--json")
    made = Path(first.json()["backup"])
    day_and_a_bit = made.stat().st_mtime - 25 * 3600
    os.utime(made, (day_and_a_bit, day_and_a_bit))
    later = run_pos(outlet.data_dir, "backup", "--auto", "--json")

    assert made.parent == stick
    assert again.code == 0 and again.json()["backup"] is None
    assert later.json()["backup"] not in (None, str(made))
    assert len(list(stick.glob("*.sqlite"))) == 2


def test_the_app_start_makes_the_daily_backup_when_none_is_recent(outlet, tmp_path) -> None:
    stick = use_stick(outlet, tmp_path)
    outlet.ledger.close()
    ctx = Context(settings=outlet.settings)

    start_checks(ctx)
    start_checks(ctx)

    assert len(list(stick.glob("*.sqlite"))) == 1


def test_the_app_starts_even_when_the_backup_stick_is_missing(outlet, tmp_path, capsys) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    config.set_value(outlet.ledger, "backup_folder", str(blocker / "sub"))
    outlet.ledger.close()

    start_checks(Context(settings=outlet.settings))

    assert "the daily backup could not be written" in capsys.readouterr().err


def test_the_nightly_sync_pass_backs_up_into_the_backup_folder_with_rotation(
    outlet, tmp_path
) -> None:
    stick = use_stick(outlet, tmp_path, keep=2)
    made = [nightly_backup(outlet.ledger, outlet.settings.backup_dir) for _ in range(3)]
    assert all(p.parent == stick for p in made)
    assert sorted(stick.glob("*.sqlite")) == made[-2:]
    assert not outlet.settings.backup_dir.exists()


def test_a_ledger_restored_from_a_shift_close_backup_holds_what_it_held_then(
    outlet, tmp_path
) -> None:
    stick = use_stick(outlet, tmp_path)
    before = ring_sale(outlet)
    outlet.ledger.close()
    closed = run_pos(outlet.data_dir, "shift", "close", "--count", "500=2", "--count", "1=0",
                     "--reason", "UPI sale", "--json")  # fmt: skip
    assert closed.code == 0, closed.stderr
    made = Path(closed.json()["backup"])
    assert made.parent == stick
    with open_ledger(outlet.settings) as ledger:
        from pos.selling import shifts

        shifts.open_shift(ledger, outlet.cashier, 100_000)
    outlet.ledger = open_ledger(outlet.settings)
    after = ring_sale(outlet)
    outlet.ledger.close()
    assert sale_numbers(outlet.settings.ledger_path) == [before, after]

    restored = run_pos(outlet.data_dir, "restore", str(made), "--json")

    assert restored.code == 0, restored.stderr
    assert sale_numbers(outlet.settings.ledger_path) == [before]
    assert sale_numbers(Path(restored.json()["previous_saved_as"])) == [before, after]
    assert run_pos(outlet.data_dir, "ledger", "verify").code == 0
    start_checks(Context(settings=outlet.settings))
