"""Backups and restores of the outlet ledger (SQLite online backup; integrity-checked restore)."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from pathlib import Path

from pos import clock
from pos.db import connection
from pos.db.outlet import outlet_q
from pos.db.records import identity_q
from pos.errors import LedgerCorrupt, NotFound, StorageError
from pos.outlet import config
from pos.records.ledger import Ledger, LedgerDamaged
from pos.settings import Settings

log = logging.getLogger("pos.records.backup")
AUTO_MAX_AGE_S = 24 * 3600  # `pos backup --auto` and the app's start: one backup a day


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


def backup_folder(ledger: Ledger, settings: Settings) -> Path:
    """Where automatic backups go: the ``backup_folder`` setting (a USB stick, say), else
    DATA_DIR/backups."""
    chosen = config.get(ledger, "backup_folder").strip()
    return Path(chosen).expanduser() if chosen else settings.backup_dir


def automatic_backup(ledger: Ledger, settings: Settings, why: str) -> Path:
    """An online backup into the automatic backup folder, keeping ``backup_keep`` of them.

    Called at each shift close, by the sync's nightly pass and once a day at the app's start.
    Raises StorageError (e.g. the USB stick is not plugged in); the caller says so and goes on.
    """
    folder = backup_folder(ledger, settings)
    target = backup_ledger(ledger, folder, keep=config.get_int(ledger, "backup_keep"))
    log.info("automatic backup (%s): %s", why, target)
    return target


def last_backup_age_s(ledger: Ledger, settings: Settings) -> float | None:
    """Seconds since the newest backup of this device in the automatic folder (None: none)."""
    folder = backup_folder(ledger, settings)
    found = list(folder.glob(f"ledger-{ledger.device.short_code}-*.sqlite"))
    if not found:
        return None
    return max(0.0, time.time() - max(p.stat().st_mtime for p in found))


def backup_if_due(
    ledger: Ledger, settings: Settings, *, max_age_s: float = AUTO_MAX_AGE_S
) -> Path | None:
    """`pos backup --auto`: a backup when the newest automatic one is older than a day."""
    age = last_backup_age_s(ledger, settings)
    if age is not None and age < max_age_s:
        return None
    return automatic_backup(ledger, settings, "daily")


def after_shift_close(ledger: Ledger, settings: Settings) -> tuple[Path | None, str]:
    """The backup at each shift close: (file, "") or (None, why it could not be written).

    The shift is closed whatever happens here; a failed backup is a warning, not a refusal.
    """
    try:
        return automatic_backup(ledger, settings, "shift close"), ""
    except StorageError as exc:
        log.warning("backup at shift close failed: %s", exc.message)
        return None, exc.message


def _configured_folder(settings: Settings) -> Path | None:
    """The backup_folder setting read from a (possibly damaged) ledger; None if unreadable."""
    try:
        db = connection.connect(settings.ledger_path, readonly=True)
    except (LedgerCorrupt, StorageError):
        return None
    try:
        chosen = outlet_q.get_settings(db).get("backup_folder", "").strip()
        return Path(chosen).expanduser() if chosen else None
    except Exception:  # a damaged file can fail in any sqlite3 call
        return None
    finally:
        db.close()


def newest_sound_backup(settings: Settings) -> Path | None:
    """The newest backup (automatic, nightly, manual or pre-migration) that passes SQLite's
    integrity check, from the backup folder setting (if still readable) and DATA_DIR/backups."""
    folders = [f for f in (_configured_folder(settings), settings.backup_dir) if f is not None]
    found: dict[Path, float] = {}
    for folder in folders:
        try:
            for path in folder.glob("*.sqlite"):
                found[path] = path.stat().st_mtime
        except OSError:
            continue
    for path in sorted(found, key=lambda p: found[p], reverse=True):
        if not connection.integrity_problems(path):
            return path
    return None


def damaged_ledger_message(settings: Settings, exc: LedgerDamaged) -> str:
    """What the counter says when the ledger fails its start-up check: the backup to restore
    and the command that does it."""
    newest = newest_sound_backup(settings)
    if newest is None:
        offer = (
            f"No sound backup was found in {settings.backup_dir} (or the backup folder "
            "setting). Call the district office; do not delete the file."
        )
    else:
        offer = (
            f"The newest sound backup is {newest}. To restore it: pos restore {newest}  "
            "(the damaged file is kept beside the backups)"
        )
    return f"{exc.message}. Sarv POS will not start on it. {offer}"


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
        saved = settings.backup_dir / (
            "ledger-before-restore-"
            + clock.local(clock.now_utc()).strftime("%Y%m%d-%H%M%S")
            + ".sqlite"
        )
        settings.backup_dir.mkdir(parents=True, exist_ok=True)
        try:
            db = connection.connect(target)
            try:
                connection.online_backup(db, saved)
            finally:
                db.close()
        except (LedgerCorrupt, StorageError, sqlite3.DatabaseError):
            # a damaged ledger cannot be read through SQLite: keep its bytes as they are
            saved = saved.with_name(saved.name.replace("before-restore", "damaged"))
            for suffix in ("", "-wal"):
                if target.with_name(target.name + suffix).exists():
                    shutil.copy2(
                        target.with_name(target.name + suffix),
                        saved.with_name(saved.name + suffix),
                    )
    src = connection.connect(source, readonly=True)
    partial = target.with_name(target.name + ".restoring")
    try:
        connection.online_backup(src, partial)
    finally:
        src.close()
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    partial.replace(target)
    _mark_restored(settings)
    return saved


def _mark_restored(settings: Settings) -> None:
    """An enrolled till's backup is older than what the district holds of it: it must not
    issue a receipt until it has caught up (pos.sync.restore.catchup, at the next sync)."""
    from pos.records.ledger import open_ledger

    with open_ledger(settings) as ledger:
        if ledger.device.enrolled:
            with connection.transaction(ledger.db):
                identity_q.set_restored(ledger.db, clock.to_iso(clock.now_utc()))
