"""Opening the outlet ledger: pragmas, migrations, transactions, storage errors.

One ledger file belongs to one device (a till). Writes go through ``transaction()``.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils

from pos.errors import LedgerCorrupt, StorageError

LEDGER_FILE = "ledger.sqlite"
SCHEMA_VERSION_KEY = "schema_version"


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def _sql_file(filename: str) -> Callable[[sqlite_utils.Database], None]:
    def apply(db: sqlite_utils.Database) -> None:
        migrations = resources.files("pos.db").joinpath("migrations")
        script = migrations.joinpath(filename).read_text(encoding="utf-8")
        for statement in _split_sql(script):
            db.execute(statement)

    return apply


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (triggers contain ';' inside BEGIN..END)."""
    statements: list[str] = []
    buffer: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--") and not buffer:
            continue
        buffer.append(line)
        candidate = "\n".join(buffer).strip()
        if candidate.endswith(";") and sqlite3.complete_statement(candidate):
            statements.append(candidate)
            buffer = []
    if "\n".join(buffer).strip():
        statements.append("\n".join(buffer).strip())
    return statements


def _till_identity(db: sqlite_utils.Database) -> None:
    """0008: the identity tables, and the device secret moved out of the ledger into its own
    file (pos.outlet.credentials); secure_delete overwrites the old bytes in the file's pages."""
    from pos.outlet import credentials

    _sql_file("schema_0008_identity.sql")(db)
    row = db.execute("SELECT id, secret FROM device WHERE secret IS NOT NULL").fetchone()
    path = _db_path(db)
    if row is None or path is None:
        return
    credentials.store_secret(path, row[0], row[1])
    db.execute("PRAGMA secure_delete = ON")
    db.execute("UPDATE device SET secret = NULL")


# Named, forward-only. Never edit a released migration: add a new one. Applied by name, not by
# number: a gap (a ledger with 0012 but not yet 0011, from branches merged in either order)
# only means the missing one is applied next time, in this list's order.
MIGRATIONS: list[Migration] = [
    Migration("0001_initial", _sql_file("schema_0001.sql")),
    Migration("0002_append_only", _sql_file("schema_0002_guards.sql")),
    Migration("0003_shifts_stock", _sql_file("schema_0003_shifts_stock.sql")),
    Migration("0004_print_jobs", _sql_file("schema_0004_print.sql")),
    Migration("0005_sync", _sql_file("schema_0005_sync.sql")),
    Migration("0006_counter", _sql_file("schema_0006_counter.sql")),
    Migration("0007_print_confirm", _sql_file("schema_0007_print_confirm.sql")),
    Migration("0008_till_identity", _till_identity),
    Migration("0009_category_hi", _sql_file("schema_0009_category_hi.sql")),
    Migration("0010_orders", _sql_file("schema_0010_orders.sql")),
    Migration("0011_day_summaries", _sql_file("schema_0011_day_summaries.sql")),
    Migration("0012_reorder_colour", _sql_file("schema_0012_reorder_colour.sql")),
    Migration("0013_gst_unit", _sql_file("schema_0013_gst_unit.sql")),
]


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def connect(path: Path, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open a ledger file with the pragmas a till needs (no migrations)."""
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        # no third-party sqlite-utils plugins on the ledger (and no scan of every installed
        # package for them on each `pos` call)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        db.execute("PRAGMA busy_timeout = 5000")
        if not readonly:
            db.execute("PRAGMA journal_mode = WAL")
        # A confirmed sale must survive a power cut: fsync the WAL on every commit.
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise storage_error(exc, path) from exc
    return db


def storage_error(exc: BaseException, path: Path | None = None) -> StorageError | LedgerCorrupt:
    """Turn an sqlite3/OS error into a message a manager can act on."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StorageError(
            f"the ledger cannot be written{where}: the folder or file is read-only. "
            "Nothing was saved; fix the folder's permissions and try again."
        )
    if "disk i/o error" in text and path is not None and _nearly_full(path):
        text = "full"
    if "full" in text or "no space" in text:
        return StorageError(
            f"the disk is full{where}: nothing was saved. Free some space and try again."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return LedgerCorrupt(
            f"the ledger file is damaged{where}: {exc}. Restore it from a backup (pos restore)."
        )
    if "unable to open" in text:
        return StorageError(f"the ledger cannot be opened{where}: {exc}")
    if "locked" in text or "busy" in text:
        return StorageError(f"the ledger is busy{where}; try again in a moment")
    return StorageError(f"the ledger could not be written{where}: {exc}")


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _db_path(db: sqlite_utils.Database) -> Path | None:
    try:
        for row in db.conn.execute("PRAGMA database_list").fetchall():
            if row[1] == "main" and row[2]:
                return Path(row[2])
    except sqlite3.Error:
        return None
    return None


def applied_migrations(db: sqlite_utils.Database) -> list[str]:
    if "_migrations" not in db.table_names():
        return []
    return [row["name"] for row in db.query("SELECT name FROM _migrations ORDER BY id")]


def migrate(db: sqlite_utils.Database, path: Path | None) -> list[str]:
    """Apply pending migrations, each in its own transaction, backing the file up first.

    Raises LedgerCorrupt when the file has migrations this version does not know (a ledger
    from a newer Sarv POS).
    """
    known = [m.name for m in MIGRATIONS]
    done = applied_migrations(db)
    unknown = [name for name in done if name not in known]
    if unknown:
        raise LedgerCorrupt(
            f"this ledger was written by a newer Sarv POS (migration {unknown[-1]}); "
            "install the newer version to open it"
        )
    pending = [m for m in MIGRATIONS if m.name not in done]
    if not pending:
        return []
    if done and path is not None and path.exists():
        backup_before_migration(db, path, pending[0].name)
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations "
        "(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL) STRICT"
    )
    for migration in pending:
        with transaction(db):
            migration.apply(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                [migration.name, utc_now()],
            )
    return [m.name for m in pending]


