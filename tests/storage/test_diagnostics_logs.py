"""Diagnostics zip, rotating logs and backup rotation."""

from __future__ import annotations

import json
import zipfile

from pos.records.backup import backup_ledger
from tests.conftest import run_pos


def test_diagnostics_hold_versions_queues_and_verify_but_no_secrets(outlet, tmp_path) -> None:
    outlet.ledger.db.execute("UPDATE device SET secret = 'very-secret-value'")
    out = tmp_path / "diag.zip"
    result = run_pos(outlet.data_dir, "diagnostics", "--out", str(out))
    assert result.code == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        summary = json.loads(archive.read("summary.json"))
        verify = json.loads(archive.read("ledger-verify.json"))
        everything = b"".join(archive.read(n) for n in names)
    assert summary["versions"]["sqlite-utils"] and summary["queues"]["outbox"]["pending"] >= 1
    assert verify["ok"] is True
    assert b"very-secret-value" not in everything and b"scrypt$" not in everything
    assert any(n.startswith("logs/") for n in names)


def test_backups_rotate_to_the_newest_n(outlet, tmp_path) -> None:
    folder = tmp_path / "usb"
    made = [backup_ledger(outlet.ledger, folder, keep=3) for _ in range(5)]
    left = sorted(folder.glob("*.sqlite"))
    assert left == sorted(made[-3:])
