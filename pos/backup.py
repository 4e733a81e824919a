"""Backups and restores of the outlet ledger (SQLite online backup; integrity-checked restore)."""

from __future__ import annotations

from pathlib import Path

from pos import clock
from pos.db import connection
from pos.errors import LedgerCorrupt, NotFound, StorageError
from pos.ledger import Ledger
from pos.settings import Settings


def backup_ledger(ledger: Ledger, folder: Path, *, keep: int | None = None) -> Path:
    """Write a consistent copy of the live ledger into ``folder``; returns the file.

    With ``keep``, only the newest ``keep`` backups of this device stay in the folder.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the backup folder {folder}: {exc}") from exc
    target = folder / "none"
    while target.name == "none" or target.exists():
        # names sort in time order, so rotation can go by name
        stamp = clock.local(clock.now_utc()).strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"ledger-{ledger.device.short_code}-{stamp}.sqlite"
    connection.online_backup(ledger.db, target)
    problems = connection.integrity_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        raise StorageError(f"the backup failed its integrity check: {problems[0]}")
    if keep is not None:
        rotate(folder, ledger.device.short_code, keep)
    return target


def rotate(folder: Path, short_code: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of one device; returns what was deleted."""
    found = sorted(folder.glob(f"ledger-{short_code}-*.sqlite"), key=lambda p: p.name)
    doomed = found[: max(0, len(found) - max(keep, 1))]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def restore_ledger(settings: Settings, source: Path) -> Path | None:
    """Replace the outlet's ledger with ``source`` after an integrity check.

    The current ledger (if any) is first backed up beside the others; returns that backup.
    Raises NotFound or LedgerCorrupt (nothing is replaced then).
    """
    if not source.exists():
        raise NotFound(f"no backup file at {source}")
    problems = connection.integrity_problems(source)
    if problems:
        raise LedgerCorrupt(
            f"{source} fails the integrity check ({problems[0]}); nothing was replaced. "
            "Choose another backup."
        )
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    target = settings.ledger_path
    saved: Path | None = None
    if target.exists():
        db = connection.connect(target)
        try:
            saved = settings.backup_dir / (
                "ledger-before-restore-"
                + clock.local(clock.now_utc()).strftime("%Y%m%d-%H%M%S")
                + ".sqlite"
            )
            settings.backup_dir.mkdir(parents=True, exist_ok=True)
            connection.online_backup(db, saved)
        finally:
            db.close()
    src = connection.connect(source, readonly=True)
    partial = target.with_name(target.name + ".restoring")
    try:
        connection.online_backup(src, partial)
    finally:
        src.close()
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    partial.replace(target)
    return saved