def backup_before_migration(db: sqlite_utils.Database, path: Path, name: str) -> Path:
    target = path.with_name(f"{path.stem}.before-{name}.sqlite")
    online_backup(db, target)
    return target


def online_backup(db: sqlite_utils.Database, target: Path) -> None:
    """SQLite online backup of a live ledger to ``target`` (atomic: written then renamed)."""
    partial = target.with_suffix(target.suffix + ".partial")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(partial))
        try:
            db.conn.backup(dest)
        finally:
            dest.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise storage_error(exc, target) from exc


def quick_check_problems(db: sqlite_utils.Database) -> list[str]:
    """SQLite's ``PRAGMA quick_check`` on an open ledger: every page, record and NOT NULL/CHECK
    constraint, but not whether each index matches its table (that is ``integrity_check``,
    O(N log N): run on backups and restores). [] means sound. Used at start-up, where a big
    ledger must not keep the counter waiting."""
    try:
        rows = db.conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [r[0] for r in rows if r[0] != "ok"]


def integrity_problems(path: Path) -> list[str]:
    """Run SQLite's integrity check on a file; [] means it is sound."""
    if not path.exists():
        return [f"{path} does not exist"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if "events" not in {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }:
                return ["not a Sarv POS ledger (no journal table)"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [r[0] for r in rows if r[0] != "ok"]
    return problems


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction; nested calls become savepoints (db.atomic()).

    The outermost level takes the write lock at BEGIN (BEGIN IMMEDIATE) so that a second
    process on the same ledger (the sync) waits on busy_timeout instead of failing half-way.
    sqlite3 errors (read-only, disk full) become StorageError; nothing half-written remains.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise storage_error(exc, _db_path(db)) from exc
    try:
        yield db
    except sqlite3.Error as exc:
        _rollback(db)
        raise storage_error(exc, _db_path(db)) from exc
    except BaseException:
        _rollback(db)
        raise
    try:
        db.conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(db)
        raise storage_error(exc, _db_path(db)) from exc


def _rollback(db: sqlite_utils.Database) -> None:
    """Roll back; a failed rollback (disk gone) must not hide the original error."""
    with contextlib.suppress(sqlite3.Error):
        db.rollback()


def query_all(db: sqlite_utils.Database, sql: str, params: Any = None) -> list[dict[str, Any]]:
    return list(db.query(sql, params or []))


def query_one(db: sqlite_utils.Database, sql: str, params: Any = None) -> dict[str, Any] | None:
    for row in db.query(sql, params or []):
        return row
    return None
