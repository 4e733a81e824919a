"""Start-up safety: a damaged ledger is refused with the backup offered, a ledger from a newer
Sarv POS is refused from the app's entry, and a cart survives a SIGKILL of the counter."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pos.cli.commands.app_cmds import start_checks
from pos.cli.common import Context
from pos.errors import LedgerCorrupt
from pos.records import backup
from pos.records.ledger import LedgerDamaged, open_ledger
from pos.selling import cart
from tests.conftest import ROOT, run_pos


def damage(path: Path) -> None:
    """Overwrite every b-tree page after the schema page with garbage, the way a bad sector or
    a torn write would (page 1, the header and schema, stays readable)."""
    page = 4096
    size = path.stat().st_size
    assert size > 4 * page
    with path.open("r+b") as f:
        for offset in range(page, size, page):
            f.seek(offset + 8)
            f.write(bytes([0xA5]) * 64)


def damage_last_page(path: Path) -> None:
    """Garbage in one page only, the last one holding products: SQLite still opens the file
    and reads its schema. (Not simply the file's last page: after a migration rebuilt a table,
    that can be an empty table's page, where the garbage lands on nothing.)"""
    page = 4096
    with sqlite3.connect(path) as conn:
        last = conn.execute("SELECT MAX(pageno) FROM dbstat WHERE name = 'products'").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((last - 1) * page + 8)
        f.write(bytes([0xA5]) * 64)


def test_a_damaged_ledger_is_refused_at_start_naming_the_newest_backup_and_the_restore_command(
    outlet,
) -> None:
    older = backup.backup_ledger(outlet.ledger, outlet.settings.backup_dir)
    newest = backup.backup_ledger(outlet.ledger, outlet.settings.backup_dir)
    os.utime(older, (1_700_000_000, 1_700_000_000))
    outlet.ledger.close()
    damage(outlet.settings.ledger_path)

    result = run_pos(outlet.data_dir, "app")

    assert result.code == 1, result.stderr
    assert "is damaged" in result.stderr
    assert f"pos restore {newest}" in result.stderr
    assert str(older) not in result.stderr
    assert "Traceback" not in result.stderr


def test_a_damaged_ledger_is_caught_by_quick_check_even_when_sqlite_can_still_open_it(
    outlet,
) -> None:
    outlet.ledger.close()
    damage_last_page(outlet.settings.ledger_path)
    open_ledger(outlet.settings).close()  # without the check, the damage goes unnoticed
    with pytest.raises(LedgerDamaged) as caught:
        open_ledger(outlet.settings, check=True)
    assert caught.value.path == outlet.settings.ledger_path
    assert "page" in caught.value.problem  # quick_check's own finding, not an open failure


def test_a_damaged_ledger_with_no_sound_backup_says_so_and_is_not_deleted(outlet) -> None:
    outlet.ledger.close()
    damage(outlet.settings.ledger_path)
    with pytest.raises(LedgerCorrupt) as caught:
        start_checks(Context(settings=outlet.settings))
    assert "No sound backup was found" in caught.value.message
    assert outlet.settings.ledger_path.exists()


def test_the_damaged_ledger_is_restored_from_the_offered_backup_and_then_starts(outlet) -> None:
    saved = backup.backup_ledger(outlet.ledger, outlet.settings.backup_dir)
    outlet.ledger.close()
    damage(outlet.settings.ledger_path)
    offered = backup.newest_sound_backup(outlet.settings)
    assert offered == saved

    restored = run_pos(outlet.data_dir, "restore", str(offered))

    assert restored.code == 0, restored.stderr
    start_checks(Context(settings=outlet.settings))  # no refusal now
    kept = list(outlet.settings.backup_dir.glob("ledger-damaged-*.sqlite"))
    assert len(kept) == 1  # the damaged bytes are kept for the district engineer
    assert run_pos(outlet.data_dir, "ledger", "verify").code == 0


def test_the_app_refuses_a_ledger_written_by_a_newer_sarv_pos(outlet) -> None:
    outlet.ledger.close()
    conn = sqlite3.connect(outlet.settings.ledger_path)
    with conn:
        conn.execute(
            "INSERT INTO _migrations (name, applied_at) VALUES ('9999_from_the_future', 'x')"
        )
    conn.close()

    result = run_pos(outlet.data_dir, "app")

    assert result.code == 1
    assert "newer Sarv POS" in result.stderr
    assert "pos restore" not in result.stderr  # not damage: no backup is offered


def test_a_cart_in_progress_comes_back_after_the_counter_is_killed(outlet) -> None:
    outlet.ledger.close()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.cart_child", str(outlet.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    cart_id = child.stdout.readline().strip()
    assert cart_id, "the child died before filling its cart"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL

    start_checks(Context(settings=outlet.settings))  # the restart's checks pass
    with open_ledger(outlet.settings, check=True) as ledger:
        found = cart.carts(ledger, "open")

    assert [c.id for c in found] == [cart_id]
    assert [(line.item.sku, line.qty) for line in found[0].lines] == [
        ("MSK-GRN", 2),
        ("SOAP-NEEM", 3),
    ]
    assert found[0].total_paise > 0
